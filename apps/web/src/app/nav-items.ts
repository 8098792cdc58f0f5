import { canReadCloseOuts, mayCreateProject, mayListProjects, statScope, SYSTEM_ACTOR, type KindRegistry, type Role } from '@parkflow/domain';
import { ROUTES } from './route-paths';

export type NavKey = 'myQueue' | 'department' | 'board' | 'approvals' | 'register' | 'closeOuts' | 'stats' | 'calendar' | 'noticeTemplates' | 'projects' | 'battleMap' | 'projectTemplates';

export interface NavItem {
  key: NavKey;
  to: string;
}

/** The kinds this user may register: each kind says who registers it (`registerRoles`). */
export function registrableKinds(kinds: KindRegistry, roles: readonly Role[]): string[] {
  return kinds.list().filter((kind) => kind.registerRoles.some((role) => roles.includes(role))).map((kind) => kind.id);
}

/** Whether the user may create key projects (the create button and page): the domain's rule, which the api enforces. */
export function canCreateProjects(roles: readonly Role[]): boolean {
  return mayCreateProject({ ...SYSTEM_ACTOR, roles });
}

/** Which pages each role needs. Every signed-in user has a queue of their own. */
const PAGES: readonly { key: NavKey; to: string; roles: readonly Role[] | 'register' | 'stats' | 'closeOuts' | 'projects' }[] = [
  { key: 'myQueue', to: `${ROUTES.queue}?view=mine`, roles: ['dispatcher', 'handler', 'department_head', 'leader', 'liaison', 'enterprise', 'admin'] },
  { key: 'department', to: `${ROUTES.queue}?view=department`, roles: ['department_head'] },
  { key: 'board', to: ROUTES.board, roles: ['dispatcher'] },
  { key: 'approvals', to: ROUTES.approvals, roles: ['leader'] },
  { key: 'closeOuts', to: ROUTES.closeOuts, roles: 'closeOuts' },
  { key: 'register', to: ROUTES.register, roles: 'register' },
  { key: 'stats', to: ROUTES.stats, roles: 'stats' },
  { key: 'projects', to: ROUTES.projects, roles: 'projects' },
  { key: 'battleMap', to: ROUTES.battleMap, roles: 'projects' },
  { key: 'calendar', to: ROUTES.calendar, roles: ['admin'] },
  { key: 'noticeTemplates', to: ROUTES.noticeTemplates, roles: ['admin'] },
  { key: 'projectTemplates', to: ROUTES.projectTemplates, roles: ['admin'] },
];

/** The navigation for a user with these roles, in a fixed order; "register" when some kind of the registry lets them. */
export function navItemsFor(kinds: KindRegistry, roles: readonly Role[]): NavItem[] {
  return PAGES.filter((page) => {
    if (page.roles === 'register') return registrableKinds(kinds, roles).length > 0;
    // Whoever the domain lets read figures (statScope) or the close-out ledger (canReadCloseOuts); the api answers the rest with 403.
    if (page.roles === 'stats') return statScope({ ...SYSTEM_ACTOR, roles }) !== null;
    if (page.roles === 'closeOuts') return canReadCloseOuts({ roles });
    // 重点项目: whoever the domain lets list them (a liaison cadre sees only the projects they serve, which the api filters).
    if (page.roles === 'projects') return mayListProjects({ ...SYSTEM_ACTOR, roles });
    return page.roles.some((role) => roles.includes(role));
  }).map(
    ({ key, to }) => ({ key, to }),
  );
}

/** Whether a user may open a page at all (the API enforces it too; this keeps the UI honest). */
export function canOpen(kinds: KindRegistry, roles: readonly Role[], key: NavKey): boolean {
  return navItemsFor(kinds, roles).some((item) => item.key === key);
}

import { canReadCloseOuts, statScope, SYSTEM_ACTOR, type KindRegistry, type Role } from '@parkflow/domain';
import { ROUTES } from './route-paths';

export type NavKey = 'myQueue' | 'department' | 'board' | 'approvals' | 'register' | 'closeOuts' | 'stats' | 'calendar' | 'noticeTemplates' | 'projects' | 'battleMap';

export interface NavItem {
  key: NavKey;
  to: string;
}

/** The kinds this user may register: each kind says who registers it (`registerRoles`). */
export function registrableKinds(kinds: KindRegistry, roles: readonly Role[]): string[] {
  return kinds.list().filter((kind) => kind.registerRoles.some((role) => roles.includes(role))).map((kind) => kind.id);
}

/*
 * 重点项目 are not secret inside the administration: these roles read them (a liaison cadre only
 * the projects they serve as chief service officer or push-team member, which the api filters);
 * enterprise contacts never. Creating one is for dispatchers and administrators; a project's
 * other writes are also its chief service officer's, which the api decides per project.
 */
const PROJECT_READ_ROLES: readonly Role[] = ['dispatcher', 'admin', 'leader', 'department_head', 'handler', 'liaison'];
const PROJECT_CREATE_ROLES: readonly Role[] = ['dispatcher', 'admin'];

/** Whether the user may create key projects (the create button and page); the api enforces it too. */
export function canCreateProjects(roles: readonly Role[]): boolean {
  return PROJECT_CREATE_ROLES.some((role) => roles.includes(role));
}

/** Which pages each role needs. Every signed-in user has a queue of their own. */
const PAGES: readonly { key: NavKey; to: string; roles: readonly Role[] | 'register' | 'stats' | 'closeOuts' }[] = [
  { key: 'myQueue', to: `${ROUTES.queue}?view=mine`, roles: ['dispatcher', 'handler', 'department_head', 'leader', 'liaison', 'enterprise', 'admin'] },
  { key: 'department', to: `${ROUTES.queue}?view=department`, roles: ['department_head'] },
  { key: 'board', to: ROUTES.board, roles: ['dispatcher'] },
  { key: 'approvals', to: ROUTES.approvals, roles: ['leader'] },
  { key: 'closeOuts', to: ROUTES.closeOuts, roles: 'closeOuts' },
  { key: 'register', to: ROUTES.register, roles: 'register' },
  { key: 'stats', to: ROUTES.stats, roles: 'stats' },
  { key: 'projects', to: ROUTES.projects, roles: PROJECT_READ_ROLES },
  { key: 'battleMap', to: ROUTES.battleMap, roles: PROJECT_READ_ROLES },
  { key: 'calendar', to: ROUTES.calendar, roles: ['admin'] },
  { key: 'noticeTemplates', to: ROUTES.noticeTemplates, roles: ['admin'] },
];

/** The navigation for a user with these roles, in a fixed order; "register" when some kind of the registry lets them. */
export function navItemsFor(kinds: KindRegistry, roles: readonly Role[]): NavItem[] {
  return PAGES.filter((page) => {
    if (page.roles === 'register') return registrableKinds(kinds, roles).length > 0;
    // Whoever the domain lets read figures (statScope) or the close-out ledger (canReadCloseOuts); the api answers the rest with 403.
    if (page.roles === 'stats') return statScope({ ...SYSTEM_ACTOR, roles }) !== null;
    if (page.roles === 'closeOuts') return canReadCloseOuts({ roles });
    return page.roles.some((role) => roles.includes(role));
  }).map(
    ({ key, to }) => ({ key, to }),
  );
}

/** Whether a user may open a page at all (the API enforces it too; this keeps the UI honest). */
export function canOpen(kinds: KindRegistry, roles: readonly Role[], key: NavKey): boolean {
  return navItemsFor(kinds, roles).some((item) => item.key === key);
}

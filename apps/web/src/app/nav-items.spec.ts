import { BUILT_IN_KINDS, createKindRegistry } from '@parkflow/domain';
import { describe, expect, it } from 'vitest';
import { HAZARD_KIND } from '../kinds/test-kinds.fixture';
import { canCreateProjects, canOpen, navItemsFor, registrableKinds } from './nav-items';

const kinds = createKindRegistry();
const keys = (...roles: Parameters<typeof navItemsFor>[1]) => navItemsFor(kinds, roles).map((item) => item.key);

describe('navItemsFor', () => {
  it('gives every role its own pages', () => {
    expect(keys('dispatcher')).toEqual(['myQueue', 'board', 'closeOuts', 'register', 'stats', 'projects', 'battleMap']);
    expect(keys('handler')).toEqual(['myQueue', 'projects', 'battleMap']);
    expect(keys('department_head', 'handler')).toEqual(['myQueue', 'department', 'register', 'stats', 'projects', 'battleMap']);
    expect(keys('leader')).toEqual(['myQueue', 'approvals', 'closeOuts', 'register', 'stats', 'projects', 'battleMap']);
    expect(keys('liaison')).not.toContain('stats');
    expect(keys('enterprise')).not.toContain('stats');
    expect(keys('admin')).toEqual(['myQueue', 'closeOuts', 'register', 'stats', 'projects', 'battleMap', 'calendar', 'noticeTemplates', 'projectTemplates']);
  });

  it('offers registration to whoever a kind lets register', () => {
    expect(keys('enterprise')).toContain('register');
    expect(keys('liaison')).toContain('register');
    expect(registrableKinds(kinds, ['enterprise'])).toEqual(['appeal']);
    expect(registrableKinds(kinds, ['dispatcher'])).toEqual(expect.arrayContaining(['petition', 'appeal']));
    expect(registrableKinds(kinds, ['handler'])).toEqual([]);
  });

  it('follows the registry it is given: a kind handlers register gives handlers the register page', () => {
    const withHazard = createKindRegistry([...BUILT_IN_KINDS, HAZARD_KIND]);
    expect(registrableKinds(withHazard, ['handler'])).toEqual(['hazard']);
    expect(navItemsFor(withHazard, ['handler']).map((item) => item.key)).toEqual(['myQueue', 'register', 'projects', 'battleMap']);
    expect(keys('handler')).toEqual(['myQueue', 'projects', 'battleMap']);
  });

  it('links the queue views through the URL', () => {
    expect(navItemsFor(kinds, ['department_head']).map((item) => item.to)).toEqual(['/work-items?view=mine', '/work-items?view=department', '/work-items/new', '/stats', '/projects', '/projects/map']);
  });
});

describe('canOpen', () => {
  it('keeps the calendar for administrators and the board for dispatchers', () => {
    expect(canOpen(kinds, ['admin'], 'calendar')).toBe(true);
    expect(canOpen(kinds, ['dispatcher'], 'calendar')).toBe(false);
    expect(canOpen(kinds, ['admin'], 'noticeTemplates')).toBe(true);
    expect(canOpen(kinds, ['handler'], 'noticeTemplates')).toBe(false);
    expect(canOpen(kinds, ['leader'], 'board')).toBe(false);
  });

  it('opens the close-out ledger to dispatchers, leaders and admins, as the API does', () => {
    for (const role of ['dispatcher', 'leader', 'admin'] as const) expect(canOpen(kinds, [role], 'closeOuts'), role).toBe(true);
    for (const role of ['handler', 'department_head', 'liaison', 'enterprise'] as const) expect(canOpen(kinds, [role], 'closeOuts'), role).toBe(false);
  });
});

describe('key projects (重点项目)', () => {
  it('lets the administration read them, with a battle map (挂图作战), and never an enterprise contact', () => {
    for (const role of ['dispatcher', 'admin', 'leader', 'department_head', 'handler', 'liaison'] as const) {
      expect(canOpen(kinds, [role], 'projects'), role).toBe(true);
      expect(canOpen(kinds, [role], 'battleMap'), role).toBe(true);
    }
    expect(canOpen(kinds, ['enterprise'], 'projects')).toBe(false);
    expect(canOpen(kinds, ['enterprise'], 'battleMap')).toBe(false);
    expect(navItemsFor(kinds, ['leader']).filter((item) => item.key === 'projects' || item.key === 'battleMap').map((item) => item.to)).toEqual(['/projects', '/projects/map']);
  });

  it('lets dispatchers and administrators create one', () => {
    expect(canCreateProjects(['dispatcher'])).toBe(true);
    expect(canCreateProjects(['admin'])).toBe(true);
    for (const role of ['leader', 'department_head', 'handler', 'liaison', 'enterprise'] as const) expect(canCreateProjects([role]), role).toBe(false);
  });
});

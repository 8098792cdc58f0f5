import { BUILT_IN_KINDS, createKindRegistry } from '@parkflow/domain';
import { describe, expect, it } from 'vitest';
import { HAZARD_KIND } from '../kinds/test-kinds.fixture';
import { canOpen, navItemsFor, registrableKinds } from './nav-items';

const kinds = createKindRegistry();
const keys = (...roles: Parameters<typeof navItemsFor>[1]) => navItemsFor(kinds, roles).map((item) => item.key);

describe('navItemsFor', () => {
  it('gives every role its own pages', () => {
    expect(keys('dispatcher')).toEqual(['myQueue', 'board', 'closeOuts', 'register', 'stats']);
    expect(keys('handler')).toEqual(['myQueue']);
    expect(keys('department_head', 'handler')).toEqual(['myQueue', 'department', 'stats']);
    expect(keys('leader')).toEqual(['myQueue', 'approvals', 'closeOuts', 'stats']);
    expect(keys('liaison')).not.toContain('stats');
    expect(keys('enterprise')).not.toContain('stats');
    expect(keys('admin')).toEqual(['myQueue', 'closeOuts', 'register', 'stats', 'calendar', 'noticeTemplates']);
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
    expect(navItemsFor(withHazard, ['handler']).map((item) => item.key)).toEqual(['myQueue', 'register']);
    expect(keys('handler')).toEqual(['myQueue']);
  });

  it('links the queue views through the URL', () => {
    expect(navItemsFor(kinds, ['department_head']).map((item) => item.to)).toEqual(['/work-items?view=mine', '/work-items?view=department', '/stats']);
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

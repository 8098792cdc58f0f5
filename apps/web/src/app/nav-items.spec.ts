import { describe, expect, it } from 'vitest';
import { canOpen, navItemsFor, registrableKinds } from './nav-items';

const keys = (...roles: Parameters<typeof navItemsFor>[0]) => navItemsFor(roles).map((item) => item.key);

describe('navItemsFor', () => {
  it('gives every role its own pages', () => {
    expect(keys('dispatcher')).toEqual(['myQueue', 'board', 'register']);
    expect(keys('handler')).toEqual(['myQueue']);
    expect(keys('department_head', 'handler')).toEqual(['myQueue', 'department']);
    expect(keys('leader')).toEqual(['myQueue', 'approvals']);
    expect(keys('admin')).toEqual(['myQueue', 'register', 'calendar']);
  });

  it('offers registration to whoever a kind lets register', () => {
    expect(keys('enterprise')).toContain('register');
    expect(keys('liaison')).toContain('register');
    expect(registrableKinds(['enterprise'])).toEqual(['appeal']);
    expect(registrableKinds(['dispatcher'])).toEqual(expect.arrayContaining(['petition', 'appeal']));
    expect(registrableKinds(['handler'])).toEqual([]);
  });

  it('links the queue views through the URL', () => {
    expect(navItemsFor(['department_head']).map((item) => item.to)).toEqual(['/work-items?view=mine', '/work-items?view=department']);
  });
});

describe('canOpen', () => {
  it('keeps the calendar for administrators and the board for dispatchers', () => {
    expect(canOpen(['admin'], 'calendar')).toBe(true);
    expect(canOpen(['dispatcher'], 'calendar')).toBe(false);
    expect(canOpen(['leader'], 'board')).toBe(false);
  });
});

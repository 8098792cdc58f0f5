import { describe, expect, it } from 'vitest';
import { ROLES } from '../roles/role.js';
import { canReadCloseOuts } from './close-out-access.rule.js';

describe('canReadCloseOuts', () => {
  it('opens the ledger to dispatchers, admins and leaders only', () => {
    const readers = ROLES.filter((role) => canReadCloseOuts({ roles: [role] }));
    expect(readers).toEqual(['dispatcher', 'leader', 'admin']);
    expect(canReadCloseOuts({ roles: ['department_head', 'handler'] })).toBe(false);
    expect(canReadCloseOuts({ roles: ['handler', 'leader'] })).toBe(true);
  });
});

import { hasRole, type Actor } from '../roles/role.js';

/**
 * Who opens the close-out ledger: the command centre (dispatchers), admins, and leaders — the
 * list is the leadership's daily view of what stayed open, so a leader reads all of it, not only
 * their departments' (the item behind each line still checks canSee when opened). Handlers,
 * department heads, liaison cadres and companies have their own queues instead (403).
 */
export function canReadCloseOuts(actor: Pick<Actor, 'roles'>): boolean {
  return hasRole(actor, 'dispatcher', 'admin', 'leader');
}

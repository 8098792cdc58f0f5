import type { Notification } from '@parkflow/contracts';
import { ROUTES } from '../app/route-paths';

/**
 * Where opening a notification leads: its item's detail; a day's close-out (no item) to that
 * day's ledger; nowhere for anything else.
 */
export function notificationTarget(note: Pick<Notification, 'itemId' | 'topic' | 'params'>): string | null {
  if (note.itemId) return ROUTES.detail(note.itemId);
  const day = note.params?.day;
  if (note.topic === 'close_out' && typeof day === 'string') return ROUTES.closeOut(day);
  return null;
}

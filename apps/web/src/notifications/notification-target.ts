import type { Notification } from '@parkflow/contracts';
import { ROUTES } from '../app/route-paths';

const PROJECT_TOPICS: readonly string[] = ['project_node_due_soon', 'project_node_overdue', 'project_node_escalated'];

/**
 * Where opening a notification leads: its item's detail; a day's close-out (no item) to that
 * day's ledger; a key project's node deadline to the project's page; nowhere for anything else.
 */
export function notificationTarget(note: Pick<Notification, 'itemId' | 'topic' | 'params'>): string | null {
  if (note.itemId) return ROUTES.detail(note.itemId);
  const day = note.params?.day;
  if (note.topic === 'close_out' && typeof day === 'string') return ROUTES.closeOut(day);
  const projectId = note.params?.projectId;
  if (PROJECT_TOPICS.includes(note.topic) && typeof projectId === 'string') return ROUTES.project(projectId);
  return null;
}

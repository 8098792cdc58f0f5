import type { NotificationParams } from '../work-item/notification-topic.types.js';
import type { NotifyAudience } from '../work-item/work-item.types.js';
import { closeOutCounts, type CloseOutEntry } from './close-out-list.rule.js';

/**
 * The command centre (指挥部) is a department like the others, told apart by its code: the demo
 * park's 党政办公室（指挥部）, where the category `other` routes. Its leader in charge (分管领导)
 * answers for the day's list beside the dispatchers, who work in it.
 */
export const COMMAND_CENTRE_DEPARTMENT_CODE = 'OFFICE';

/** Who hears of each day's close-out: the dispatchers and the command centre's leader. */
export const CLOSE_OUT_AUDIENCES = ['dispatchers', 'command_centre_leader'] as const satisfies readonly NotifyAudience[];

/**
 * The notice of a day's close-out: one per day, sent even when nothing is listed — "nothing left
 * overnight" is news the command centre waits for too. The list itself is in the ledger.
 */
export function closeOutNotice(day: string, entries: readonly CloseOutEntry[]): { topic: 'close_out'; params: NotificationParams<'close_out'> } {
  return { topic: 'close_out', params: { day, ...closeOutCounts(entries) } };
}

import { shanghaiDate } from '../calendar/shanghai-time.js';
import type { KindId, Stage, Status, WorkItemState } from '../work-item/work-item.types.js';
import { runningStatutoryClock } from '../workflow/deadline-timer.policy.js';
import { runningDeadline } from '../workflow/sla-state.policy.js';

/*
 * What one day's close-out lists (问题不过夜): the items registered that Beijing day that nobody
 * has signed for yet, and every item overdue at the moment it runs. The ledger keeps these rows as
 * they were then, so a day can be read later as it stood, whatever the items did afterwards.
 */

/** Why an item is on the list; an appeal registered today and already past its 17:30 limit has both. */
export const CLOSE_OUT_REASONS = ['unsigned', 'overdue'] as const;
export type CloseOutReason = (typeof CLOSE_OUT_REASONS)[number];

/** One listed item, as it stood when the close-out ran. */
export interface CloseOutEntry {
  itemId: string;
  code: string;
  title: string;
  kind: KindId;
  departmentId: string | null;
  handlerId: string | null;
  stage: Stage;
  status: Status;
  /** ISO instant of the registration. */
  registeredAt: string;
  /**
   * The due time that matters: for an overdue item the earliest one it is past (its stage's
   * deadline or its statutory clock), otherwise its running stage deadline (for an unsigned item,
   * the time to sign for it); null when nothing runs.
   */
  dueAt: string | null;
  reasons: CloseOutReason[];
}

export type CloseOutItem = Pick<
  WorkItemState,
  'id' | 'code' | 'title' | 'kind' | 'departmentId' | 'handlerId' | 'stage' | 'status' | 'createdAt' | 'deadlines' | 'statutoryClock' | 'clockPausedAt'
>;

/**
 * Not signed for (签收): still in the assign stage. 签收 is what meets the assign stage's deadline
 * and moves the item to handling, so an item of any kind waiting in that stage — unrouted, routed
 * and waiting, returned, or transferred to a new department — has nobody who took it on yet.
 */
function unsignedOn(item: CloseOutItem, day: string): boolean {
  return item.status !== 'closed' && item.stage === 'assign' && shanghaiDate(new Date(item.createdAt)) === day;
}

/**
 * The due times `item` is past at `now`: its running stage deadline and its statutory clock, as
 * slaState reads them. A paused clock is never overdue — time does not run against an item waiting
 * on the petitioner (the board's overdue column says the same).
 */
function passedDues(item: CloseOutItem, now: Date): string[] {
  if (item.status === 'closed' || item.clockPausedAt) return [];
  const t = now.getTime();
  return [runningDeadline(item), runningStatutoryClock(item)]
    .flatMap((d) => (d && Date.parse(d.dueAt) < t ? [d.dueAt] : []))
    .sort((a, b) => Date.parse(a) - Date.parse(b));
}

/** The entry for `item` on `day`'s list at `now`, or null when it is not on it. */
export function closeOutEntry(item: CloseOutItem, day: string, now: Date): CloseOutEntry | null {
  const passed = passedDues(item, now);
  const reasons: CloseOutReason[] = [];
  if (unsignedOn(item, day)) reasons.push('unsigned');
  if (passed.length > 0) reasons.push('overdue');
  if (reasons.length === 0) return null;
  return {
    itemId: item.id,
    code: item.code,
    title: item.title,
    kind: item.kind,
    departmentId: item.departmentId,
    handlerId: item.handlerId,
    stage: item.stage,
    status: item.status,
    registeredAt: item.createdAt,
    dueAt: passed[0] ?? runningDeadline(item)?.dueAt ?? null,
    reasons,
  };
}

/** `day`'s list at `now`, in the order of registration (codes count up within a day). */
export function closeOutEntries(items: readonly CloseOutItem[], day: string, now: Date): CloseOutEntry[] {
  return items
    .map((item) => closeOutEntry(item, day, now))
    .filter((e): e is CloseOutEntry => e !== null)
    .sort((a, b) => Date.parse(a.registeredAt) - Date.parse(b.registeredAt) || a.code.localeCompare(b.code));
}

/** How many entries carry each reason (an item with both counts in both). */
export function closeOutCounts(entries: readonly CloseOutEntry[]): Record<CloseOutReason, number> {
  return {
    unsigned: entries.filter((e) => e.reasons.includes('unsigned')).length,
    overdue: entries.filter((e) => e.reasons.includes('overdue')).length,
  };
}

/*
 * How long an item has been overdue, as the monthly report's list of overdue items (逾期件) shows
 * it. Calendar days, not working days: a leader reads "超期 3 天" as days on the wall calendar,
 * whichever unit the deadline was set in. A begun day counts whole (超期不足 1 天记 1 天), so an
 * item an hour past its deadline reads 1, never 0.
 */

const DAY_MS = 86_400_000;

/** Calendar days an open item is past its running deadline at `asOf`; null when it is not overdue now (closed, no deadline running, or not yet due). */
export function daysOverdueNow(item: { closed: boolean; runningDueAt: string | null }, asOf: Date): number | null {
  if (item.closed || item.runningDueAt === null) return null;
  const late = asOf.getTime() - Date.parse(item.runningDueAt);
  if (!Number.isFinite(late) || late <= 0) return null;
  return Math.ceil(late / DAY_MS);
}

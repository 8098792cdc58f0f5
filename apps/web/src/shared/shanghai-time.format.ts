import type { WorkItem } from '@parkflow/contracts';
import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc.js';

dayjs.extend(utc);

/** China uses UTC+8 all year (no DST since 1991): a fixed offset, never the browser's time zone. */
export const SHANGHAI_UTC_OFFSET_MINUTES = 8 * 60;

export const DATE_TIME_PATTERN = 'YYYY-MM-DD HH:mm';

/** An ISO instant as Asia/Shanghai wall-clock time, e.g. `2026-11-23 17:30`; `null` for a missing or bad value. */
export function formatShanghai(instant: string | null | undefined, pattern: string = DATE_TIME_PATTERN): string | null {
  if (!instant) return null;
  const parsed = dayjs.utc(instant);
  if (!parsed.isValid()) return null;
  return parsed.utcOffset(SHANGHAI_UTC_OFFSET_MINUTES).format(pattern);
}

type Deadline = WorkItem['deadlines'][number];

/** The deadline of the stage entry the item is in: the one not met yet (the latest, should there be several). */
export function currentDeadline(deadlines: readonly Deadline[]): Deadline | null {
  let open: Deadline | null = null;
  for (const deadline of deadlines) {
    if (deadline.metAt === null && (open === null || deadline.stageSeq >= open.stageSeq)) open = deadline;
  }
  return open;
}

/** The current deadline's due time in Shanghai time, or null when every stage deadline is met (closed item). */
export function formatCurrentDeadline(deadlines: readonly Deadline[]): string | null {
  return formatShanghai(currentDeadline(deadlines)?.dueAt);
}

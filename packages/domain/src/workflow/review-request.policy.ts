import { addDuration, endOnWorkingDay, shanghaiDate, type WorkCalendar } from '../calendar/index.js';
import { shanghaiDayStartMs } from '../calendar/shanghai-time.js';
import type { KindDefinition } from '../kinds/kind-definition.js';
import { because, type RefusalCause } from '../work-item/refusal-reason.types.js';
import type { WorkItemState } from '../work-item/work-item.types.js';

/*
 * 复查 / 复核 requests (信访工作条例 第三十五条): asked of the body one level up within 30 days of
 * receiving the written answer (the 处理意见书, or the 复查意见书 for a 复核). The day the answer
 * was sent is what the office records (record_notice_sent), so the window counts from it; the
 * day itself does not count, and a window ending on a rest day ends on the next working day
 * when the kind says so (民法典).
 */

/** The last day (YYYY-MM-DD) a review of `reviewed` may be asked for, or null while its answer was not sent. */
export function reviewWindowLastDay(kind: KindDefinition, reviewed: Pick<WorkItemState, 'notices'>, calendar: WorkCalendar): string | null {
  const rule = kind.review;
  const sentOn = reviewed.notices?.opinion?.sentOn;
  if (!rule || !sentOn) return null;
  const { due } = addDuration(calendar, new Date(shanghaiDayStartMs(sentOn)), rule.window.amount, rule.window.unit);
  const movesOff = kind.periodEnd === 'next_working_day' && rule.window.unit === 'calendar_days';
  return shanghaiDate(movesOff ? endOnWorkingDay(calendar, due) : due);
}

/** Why a request of kind `kind`, received on `requestedOn`, for a review of `reviewed` is refused, or null when it may be registered. */
export function reviewRequestProblem(
  kind: KindDefinition,
  reviewed: WorkItemState,
  requestedOn: string,
  calendar: WorkCalendar,
): RefusalCause | null {
  const rule = kind.review;
  if (!rule) return null;
  if (reviewed.kind !== rule.of) return because('review_wrong_kind', { expected: rule.of }, `A ${kind.id} reviews a ${rule.of}`);
  const sentOn = reviewed.notices?.opinion?.sentOn;
  if (!sentOn) return because('review_not_answered', {}, 'The item has no written answer sent yet, so there is nothing to review');
  const lastDay = reviewWindowLastDay(kind, reviewed, calendar)!;
  if (requestedOn > lastDay) {
    const message = `A review must be asked within ${rule.window.amount} days of the answer sent on ${sentOn} (by ${lastDay})`;
    return because('review_window_passed', { amount: rule.window.amount, unit: rule.window.unit, lastDay }, message);
  }
  if (requestedOn < sentOn) return because('review_not_answered', {}, `The request (${requestedOn}) predates the answer it reviews (${sentOn})`);
  return null;
}

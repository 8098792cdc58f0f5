import { shanghaiDate } from '../calendar/index.js';
import type { SlaState } from '../work-item/work-item.types.js';
import type { QueueScope, ScopeClause } from './queue-scope.js';

/*
 * The `sla=` filter and the dispatcher board's columns as queue scopes, so that the list, the
 * board and the tag on each row read one rule (slaState) instead of SQL of their own. Times are
 * "now" as ISO strings; the api turns the clauses into SQL with the same translator as every queue.
 */

const OPEN: ScopeClause = { statusNot: 'closed' };

/** Items whose live SLA state (slaState at `now`) is `sla`. */
export function slaScope(sla: SlaState, now: Date): QueueScope {
  const t = now.toISOString();
  // Not supervised, open: then a paused clock keeps the stored state, a running one reads the
  // worse of the stage's deadline and the statutory clock (slaState), written out as clauses.
  const running = { ...OPEN, supervised: false, clockPaused: false };
  const paused = (state: SlaState): ScopeClause => ({ ...OPEN, supervised: false, clockPaused: true, storedSlaIn: [state] });
  const stageNotOverdue: ScopeClause[] = [{ noRunningDeadline: true }, { dueAtOrAfter: t }];
  const stageNormal: ScopeClause[] = [{ noRunningDeadline: true }, { warnAfter: t }];
  const statutoryNotOverdue: ScopeClause[] = [{ noRunningStatutoryClock: true }, { statutoryDueAtOrAfter: t }];
  const statutoryNormal: ScopeClause[] = [{ noRunningStatutoryClock: true }, { statutoryWarnAfter: t }];
  const both = (stage: ScopeClause[], statutory: ScopeClause[]): ScopeClause[] => stage.flatMap((a) => statutory.map((b) => ({ ...running, ...a, ...b })));
  switch (sla) {
    case 'supervised':
      return [{ ...OPEN, supervised: true }, paused('supervised')];
    case 'overdue':
      return [paused('overdue'), { ...running, dueBefore: t }, { ...running, statutoryDueBefore: t }];
    case 'warning':
      return [
        paused('warning'),
        ...both([{ warnAtOrBefore: t, dueAtOrAfter: t }], statutoryNotOverdue),
        ...both(stageNotOverdue, [{ statutoryWarnAtOrBefore: t, statutoryDueAtOrAfter: t }]),
      ];
    case 'normal':
      return [{ statusIn: ['closed'] }, paused('normal'), ...both(stageNormal, statutoryNormal)];
  }
}

/** The dispatcher board's columns. */
export type BoardBucket = 'unassigned' | 'returned' | 'overdue' | 'supervised' | 'today_unsigned';

/** Start of today in Asia/Shanghai (UTC+8, no daylight saving). */
export function startOfShanghaiDay(now: Date): Date {
  return new Date(`${shanghaiDate(now)}T00:00:00+08:00`);
}

/**
 * A board column. "Overdue" is late now on a running clock — supervised or not, since the
 * column is about lateness — and never a paused item (time does not run against it, and its tag
 * says so).
 */
export function bucketScope(bucket: BoardBucket, now: Date): QueueScope {
  switch (bucket) {
    case 'unassigned':
      // Waiting to be routed, in any kind's words: in the assign stage with no department.
      return [{ ...OPEN, stageIn: ['assign'], departmentIsNull: true }];
    case 'returned':
      return [{ ...OPEN, stageIn: ['assign'], departmentIsNull: true, returned: true }];
    case 'overdue':
      return [{ ...OPEN, clockPaused: false, dueBefore: now.toISOString() }];
    case 'supervised':
      return [{ ...OPEN, supervised: true }];
    case 'today_unsigned':
      return [{ ...OPEN, stageIn: ['assign'], createdFrom: startOfShanghaiDay(now).toISOString() }];
  }
}

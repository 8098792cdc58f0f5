import type { Stage } from './work-item.types.js';

/*
 * 提示：不阻止操作、但用户应当知道的情况，以代码加参数表示，由客户端措辞。
 * Warnings: what the user should know but that does not stop the action, as a code with
 * parameters the client words in its language (like notifications), never a sentence.
 */
export type DecisionWarningParams = {
  /** A new stage's deadline falls in a year the official calendar does not cover: weekends only are assumed. */
  stage_deadline_uncovered: { stage: Stage; year: number };
  /** An approved extension moved the deadline into such a year. */
  extended_deadline_uncovered: { year: number };
  /** Resuming the clock moved the deadline into such a year. */
  moved_deadline_uncovered: { year: number };
  /** The statutory clock (法定办理期限) that just started ends in such a year. */
  statutory_deadline_uncovered: { year: number };
};

export type WarningCode = keyof DecisionWarningParams;

export type DecisionWarning = { [C in WarningCode]: { code: C; params: DecisionWarningParams[C] } }[WarningCode];

/** One warning per uncovered year, for a deadline that moved (`extended`/`moved`) rather than started. */
export function uncoveredYearWarnings(code: Exclude<WarningCode, 'stage_deadline_uncovered'>, years: readonly number[]): DecisionWarning[] {
  return years.map((year) => ({ code, params: { year } }));
}

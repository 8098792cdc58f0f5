import type { Label } from '../catalog/label.js';
import { isRealDate } from '../calendar/arrangement.check.js';

/*
 * 形象进度: the visible progress of a project (or a node) as the push team reports it, a whole
 * percentage. It normally only grows; a lower figure than the last report is allowed (a survey
 * corrects an optimistic estimate, a part is demolished) but must say why, since leaders read a
 * falling figure as news. A report may not be dated before the last one.
 */

export interface ProgressReport {
  /** The Shanghai day the report is for. */
  date: string;
  percent: number;
  /** Why the figure fell; required only then. */
  reason?: string | null;
}

export type ProgressProblemParams = {
  invalid_date: { date: string };
  invalid_percent: { percent: unknown };
  before_last_report: { date: string; lastDate: string };
  reason_required: { percent: number; lastPercent: number };
};
export type ProgressProblemCode = keyof ProgressProblemParams;
export type ProgressProblem = {
  [C in ProgressProblemCode]: { code: C; params: ProgressProblemParams[C]; message: Label };
}[ProgressProblemCode];

function problem<C extends ProgressProblemCode>(code: C, params: ProgressProblemParams[C], zh: string, en: string): ProgressProblem {
  return { code, params, message: { zh, en } } as ProgressProblem;
}

/** What is wrong with `report` given the last accepted one (null for the first); empty when it is fine. */
export function checkProgressReport(report: ProgressReport, last: Pick<ProgressReport, 'date' | 'percent'> | null): ProgressProblem[] {
  const problems: ProgressProblem[] = [];
  const { date, percent } = report;
  const dateOk = typeof date === 'string' && isRealDate(date);
  if (!dateOk) problems.push(problem('invalid_date', { date: String(date) }, `进度日期“${String(date)}”无效，应为 YYYY-MM-DD`, `The report date "${String(date)}" is not a YYYY-MM-DD date`));
  const percentOk = typeof percent === 'number' && Number.isInteger(percent) && percent >= 0 && percent <= 100;
  if (!percentOk) problems.push(problem('invalid_percent', { percent }, `形象进度须为 0 至 100 的整数，实为 ${String(percent)}`, `Progress must be a whole percentage from 0 to 100, got ${String(percent)}`));
  if (last === null) return problems;
  if (dateOk && date < last.date) {
    problems.push(problem('before_last_report', { date, lastDate: last.date }, `进度日期 ${date} 早于上次填报日期 ${last.date}`, `The report date ${date} is before the last report's, ${last.date}`));
  }
  const hasReason = typeof report.reason === 'string' && report.reason.trim() !== '';
  if (percentOk && percent < last.percent && !hasReason) {
    problems.push(problem('reason_required', { percent, lastPercent: last.percent }, `形象进度由 ${last.percent}% 降至 ${percent}%，须填写原因`, `Progress fell from ${last.percent}% to ${percent}%: a reason is required`));
  }
  return problems;
}

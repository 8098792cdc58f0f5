/*
 * 年度节假日安排: a year's official arrangement as an administrator loads it (from the State
 * Council's notice, a JSON file or an ICS feed), before chinese-days ships it. Once loaded it
 * is the official calendar of that year (work-calendar.ts).
 */

/** holiday: a rest day (放假); workday: a make-up working day on a weekend (调休上班). */
export type ArrangementDayKind = 'holiday' | 'workday';

export interface ArrangementDay {
  date: string;
  kind: ArrangementDayKind;
  /** The festival, e.g. 春节 (its make-up working days carry its name too). */
  name: string;
}

export interface YearArrangement {
  year: number;
  /** Sorted by date, each date once. */
  days: ArrangementDay[];
}

export const ARRANGEMENT_FORMATS = ['notice', 'json', 'ics'] as const;
export type ArrangementFormat = (typeof ARRANGEMENT_FORMATS)[number];

/** The years an arrangement may be loaded for (the calendar's range, see contracts' CALENDAR_YEARS). */
export const ARRANGEMENT_YEARS = { min: 2000, max: 2100 } as const;

/**
 * What can be wrong with an input, as a code with params so each client words it in its own
 * language; `message` is the English wording for logs and API clients. `line` is 1-based in
 * the pasted text (notice, ICS) when the problem belongs to one line.
 */
export type ArrangementIssueParams = {
  /** The text cannot be read at all (JSON syntax, no VCALENDAR, empty). */
  unreadable: { detail: string };
  /** No year given and none found in the text. */
  year_missing: Record<string, never>;
  year_out_of_range: { year: number; min: number; max: number };
  /** The year asked for and the one the text names differ. */
  year_mismatch: { year: number; found: number };
  /** A line that names dates but is not a holiday section, or a section sentence that cannot be read. */
  unparseable_line: { text: string };
  /** A JSON value of the wrong shape, at `path`. */
  invalid_field: { path: string; expected: string };
  impossible_date: { text: string };
  outside_year: { date: string; year: number };
  /** A range whose end is before its start. */
  reversed_range: { from: string; to: string };
  duplicate_day: { date: string };
  no_days: Record<string, never>;
  /** Warning: a Monday-Friday marked as make-up working day changes nothing. */
  pointless_workday: { date: string };
  /** Warning: a Saturday/Sunday marked as holiday changes nothing either. */
  pointless_holiday: { date: string };
  /** Warning: the notice's 共N天 disagrees with the days of the range. */
  count_mismatch: { name: string; stated: number; counted: number };
};
export type ArrangementIssueCode = keyof ArrangementIssueParams;

export type ArrangementIssue = {
  [C in ArrangementIssueCode]: { code: C; params: ArrangementIssueParams[C]; line?: number; message: string };
}[ArrangementIssueCode];

export type ArrangementParseResult =
  | { ok: true; arrangement: YearArrangement; warnings: ArrangementIssue[] }
  | { ok: false; errors: ArrangementIssue[]; warnings: ArrangementIssue[] };

export function issue<C extends ArrangementIssueCode>(code: C, params: ArrangementIssueParams[C], message: string, line?: number): ArrangementIssue {
  return (line === undefined ? { code, params, message } : { code, params, message, line }) as ArrangementIssue;
}

/** How many days off and make-up working days an arrangement has (the import preview and the list of loaded years). */
export function arrangementDayCounts(days: readonly Pick<ArrangementDay, 'kind'>[]): { holidays: number; workdays: number } {
  let holidays = 0;
  for (const day of days) if (day.kind === 'holiday') holidays += 1;
  return { holidays, workdays: days.length - holidays };
}

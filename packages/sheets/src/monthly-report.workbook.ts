import type { DayPeriod, Label, StatFigures } from '@parkflow/domain';
import { inMemoryPages, type LedgerColumn, type LedgerSheet, type LedgerValue } from './ledger-sheet.types.js';
import { workbookPart, type WorkbookPart } from './ledger-workbook.writer.js';
import { monthlyByDepartmentSheet, monthlyRegisteredSheet, type MonthlyReportRow, type RegisteredLine, type SheetRate } from './monthly-report.sheet.js';
import { overdueItemsSheet, overdueLines, type OverdueItemInput } from './overdue-items.sheet.js';
import { prepareCell } from './shanghai-cell.js';
import { OVERDUE_NOW_FIELD, STAT_FIGURE_FIELDS } from './stat-figures.sheet.js';
import { statKeyName, TOTAL_LABEL, type SheetLanguage, type StatNames } from './stat-key-name.js';

/** The four periods of a monthly report, in the order its tables put them. */
export const REPORT_PERIODS = ['month', 'monthLastYear', 'yearToDate', 'yearToDateLastYear'] as const;
export type ReportPeriod = (typeof REPORT_PERIODS)[number];

type CountRow = { key: string | null } & Record<ReportPeriod, number>;

/** What GET /api/stats/monthly answers (the contract's MonthlyReport), as far as the workbook needs it. */
export interface MonthlyReportInput {
  month: string;
  asOf: string;
  periods: Record<ReportPeriod, DayPeriod>;
  figures: Record<ReportPeriod, StatFigures>;
  byChannel: readonly CountRow[];
  byCategory: readonly CountRow[];
  byDepartment: readonly (CountRow & { response: SheetRate; resolution: SheetRate; satisfaction: SheetRate })[];
  overdueItems: readonly OverdueItemInput[];
  overdueItemsTotal: number;
}

const PERIOD_TITLES: Readonly<Record<ReportPeriod, Label>> = {
  month: { zh: '本月', en: 'This month' },
  monthLastYear: { zh: '去年同月', en: 'Same month last year' },
  yearToDate: { zh: '本年累计', en: 'Year to date' },
  yearToDateLastYear: { zh: '去年同期累计', en: 'Last year to date' },
};

/** A line of 总体情况: one figure in each period (a state such as "overdue now" only in the month's). */
export interface OverviewLine {
  label: string;
  values: Partial<Record<ReportPeriod, LedgerValue>>;
}

/** 总体情况: a row per figure, a column per period, the period's dates in its title. */
export function monthlyOverviewSheet(periods: Record<ReportPeriod, DayPeriod>, language: SheetLanguage = 'zh'): LedgerSheet<OverviewLine> {
  const columns: LedgerColumn<OverviewLine>[] = [
    { key: 'figure', header: { zh: '指标', en: 'Figure' }, value: (line) => line.label },
    ...REPORT_PERIODS.map((p) => {
      const dates = `${periods[p].from}~${periods[p].to}`;
      return { key: p, header: { zh: `${PERIOD_TITLES[p].zh} ${dates}`, en: `${PERIOD_TITLES[p].en} ${dates}` }, kind: 'number' as const, value: (line: OverviewLine) => line.values[p] };
    }),
  ];
  return { name: language === 'zh' ? '总体情况' : 'Overview', columns };
}

export function monthlyOverviewLines(report: MonthlyReportInput, language: SheetLanguage = 'zh'): OverviewLine[] {
  const byPeriod = STAT_FIGURE_FIELDS.map((field) => ({
    label: field.label[language],
    values: Object.fromEntries(REPORT_PERIODS.map((p) => [p, field.value(report.figures[p], language)])),
  }));
  const asOf = prepareCell('datetime', report.asOf).text;
  return [
    ...byPeriod,
    // States at the moment the report was read, not counts of a period: in the month's column only.
    { label: `${OVERDUE_NOW_FIELD.label[language]}${language === 'zh' ? `（截至 ${asOf}）` : ` (as of ${asOf})`}`, values: { month: report.figures.month.overdueNow } },
    { label: language === 'zh' ? '逾期件（本月超期或当前超期）' : 'Overdue items (overdue this month or now)', values: { month: report.overdueItemsTotal } },
  ];
}

function registeredLines(rows: readonly CountRow[], name: (key: string | null) => string, totals: Record<ReportPeriod, number>, language: SheetLanguage): RegisteredLine[] {
  return [
    ...rows.map((r) => ({ name: name(r.key), month: r.month, monthLastYear: r.monthLastYear, yearToDate: r.yearToDate, yearToDateLastYear: r.yearToDateLastYear })),
    { name: TOTAL_LABEL[language], ...totals },
  ];
}

/**
 * 信访月报 as a workbook, a sheet per table, as such reports are laid out: 总体情况 (every figure in
 * the four periods), 按渠道, 按类别, 按部门 (with the month's three rates) — each with the total
 * last — and 逾期件 (the items listed, and how many there are when the list is cut short).
 */
export function monthlyReportParts(report: MonthlyReportInput, names: StatNames, language: SheetLanguage = 'zh'): WorkbookPart[] {
  const registered = Object.fromEntries(REPORT_PERIODS.map((p) => [p, report.figures[p].registered])) as Record<ReportPeriod, number>;
  const department = (id: string | null) => statKeyName('department', id, names, language);
  const byDepartment: MonthlyReportRow[] = [
    ...report.byDepartment.map((r) => ({ ...r, name: department(r.key) })),
    { name: TOTAL_LABEL[language], ...registered, ...report.figures.month },
  ];
  return [
    workbookPart(monthlyOverviewSheet(report.periods, language), inMemoryPages(monthlyOverviewLines(report, language))),
    workbookPart(monthlyRegisteredSheet('channel', language), inMemoryPages(registeredLines(report.byChannel, (k) => statKeyName('channel', k, names, language), registered, language))),
    workbookPart(monthlyRegisteredSheet('category', language), inMemoryPages(registeredLines(report.byCategory, (k) => statKeyName('category', k, names, language), registered, language))),
    workbookPart(monthlyByDepartmentSheet(language), inMemoryPages(byDepartment)),
    workbookPart(overdueItemsSheet(new Date(report.asOf), language), inMemoryPages(overdueLines(report.overdueItems, report.overdueItemsTotal, department, language))),
  ];
}

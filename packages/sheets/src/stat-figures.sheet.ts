import type { Label, StatFigures, StatGrouping } from '@parkflow/domain';
import type { LedgerCellKind, LedgerColumn, LedgerSheet, LedgerValue } from './ledger-sheet.types.js';
import { rateText } from './monthly-report.sheet.js';
import { GROUPING_HEADERS, statKeyName, TOTAL_LABEL, type SheetLanguage, type StatNames } from './stat-key-name.js';

/**
 * One figure as the sheets write it: the three rates as text (95.0% (19/20), or 暂无数据 — a rate
 * with nothing counted is never a 0 a leader could sum), the counts and days as numbers. The
 * dashboard's table and the monthly report's overview read the same list, one as columns, the
 * other as rows.
 */
export interface StatFigureField {
  key: string;
  label: Label;
  kind: LedgerCellKind;
  value(figures: StatFigures, language: SheetLanguage): LedgerValue;
}

export const STAT_FIGURE_FIELDS: readonly StatFigureField[] = [
  { key: 'registered', label: { zh: '登记数', en: 'Registered' }, kind: 'integer', value: (f) => f.registered },
  { key: 'response', label: { zh: '响应率', en: 'Response rate' }, kind: 'text', value: (f, l) => rateText(f.response, l) },
  { key: 'resolution', label: { zh: '按期办结率', en: 'On-time resolution rate' }, kind: 'text', value: (f, l) => rateText(f.resolution, l) },
  { key: 'satisfaction', label: { zh: '满意率', en: 'Satisfaction rate' }, kind: 'text', value: (f, l) => rateText(f.satisfaction, l) },
  { key: 'unrated', label: { zh: '未评价', en: 'Unrated' }, kind: 'integer', value: (f) => f.satisfaction.unrated },
  { key: 'overdue', label: { zh: '超期数', en: 'Overdue' }, kind: 'integer', value: (f) => f.overdue },
  { key: 'extended', label: { zh: '延期数', en: 'Extended' }, kind: 'integer', value: (f) => f.extended },
  { key: 'returned', label: { zh: '退回数', en: 'Returned' }, kind: 'integer', value: (f) => f.returned },
  { key: 'closed', label: { zh: '办结数', en: 'Closed' }, kind: 'integer', value: (f) => f.handling.closed },
  { key: 'averageDays', label: { zh: '平均办理用时（工作日）', en: 'Average handling (working days)' }, kind: 'number', value: (f) => f.handling.averageDays },
  { key: 'p90Days', label: { zh: '办理用时P90（工作日）', en: 'Handling p90 (working days)' }, kind: 'number', value: (f) => f.handling.p90Days },
  { key: 'repeated', label: { zh: '重复件', en: 'Repeats' }, kind: 'integer', value: (f) => f.repeated },
  { key: 'repeatRate', label: { zh: '重复率', en: 'Repeat rate' }, kind: 'text', value: (f, l) => rateText({ numerator: f.repeated, denominator: f.registered, rate: f.repeatRate }, l) },
];

/** Open items past a running deadline when the figures were read: a state, not a count of the period (blank in month rows). */
export const OVERDUE_NOW_FIELD: StatFigureField = { key: 'overdueNow', label: { zh: '当前超期', en: 'Overdue now' }, kind: 'integer', value: (f) => f.overdueNow };

/** A line of the figures table: the row's name as it reads, and its figures. */
export interface StatFiguresLine {
  name: string;
  figures: StatFigures;
}

/** What GET /api/stats/figures answers, as far as the sheet needs it. */
export interface StatFiguresTable {
  groupBy: StatGrouping;
  total: StatFigures;
  rows: readonly { key: string | null; figures: StatFigures }[];
}

const SHEET_NAMES: Readonly<Record<StatGrouping, Label>> = {
  total: { zh: '总计', en: 'Total' },
  department: { zh: '按部门', en: 'By department' },
  category: { zh: '按类别', en: 'By category' },
  channel: { zh: '按渠道', en: 'By channel' },
  kind: { zh: '按类型', en: 'By kind' },
  handler: { zh: '按承办人', en: 'By handler' },
  month: { zh: '按月', en: 'By month' },
};

/** The dashboard's figures table: a row per department (category, channel, kind, handler or month), every figure a column. */
export function statFiguresSheet(groupBy: StatGrouping, language: SheetLanguage = 'zh'): LedgerSheet<StatFiguresLine> {
  const columns: LedgerColumn<StatFiguresLine>[] = [
    { key: 'name', header: GROUPING_HEADERS[groupBy], value: (line) => line.name },
    ...[...STAT_FIGURE_FIELDS, OVERDUE_NOW_FIELD].map((field) => ({ key: field.key, header: field.label, kind: field.kind, value: (line: StatFiguresLine) => field.value(line.figures, language) })),
  ];
  return { name: SHEET_NAMES[groupBy][language], columns };
}

/** The response's rows in its order, named, and the total last (a total grouping is its one row). */
export function statFiguresLines(table: StatFiguresTable, names: StatNames, language: SheetLanguage = 'zh'): StatFiguresLine[] {
  const total = { name: TOTAL_LABEL[language], figures: table.total };
  if (table.groupBy === 'total') return [total];
  return [...table.rows.map((row) => ({ name: statKeyName(table.groupBy, row.key, names, language), figures: row.figures })), total];
}

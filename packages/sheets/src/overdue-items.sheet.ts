import { daysOverdueNow, STAGE_LABELS, type Label } from '@parkflow/domain';
import type { LedgerColumn, LedgerSheet } from './ledger-sheet.types.js';
import type { SheetLanguage } from './stat-key-name.js';

/** An item of the monthly report's overdue list, as GET /api/stats/monthly gives it. */
export interface OverdueItemInput {
  code: string;
  title: string;
  departmentId: string | null;
  stage: string;
  overdueOn: string | null;
  runningDueAt: string | null;
  closed: boolean;
}

/** A line of 逾期件: an item with its department named, or the closing note that the list is cut short. */
export type OverdueLine = { item: OverdueItemInput; department: string } | { note: string };

const CLOSED: Readonly<Record<'yes' | 'no', Label>> = { yes: { zh: '已办结', en: 'Closed' }, no: { zh: '在办', en: 'Open' } };

const stageName = (stage: string, language: SheetLanguage) => (Object.hasOwn(STAGE_LABELS, stage) ? STAGE_LABELS[stage as keyof typeof STAGE_LABELS][language] : stage);

/** The items listed, and when the report lists fewer than went overdue, a last line saying how many there are in all. */
export function overdueLines(items: readonly OverdueItemInput[], total: number, department: (id: string | null) => string, language: SheetLanguage = 'zh'): OverdueLine[] {
  const lines: OverdueLine[] = items.map((item) => ({ item, department: department(item.departmentId) }));
  if (total > items.length) {
    lines.push({ note: language === 'zh' ? `共 ${total} 件，本表列出 ${items.length} 件` : `${total} in all; ${items.length} listed here` });
  }
  return lines;
}

/**
 * 逾期件: the items that went overdue in the month or are overdue now — which item, whose, at
 * which stage, when it first went overdue, its running deadline and how many days past it (the
 * domain's daysOverdueNow at the moment the report was read).
 */
export function overdueItemsSheet(asOf: Date, language: SheetLanguage = 'zh'): LedgerSheet<OverdueLine> {
  const of = <T>(pick: (item: OverdueItemInput, line: { item: OverdueItemInput; department: string }) => T) => (line: OverdueLine) => ('item' in line ? pick(line.item, line) : null);
  const columns: LedgerColumn<OverdueLine>[] = [
    { key: 'code', header: { zh: '编号', en: 'Code' }, value: of((i) => i.code) },
    // The note rides in the widest column, so it does not widen the code's.
    { key: 'title', header: { zh: '标题', en: 'Title' }, maxWidth: 50, value: (line) => ('item' in line ? line.item.title : line.note) },
    { key: 'department', header: { zh: '承办部门', en: 'Department' }, maxWidth: 30, value: of((_, l) => l.department) },
    { key: 'stage', header: { zh: '阶段', en: 'Stage' }, value: of((i) => stageName(i.stage, language)) },
    { key: 'overdueOn', header: { zh: '首次超期日期', en: 'First overdue on' }, kind: 'date', value: of((i) => i.overdueOn) },
    { key: 'due', header: { zh: '当前期限', en: 'Running deadline' }, kind: 'datetime', value: of((i) => i.runningDueAt) },
    { key: 'daysOverdue', header: { zh: '已超期天数', en: 'Days overdue' }, kind: 'integer', value: of((i) => daysOverdueNow(i, asOf)) },
    { key: 'closed', header: { zh: '办结情况', en: 'Closed' }, value: of((i) => CLOSED[i.closed ? 'yes' : 'no'][language]) },
  ];
  return { name: language === 'zh' ? '逾期件' : 'Overdue items', columns };
}

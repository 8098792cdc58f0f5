import { ratePercent } from '@parkflow/domain';
import type { LedgerColumn, LedgerSheet } from './ledger-sheet.types.js';

/** A rate as the api gives it: null when there was nothing to count. */
export interface SheetRate {
  numerator: number;
  denominator: number;
  rate: number | null;
}

/** One line of the monthly report's table: a department (or the total), its counts and its three rates. */
export interface MonthlyReportRow {
  name: string;
  month: number;
  monthLastYear: number;
  yearToDate: number;
  yearToDateLastYear: number;
  response: SheetRate;
  resolution: SheetRate;
  satisfaction: SheetRate;
}

/** 95.2% (19/20), or 暂无数据 / no data: a rate with nothing counted is never written as 0. */
export function rateText(r: SheetRate, language: 'zh' | 'en' = 'zh'): string {
  if (r.rate === null) return language === 'zh' ? '暂无数据' : 'no data';
  return `${ratePercent(r.rate)!.toFixed(1)}% (${r.numerator}/${r.denominator})`;
}

/** 信访月报 by department: registrations against the year before, and the month's three rates. */
export function monthlyReportSheet(month: string, language: 'zh' | 'en' = 'zh'): LedgerSheet<MonthlyReportRow> {
  const columns: LedgerColumn<MonthlyReportRow>[] = [
    { key: 'name', header: { zh: '承办部门', en: 'Department' }, value: (r) => r.name },
    { key: 'month', header: { zh: '本月登记', en: 'Registered this month' }, kind: 'integer', value: (r) => r.month },
    { key: 'monthLastYear', header: { zh: '去年同月', en: 'Same month last year' }, kind: 'integer', value: (r) => r.monthLastYear },
    { key: 'yearToDate', header: { zh: '本年累计', en: 'Year to date' }, kind: 'integer', value: (r) => r.yearToDate },
    { key: 'yearToDateLastYear', header: { zh: '去年同期累计', en: 'Last year to date' }, kind: 'integer', value: (r) => r.yearToDateLastYear },
    { key: 'response', header: { zh: '响应率', en: 'Response rate' }, value: (r) => rateText(r.response, language) },
    { key: 'resolution', header: { zh: '按期办结率', en: 'On-time resolution rate' }, value: (r) => rateText(r.resolution, language) },
    { key: 'satisfaction', header: { zh: '满意率', en: 'Satisfaction rate' }, value: (r) => rateText(r.satisfaction, language) },
  ];
  return { name: `${language === 'zh' ? '信访月报' : 'Monthly report'} ${month}`, columns };
}

import { ratePercent } from '@parkflow/domain';
import type { LedgerColumn, LedgerSheet } from './ledger-sheet.types.js';

/** A rate as the api gives it: null when there was nothing to count. */
export interface SheetRate {
  numerator: number;
  denominator: number;
  rate: number | null;
}

/** Items registered in the report's four periods. */
export interface RegisteredLine {
  name: string;
  month: number;
  monthLastYear: number;
  yearToDate: number;
  yearToDateLastYear: number;
}

/** One line of the monthly report's table by department: a department (or the total), its counts and its three rates. */
export interface MonthlyReportRow extends RegisteredLine {
  response: SheetRate;
  resolution: SheetRate;
  satisfaction: SheetRate;
}

/** 95.2% (19/20), or 暂无数据 / no data: a rate with nothing counted is never written as 0. */
export function rateText(r: SheetRate, language: 'zh' | 'en' = 'zh'): string {
  if (r.rate === null) return language === 'zh' ? '暂无数据' : 'no data';
  return `${ratePercent(r.rate)!.toFixed(1)}% (${r.numerator}/${r.denominator})`;
}

/** The four periods' counts, in the order such reports put them: this month against last year's, then the year so far against last year's. */
function registeredColumns<Row extends RegisteredLine>(): LedgerColumn<Row>[] {
  return [
    { key: 'month', header: { zh: '本月登记', en: 'Registered this month' }, kind: 'integer', value: (r) => r.month },
    { key: 'monthLastYear', header: { zh: '去年同月', en: 'Same month last year' }, kind: 'integer', value: (r) => r.monthLastYear },
    { key: 'yearToDate', header: { zh: '本年累计', en: 'Year to date' }, kind: 'integer', value: (r) => r.yearToDate },
    { key: 'yearToDateLastYear', header: { zh: '去年同期累计', en: 'Last year to date' }, kind: 'integer', value: (r) => r.yearToDateLastYear },
  ];
}

/** 信访月报 by channel (按渠道) or by category (按类别): items registered in the four periods. */
export function monthlyRegisteredSheet(dimension: 'channel' | 'category', language: 'zh' | 'en' = 'zh'): LedgerSheet<RegisteredLine> {
  const header = dimension === 'channel' ? { zh: '来源渠道', en: 'Channel' } : { zh: '问题类别', en: 'Category' };
  const name = dimension === 'channel' ? { zh: '按渠道', en: 'By channel' } : { zh: '按类别', en: 'By category' };
  return { name: name[language], columns: [{ key: 'name', header, value: (r) => r.name }, ...registeredColumns<RegisteredLine>()] };
}

/** 信访月报 by department (按部门): registrations against the year before, and the month's three rates. */
export function monthlyByDepartmentSheet(language: 'zh' | 'en' = 'zh'): LedgerSheet<MonthlyReportRow> {
  const columns: LedgerColumn<MonthlyReportRow>[] = [
    { key: 'name', header: { zh: '承办部门', en: 'Department' }, value: (r) => r.name },
    ...registeredColumns<MonthlyReportRow>(),
    { key: 'response', header: { zh: '响应率', en: 'Response rate' }, value: (r) => rateText(r.response, language) },
    { key: 'resolution', header: { zh: '按期办结率', en: 'On-time resolution rate' }, value: (r) => rateText(r.resolution, language) },
    { key: 'satisfaction', header: { zh: '满意率', en: 'Satisfaction rate' }, value: (r) => rateText(r.satisfaction, language) },
  ];
  return { name: language === 'zh' ? '按部门' : 'By department', columns };
}

import { CATEGORIES, CHANNELS, type Label, type StatGrouping } from '@parkflow/domain';

/** Names of the ids a figure's row is keyed by (the api passes its reference data and kind registry). */
export interface StatNames {
  department(id: string | null): string | null;
  user(id: string): string;
  kind(id: string): Label | undefined;
}

export type SheetLanguage = 'zh' | 'en';

export const TOTAL_LABEL: Label = { zh: '合计', en: 'Total' };

/** The title of the column naming a row, per grouping. */
export const GROUPING_HEADERS: Readonly<Record<StatGrouping, Label>> = {
  total: { zh: '统计范围', en: 'Scope' },
  department: { zh: '承办部门', en: 'Department' },
  category: { zh: '问题类别', en: 'Category' },
  channel: { zh: '来源渠道', en: 'Channel' },
  kind: { zh: '事项类型', en: 'Kind' },
  handler: { zh: '承办人', en: 'Handler' },
  month: { zh: '月份', en: 'Month' },
};

/** A row without a value of its dimension: an item not yet assigned has no department and no handler. */
const NONE: Readonly<Record<StatGrouping, Label>> = {
  total: TOTAL_LABEL,
  department: { zh: '未交办', en: 'Not assigned' },
  handler: { zh: '未指定承办人', en: 'No handler' },
  category: { zh: '未分类', en: 'No category' },
  channel: { zh: '未注明渠道', en: 'No channel' },
  kind: { zh: '未知类型', en: 'Unknown kind' },
  month: { zh: '—', en: '—' },
};

function catalogLabel(table: Readonly<Record<string, Label>>, id: string, language: SheetLanguage): string {
  return Object.hasOwn(table, id) ? table[id]![language] : id;
}

/** How a row's key reads in a sheet: a department's or handler's name, a channel's, category's or kind's label, a month as YYYY-MM. */
export function statKeyName(grouping: StatGrouping, key: string | null, names: StatNames, language: SheetLanguage = 'zh'): string {
  if (grouping === 'total') return TOTAL_LABEL[language];
  if (key === null) return NONE[grouping][language];
  switch (grouping) {
    case 'department':
      return names.department(key) ?? key;
    case 'handler':
      return names.user(key);
    case 'kind':
      return names.kind(key)?.[language] ?? key;
    case 'category':
      return catalogLabel(CATEGORIES, key, language);
    case 'channel':
      return catalogLabel(CHANNELS, key, language);
    case 'month':
      return key;
  }
}

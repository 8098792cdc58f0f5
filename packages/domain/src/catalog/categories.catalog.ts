import type { Label } from './label.js';

/**
 * Problem categories. `routeTo` is the code of the department a new item of this category is
 * routed to by rule when the dispatcher names none (the assign stage's automatic work).
 */
export const CATEGORIES = {
  hiring: { zh: '招工用工', en: 'Hiring and labour', routeTo: 'HR' },
  funding: { zh: '资金融资', en: 'Funding and finance', routeTo: 'FIN' },
  sales: { zh: '产品销售', en: 'Sales', routeTo: 'ECON' },
  logistics: { zh: '交通物流', en: 'Transport and logistics', routeTo: 'ECON' },
  permits: { zh: '审批手续', en: 'Permits and approvals', routeTo: 'APPROVAL' },
  utilities: { zh: '水电气汽', en: 'Water, power, gas and steam', routeTo: 'UTIL' },
  land: { zh: '土地规划', en: 'Land and planning', routeTo: 'LAND' },
  environment: { zh: '环境保护', en: 'Environment', routeTo: 'ENV' },
  safety: { zh: '安全生产', en: 'Work safety', routeTo: 'ENV' },
  other: { zh: '其他', en: 'Other', routeTo: 'OFFICE' },
} as const satisfies Record<string, Label & { routeTo: string }>;
export type Category = keyof typeof CATEGORIES;
export const CATEGORY_IDS = Object.keys(CATEGORIES) as Category[];

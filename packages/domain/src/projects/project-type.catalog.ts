import type { Label } from '../catalog/label.js';

/*
 * 重点项目 come in three kinds on a park's yearly list, and each gets its own default nodes
 * (node-templates.catalog.ts): a new project (新建) goes through the permits and is built this
 * year, a continuing one (续建) was started before and is being finished, a signed one (签约)
 * has an investment agreement and is pushed towards its start of construction.
 */
export const PROJECT_TYPES = {
  new: { zh: '新建', en: 'New' },
  continuing: { zh: '续建', en: 'Continuing' },
  signed: { zh: '签约', en: 'Signed' },
} as const satisfies Record<string, Label>;
export type ProjectType = keyof typeof PROJECT_TYPES;
export const PROJECT_TYPE_IDS = Object.keys(PROJECT_TYPES) as ProjectType[];

export function isProjectType(value: unknown): value is ProjectType {
  return typeof value === 'string' && Object.hasOwn(PROJECT_TYPES, value);
}

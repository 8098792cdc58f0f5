import type { Label } from '../catalog/label.js';

/*
 * The phases a key project passes, in this order: 谋划 → 签约 → 手续办理 → 建设 → 投产. Every node
 * of a template belongs to one, so the battle map (挂图作战) can band a project's nodes by
 * phase. The order is the array's: a project never goes back a phase.
 */
export const PROJECT_PHASES = ['planning', 'signed', 'permits', 'construction', 'production'] as const;
export type ProjectPhase = (typeof PROJECT_PHASES)[number];

export const PROJECT_PHASE_LABELS = {
  planning: { zh: '谋划', en: 'Planning' },
  signed: { zh: '签约', en: 'Signed' },
  permits: { zh: '手续办理', en: 'Permits' },
  construction: { zh: '建设', en: 'Construction' },
  production: { zh: '投产', en: 'Production' },
} as const satisfies Record<ProjectPhase, Label>;

export function isProjectPhase(value: unknown): value is ProjectPhase {
  return typeof value === 'string' && (PROJECT_PHASES as readonly string[]).includes(value);
}

/** 0 for planning … 4 for production; for sorting and for "has reached" comparisons. */
export function phaseOrder(phase: ProjectPhase): number {
  return PROJECT_PHASES.indexOf(phase);
}

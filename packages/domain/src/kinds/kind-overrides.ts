import { DURATION_UNITS, type DurationUnit } from '../calendar/duration-unit.js';
import { STAGES, type Stage } from '../work-item/work-item.types.js';
import type { DeadlineRule, EscalationStep, KindDefinition } from './kind-definition.js';

/** What a park may change of a kind without code: its time limits, warning share, escalation and extension cap. */
export interface KindOverride {
  stages?: Partial<Record<Stage, DeadlineRule>>;
  warnShare?: number;
  extensionCapDays?: number;
  escalation?: EscalationStep[];
}

export class KindOverrideError extends Error {
  override name = 'KindOverrideError';
}

function rule(where: string, value: unknown): DeadlineRule {
  const r = value as Partial<DeadlineRule> | null;
  if (!r || typeof r !== 'object') throw new KindOverrideError(`${where} must be an object {amount, unit}`);
  if (typeof r.amount !== 'number' || !Number.isFinite(r.amount) || r.amount < 0) throw new KindOverrideError(`${where}.amount must be a number ≥ 0`);
  if (!DURATION_UNITS.includes(r.unit as DurationUnit)) throw new KindOverrideError(`${where}.unit must be one of ${DURATION_UNITS.join(', ')}`);
  if (r.urgentAmount !== undefined && (typeof r.urgentAmount !== 'number' || r.urgentAmount < 0)) throw new KindOverrideError(`${where}.urgentAmount must be a number ≥ 0`);
  return { amount: r.amount, unit: r.unit as DurationUnit, ...(r.urgentAmount !== undefined ? { urgentAmount: r.urgentAmount } : {}) };
}

/** Validates one kind's override (from configuration: unknown shape) and returns it typed. */
export function parseKindOverride(kindId: string, value: unknown): KindOverride {
  const o = value as Record<string, unknown> | null;
  if (!o || typeof o !== 'object') throw new KindOverrideError(`${kindId} must be an object`);
  const result: KindOverride = {};
  if (o.stages !== undefined) {
    const stages = o.stages as Record<string, unknown>;
    result.stages = {};
    for (const [stage, r] of Object.entries(stages ?? {})) {
      if (!STAGES.includes(stage as Stage)) throw new KindOverrideError(`${kindId}.stages.${stage} is not a stage (${STAGES.join(', ')})`);
      result.stages[stage as Stage] = rule(`${kindId}.stages.${stage}`, r);
    }
  }
  if (o.warnShare !== undefined) {
    if (typeof o.warnShare !== 'number' || !(o.warnShare > 0 && o.warnShare <= 1)) throw new KindOverrideError(`${kindId}.warnShare must be in (0, 1]`);
    result.warnShare = o.warnShare;
  }
  if (o.extensionCapDays !== undefined) {
    if (!Number.isInteger(o.extensionCapDays) || (o.extensionCapDays as number) < 0) throw new KindOverrideError(`${kindId}.extensionCapDays must be a whole number ≥ 0`);
    result.extensionCapDays = o.extensionCapDays as number;
  }
  if (o.escalation !== undefined) {
    if (!Array.isArray(o.escalation)) throw new KindOverrideError(`${kindId}.escalation must be a list`);
    result.escalation = o.escalation.map((step: { after?: unknown; audience?: unknown }, i) => {
      if (step?.audience !== 'department_head' && step?.audience !== 'leader') throw new KindOverrideError(`${kindId}.escalation[${i}].audience must be department_head or leader`);
      const after = rule(`${kindId}.escalation[${i}].after`, step.after);
      return { after: { amount: after.amount, unit: after.unit }, audience: step.audience };
    });
  }
  return result;
}

/** The kind with the park's override applied (the definition itself is never mutated). */
export function applyKindOverride(kind: KindDefinition, override: KindOverride): KindDefinition {
  const stages = { ...kind.stages };
  for (const [stage, deadline] of Object.entries(override.stages ?? {}) as [Stage, DeadlineRule][]) {
    // The park changes the time limit; a date the kind takes it from (fromDate) stays the kind's.
    const fromDate = stages[stage].deadline.fromDate;
    stages[stage] = { ...stages[stage], deadline: fromDate === undefined ? deadline : { ...deadline, fromDate } };
  }
  return {
    ...kind,
    stages,
    warnShare: override.warnShare ?? kind.warnShare,
    extensionCapDays: override.extensionCapDays ?? kind.extensionCapDays,
    escalation: override.escalation ?? kind.escalation,
  };
}

import type { KindId } from '../work-item/work-item.types.js';
import { APPEAL_KIND } from './appeal.kind.js';
import type { KindDefinition } from './kind-definition.js';
import { applyKindOverride, KindOverrideError, parseKindOverride } from './kind-overrides.js';
import { PETITION_KIND } from './petition.kind.js';

/** The kinds ParkFlow handles today; project tasks and hazards join here as definitions. */
const BUILT_IN: Readonly<Partial<Record<KindId, KindDefinition>>> = {
  petition: PETITION_KIND,
  appeal: APPEAL_KIND,
};

let active: Readonly<Partial<Record<KindId, KindDefinition>>> = BUILT_IN;

export const ACTIVE_KIND_IDS = Object.keys(BUILT_IN) as KindId[];

/** The kinds whose items an enterprise raises itself (its contacts and liaisons take part in them). */
export function kindsRaisedByEnterprise(): KindId[] {
  return ACTIVE_KIND_IDS.filter((id) => isRaisedByEnterprise(id));
}

/** Whether the company an item of this kind names raised it (and so may see it and take part). */
export function isRaisedByEnterprise(kindId: string): boolean {
  return getKind(kindId)?.enterpriseLink === 'raised_by';
}

/** The kinds as configured in this process. */
export function getKind(id: string): KindDefinition | undefined {
  return Object.hasOwn(active, id) ? active[id as KindId] : undefined;
}

/**
 * Applies the park's configuration (e.g. its own time limits, or a test policy in seconds) once,
 * at process start, before anything decides. Every process of one deployment must be given the
 * same configuration. Throws KindOverrideError naming the bad entry.
 */
export function configureKinds(config: unknown): void {
  if (config === undefined || config === null) {
    active = BUILT_IN;
    return;
  }
  if (typeof config !== 'object' || Array.isArray(config)) throw new KindOverrideError('the kind configuration must be an object keyed by kind');
  const next: Partial<Record<KindId, KindDefinition>> = { ...BUILT_IN };
  for (const [id, value] of Object.entries(config)) {
    const kind = BUILT_IN[id as KindId];
    if (!kind) throw new KindOverrideError(`unknown kind "${id}" (${ACTIVE_KIND_IDS.join(', ')})`);
    next[id as KindId] = applyKindOverride(kind, parseKindOverride(id, value));
  }
  active = next;
}

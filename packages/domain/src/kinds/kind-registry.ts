import type { KindId } from '../work-item/work-item.types.js';
import { APPEAL_KIND } from './appeal.kind.js';
import type { KindDefinition } from './kind-definition.js';
import { PETITION_KIND } from './petition.kind.js';

/** The kinds ParkFlow handles today; project tasks and hazards join here as definitions. */
export const KINDS: Readonly<Partial<Record<KindId, KindDefinition>>> = {
  petition: PETITION_KIND,
  appeal: APPEAL_KIND,
};

export const ACTIVE_KIND_IDS = Object.keys(KINDS) as KindId[];

export function getKind(id: string): KindDefinition | undefined {
  return Object.hasOwn(KINDS, id) ? KINDS[id as KindId] : undefined;
}

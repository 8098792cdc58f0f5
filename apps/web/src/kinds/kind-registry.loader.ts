import type { Meta } from '@parkflow/contracts';
import { buildKindRegistry, KindDefinitionError, type KindDefinition, type KindRegistry } from '@parkflow/domain';

/** The registry built from `/meta`, or why it could not be: each problem the definition check named. */
export type KindRegistryLoad = { ok: true; registry: KindRegistry } | { ok: false; problems: readonly string[] };

/**
 * Builds the web's registry from the kinds `/meta` serves. `createKindRegistry` runs the domain's
 * definition check again: an api and a web of different versions (or a hand-edited proxy answer)
 * would otherwise compute forms and allowed actions from definitions the domain never accepted.
 * No overrides here: the api has applied the park's already.
 */
export function loadKindRegistry(kinds: Meta['kinds']): KindRegistryLoad {
  try {
    // The contract schema is the definition's shape with open strings; the check below is what vouches for it.
    return { ok: true, registry: buildKindRegistry(kinds as readonly KindDefinition[]) };
  } catch (error) {
    if (error instanceof KindDefinitionError) return { ok: false, problems: error.problems };
    // A shape the check itself trips over (a contract drift the schema only warned about).
    return { ok: false, problems: [error instanceof Error ? error.message : String(error)] };
  }
}

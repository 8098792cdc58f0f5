import type { KindId } from '../work-item/work-item.types.js';
import { APPEAL_KIND } from './appeal.kind.js';
import { checkKindDefinition } from './kind-definition.check.js';
import type { KindDefinition } from './kind-definition.js';
import { applyKindOverride, KindOverrideError, parseKindOverride } from './kind-overrides.js';
import { PETITION_KIND } from './petition.kind.js';
import { PROJECT_TASK_KIND } from './project-task.kind.js';
import { PETITION_REREVIEW_KIND, PETITION_REVIEW_KIND } from './petition-review.kinds.js';

/** The kinds ParkFlow ships; a park or a team adds its own as definitions (docs/extending.md). */
export const BUILT_IN_KINDS: readonly KindDefinition[] = [PETITION_KIND, APPEAL_KIND, PETITION_REVIEW_KIND, PETITION_REREVIEW_KIND, PROJECT_TASK_KIND];

/**
 * The kinds one process works with: built once at start from the definitions and the park's
 * overrides, then passed explicitly to whatever decides (no module state, so two registries —
 * a test's and the app's — never see each other).
 */
export interface KindRegistry {
  /** Kind ids in the order they were given (menus list them so). */
  readonly ids: readonly KindId[];
  get(id: string): KindDefinition | undefined;
  list(): readonly KindDefinition[];
  /** The kinds whose items an enterprise raises itself (its contacts and liaisons take part in them). */
  raisedByEnterprise(): readonly KindId[];
}

/** A kind definition that fails the definition check; the message names every problem. */
export class KindDefinitionError extends Error {
  override name = 'KindDefinitionError';
  constructor(readonly problems: readonly string[]) {
    super(`inconsistent kind definition:\n  - ${problems.join('\n  - ')}`);
  }
}

/**
 * Builds the registry: `definitions` (built-in and a team's own), each checked, then the park's
 * configuration (its own time limits, caps, escalation — or a test policy in seconds) applied
 * and checked again. Throws KindDefinitionError or KindOverrideError naming the bad entry.
 */
export function createKindRegistry(definitions: readonly KindDefinition[] = BUILT_IN_KINDS, config?: unknown): KindRegistry {
  return buildKindRegistry(definitions, config);
}

/**
 * `createKindRegistry` without the built-in default: the web client builds its registry from
 * `/meta`, and a default naming BUILT_IN_KINDS would bundle every built-in kind (their handlers,
 * catalogs and policies) into the page that loads before the queue.
 */
export function buildKindRegistry(definitions: readonly KindDefinition[], config?: unknown): KindRegistry {
  const byId = new Map<KindId, KindDefinition>();
  for (const def of definitions) {
    if (byId.has(def.id)) throw new KindDefinitionError([`kind "${def.id}" is defined twice`]);
    byId.set(def.id, def);
  }
  if (config !== undefined && config !== null) {
    if (typeof config !== 'object' || Array.isArray(config)) throw new KindOverrideError('the kind configuration must be an object keyed by kind');
    for (const [id, value] of Object.entries(config)) {
      const kind = byId.get(id);
      if (!kind) throw new KindOverrideError(`unknown kind "${id}" (${[...byId.keys()].join(', ')})`);
      byId.set(id, applyKindOverride(kind, parseKindOverride(id, value)));
    }
  }
  const problems = [...byId.values()].flatMap(checkKindDefinition);
  // The code prefix makes an item's code say its kind (XF-…, SQ-…): two kinds may not share one.
  const prefixes = new Map<string, string>();
  for (const kind of byId.values()) {
    const other = prefixes.get(kind.codePrefix);
    if (other) problems.push(`${kind.id}.codePrefix: "${kind.codePrefix}" is already the prefix of ${other}`);
    prefixes.set(kind.codePrefix, kind.id);
  }
  // A repeat names an earlier item of a kind that must exist here (重复件, KindDefinition.repeats).
  for (const kind of byId.values()) {
    for (const of of kind.repeats?.of ?? []) if (!byId.has(of)) problems.push(`${kind.id}.repeats.of: "${of}" is not a kind (${[...byId.keys()].join(', ')})`);
  }
  if (problems.length > 0) throw new KindDefinitionError(problems);
  const kinds = [...byId.values()];
  const raised = kinds.filter((k) => k.enterpriseLink === 'raised_by').map((k) => k.id);
  return {
    ids: kinds.map((k) => k.id),
    get: (id) => byId.get(id),
    list: () => kinds,
    raisedByEnterprise: () => raised,
  };
}

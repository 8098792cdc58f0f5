import type { KindDefinition } from '../kinds/kind-definition.js';
import type { KindRegistry } from '../kinds/kind-registry.js';
import type { Actor } from '../roles/role.js';
import { canSee } from '../roles/visibility.js';
import { because, type RefusalCause } from './refusal-reason.types.js';
import { CLOSED_STATUS, type WorkItemState } from './work-item.types.js';

/*
 * 重复件 (repeat items). A closed item is closed for good (案结事了): a later complaint on the same
 * matter is registered as a new item, linked to the earlier one (repeatOfId), and counts as a
 * repeat in the statistics (重复率).
 *
 * Which kinds count repeats is the kind's own data (KindDefinition.repeats). The built-in kinds:
 * - 信访件 (petition): yes, of closed petitions. 重复信访 — the same petitioner back on a matter
 *   already handled — is what the petition work is graded on, and a petition always names its
 *   petitioner, so the same person can be recognised (repeat-candidates.rule.ts).
 * - 企业诉求 (appeal): no. An appeal names a company, not a person, so "the same petitioner" has
 *   nothing to match; a company raising a problem again is a new appeal of its own, graded by the
 *   three rates, and the parks' appeal reports carry no repeat figure. A park that wants one adds
 *   `repeats` to its appeal kind (with a matcher by company, which is not built).
 * - 复查 / 复核: no. A review is the statute's own next step on the same matter, with its own link
 *   (reviewOfId); counting it as a repeat would count the petitioner's right of review against them.
 */

/** The kinds whose items a repeat of `kind` may name; empty when the kind counts no repeats. */
export function repeatableKinds(kind: Pick<KindDefinition, 'repeats'>): readonly string[] {
  return kind.repeats?.of ?? [];
}

/**
 * Why an item of `kind` may not be registered as a repeat of `earlier`, or null when it may.
 * `earlier` is the item the shell loaded for the id the registrar named (null: no such item).
 * An item the registrar may not see is refused exactly like one that does not exist.
 */
export function repeatOfProblem(
  kind: Pick<KindDefinition, 'id' | 'repeats'>,
  namedId: string,
  earlier: WorkItemState | null,
  actor: Actor,
  kinds: KindRegistry,
): RefusalCause | null {
  const allowed = repeatableKinds(kind);
  if (allowed.length === 0) return because('repeats_not_counted', { kind: kind.id }, `A ${kind.id} does not count repeats`);
  const earlierKind = earlier ? kinds.get(earlier.kind) : undefined;
  if (!earlier || earlier.id !== namedId || !earlierKind || !canSee(earlier, actor, earlierKind)) {
    return because('repeat_unknown', {}, 'The earlier item does not exist');
  }
  if (!allowed.includes(earlier.kind)) return because('repeat_wrong_kind', { expected: allowed[0]! }, `A ${kind.id} repeats a ${allowed.join(' or ')}`);
  if (earlier.status !== CLOSED_STATUS) {
    return because('repeat_not_closed', { code: earlier.code }, `${earlier.code} is still open: add to it instead of registering a repeat`);
  }
  return null;
}

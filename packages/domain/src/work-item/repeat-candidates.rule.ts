import type { KindDefinition } from '../kinds/kind-definition.js';
import type { KindRegistry } from '../kinds/kind-registry.js';
import { hasRole, type Actor } from '../roles/role.js';
import { canSee } from '../roles/visibility.js';
import { repeatableKinds } from './repeat-of.rule.js';
import { CLOSED_STATUS, type Petitioner, type WorkItemState } from './work-item.types.js';

/*
 * 同一信访人同一事项: which closed items a new one may be a repeat of (repeat-of.rule.ts). The
 * dispatcher decides; this only finds what to offer.
 * - The same petitioner: the same ID number when both items have one (two people may share a
 *   family phone, never an ID number); else the same phone. Spaces and dashes are not part of a
 *   number (138 0013 8000 = 138-0013-8000 = 13800138000), an ID number's final x is X, and a
 *   masked value (with *) is not a number at all: it never matches, so a number copied from a
 *   masked screen cannot find anyone.
 * - The same matter: the same category (事项类别). Titles and descriptions are free text, worded
 *   differently each time; the category is what the office itself files the matter under.
 * Newest closure first: the latest answer is the one the petitioner is back about.
 */

/**
 * What separates the digits of a number as people write it: spaces (ASCII, ideographic, tabs,
 * non-breaking) and dashes (ASCII, Unicode and full-width). Exported so the SQL that narrows the
 * rows first strips exactly these characters (translate(column, CONTACT_SEPARATORS, '')).
 */
export const CONTACT_SEPARATORS = ' \t\u00a0\u3000-\u2010\u2011\u2012\u2013\u2014\u2015\uff0d';

const SEPARATOR = new RegExp(`[${CONTACT_SEPARATORS.replace('-', '\\-')}]`, 'g');

/** A phone or ID number as compared: separators removed, upper case; null when absent, empty or masked. */
export function comparableContact(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const bare = value.replace(SEPARATOR, '').toUpperCase();
  if (bare === '' || bare.includes('*') || bare.includes('＊')) return null;
  return bare;
}

/** Whom a lookup is about: the new item's petitioner's numbers (the name is not compared: names repeat). */
export type PetitionerContact = Pick<Petitioner, 'phone' | 'idNumber'>;

/** The same petitioner: the same ID number when both have one, else the same phone. */
export function samePetitioner(a: PetitionerContact, b: PetitionerContact): boolean {
  const [idA, idB] = [comparableContact(a.idNumber), comparableContact(b.idNumber)];
  if (idA !== null && idB !== null) return idA === idB;
  const [phoneA, phoneB] = [comparableContact(a.phone), comparableContact(b.phone)];
  return phoneA !== null && phoneA === phoneB;
}

/** A lookup has something to match with: a usable ID number or phone. */
export function hasComparableContact(contact: PetitionerContact): boolean {
  return comparableContact(contact.idNumber) !== null || comparableContact(contact.phone) !== null;
}

/** Who may look for repeats of a kind: whoever may register it, for a kind that counts repeats. */
export function mayLookUpRepeats(actor: Actor, kind: Pick<KindDefinition, 'repeats' | 'registerRoles'>): boolean {
  return repeatableKinds(kind).length > 0 && hasRole(actor, ...kind.registerRoles);
}

export interface RepeatLookup {
  /** The kind of the new item (its repeats rule says which earlier kinds count). */
  kind: KindDefinition;
  petitioner: PetitionerContact;
  category: string;
}

/**
 * The closed items a new item of `lookup.kind` may repeat, among `items` (which the shell may have
 * narrowed already), as far as `actor` may see them: same petitioner, same category, of a kind
 * the repeat rule allows, newest closure first.
 */
export function repeatCandidates(lookup: RepeatLookup, items: readonly WorkItemState[], actor: Actor, kinds: KindRegistry): WorkItemState[] {
  const allowed = repeatableKinds(lookup.kind);
  if (allowed.length === 0 || !hasComparableContact(lookup.petitioner)) return [];
  return items
    .filter((item) => {
      const kind = kinds.get(item.kind);
      return (
        kind !== undefined &&
        allowed.includes(item.kind) &&
        item.status === CLOSED_STATUS &&
        item.category === lookup.category &&
        item.petitioner !== null &&
        samePetitioner(lookup.petitioner, item.petitioner) &&
        canSee(item, actor, kind)
      );
    })
    .sort((a, b) => (b.closedAt ?? '').localeCompare(a.closedAt ?? '') || b.code.localeCompare(a.code));
}

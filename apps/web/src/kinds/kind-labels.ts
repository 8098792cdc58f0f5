import { kindStatusLabel, STAGES, type KindDefinition, type KindRegistry, type Label, type Stage, type Status } from '@parkflow/domain';
import { pickLabel } from '../i18n/language';

/*
 * What the UI calls a kind and its statuses, from the registry `/meta` served: a kind labels its
 * own statuses (`statusLabels`, including statuses of its own such as awaiting_reinspection), so
 * the web keeps no status texts of its own that could drift from the kind's words.
 */

export interface Option {
  value: string;
  label: string;
}

function ownLabel(table: Readonly<Record<string, Label>>, key: string): Label | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}

/** The kind's name in the language; an id the registry does not know shows as itself. */
export function kindLabel(kinds: KindRegistry, id: string, language: string): string {
  const kind = kinds.get(id);
  return kind ? pickLabel(kind.label, language) : id;
}

export function kindOptions(kinds: KindRegistry, language: string, only?: readonly string[]): Option[] {
  return kinds.list()
    .filter((kind) => !only || only.includes(kind.id))
    .map((kind) => ({ value: kind.id, label: pickLabel(kind.label, language) }));
}

/** The kind's statuses in the order of its stages (and of each stage's list); only those of `stage` when given. */
export function kindStatuses(kind: KindDefinition, stage?: Stage): Status[] {
  return (stage ? [stage] : STAGES).flatMap((s) => kind.stages[s].statuses);
}

/**
 * A status as the item's kind words it. Fallbacks, for an item whose kind this registry does not
 * have (or a status its kind no longer declares): the first kind that labels the status, then
 * the raw id, so a screen never shows an empty cell.
 */
export function statusLabel(kinds: KindRegistry, kindId: string, status: string, language: string): string {
  const found = kindStatusLabel(kinds, kindId, status);
  return found ? pickLabel(found, language) : status;
}

/** The kinds a filter covers: the chosen one, or all of them. */
function kindsIn(kinds: KindRegistry, kindId: string | undefined): readonly KindDefinition[] {
  if (kindId === undefined) return kinds.list();
  const kind = kinds.get(kindId);
  return kind ? [kind] : [];
}

/**
 * The statuses a queue filter offers: those of the chosen kind, or the union over every kind (in
 * the registry's order, each once), narrowed to a stage when one is chosen. Labelled by the first
 * kind that has the status.
 */
export function statusOptions(kinds: KindRegistry, language: string, filter: { kind?: string; stage?: Stage } = {}): Option[] {
  const seen = new Map<Status, Label>();
  for (const kind of kindsIn(kinds, filter.kind)) {
    for (const status of kindStatuses(kind, filter.stage)) {
      const label = ownLabel(kind.statusLabels, status);
      if (!seen.has(status) && label) seen.set(status, label);
    }
  }
  return [...seen].map(([value, label]) => ({ value, label: pickLabel(label, language) }));
}

/** Whether a status (e.g. from the URL) belongs to the chosen kind, or to any kind when none is chosen. */
export function isKnownStatus(kinds: KindRegistry, status: string, kindId?: string): boolean {
  return kindsIn(kinds, kindId).some((kind) => kindStatuses(kind).includes(status));
}

import { CATEGORIES, CATEGORY_IDS, CHANNELS, CHANNEL_IDS, type KindRegistry, type Label, type Stage } from '@parkflow/domain';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { kindLabel, kindOptions, statusLabel, statusOptions, type Option } from '../kinds/kind-labels';
import { useKinds } from '../kinds/kinds.context';
import { pickLabel } from './language';

export type { Option };

function lookup(table: Readonly<Record<string, Label>>, id: string): Label | undefined {
  return Object.hasOwn(table, id) ? table[id] : undefined;
}

/**
 * Labels of the catalogue in a language: kinds and their statuses from the registry `/meta`
 * served, channels and categories from the domain's fixed lists; unknown ids show as themselves.
 */
export function catalogLabels(kinds: KindRegistry, language: string) {
  const label = (found: Label | undefined, id: string) => (found ? pickLabel(found, language) : id);
  return {
    kind: (id: string) => kindLabel(kinds, id, language),
    /** A status in the words of the item's kind. */
    status: (kindId: string, status: string) => statusLabel(kinds, kindId, status, language),
    channel: (id: string) => label(lookup(CHANNELS, id), id),
    category: (id: string) => label(lookup(CATEGORIES, id), id),
    /** Every kind, or only those in `only` (e.g. the kinds a user may register). */
    kindOptions: (only?: readonly string[]): Option[] => kindOptions(kinds, language, only),
    statusOptions: (filter?: { kind?: string; stage?: Stage }): Option[] => statusOptions(kinds, language, filter),
    channelOptions: (): Option[] => CHANNEL_IDS.map((id) => ({ value: id, label: pickLabel(CHANNELS[id], language) })),
    /** A label the domain's data carries (a reason, a notice, a channel) in this language. */
    text: (l: Label) => pickLabel(l, language),
    categoryOptions: (): Option[] => CATEGORY_IDS.map((id) => ({ value: id, label: pickLabel(CATEGORIES[id], language) })),
  };
}

export type CatalogLabels = ReturnType<typeof catalogLabels>;

/** The catalogue labels in the active UI language, over the loaded kinds; re-renders on a language switch. */
export function useCatalogLabels(): CatalogLabels {
  const { i18n } = useTranslation();
  const kinds = useKinds();
  const language = i18n.language;
  return useMemo(() => catalogLabels(kinds, language), [kinds, language]);
}

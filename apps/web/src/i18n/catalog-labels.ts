import { CATEGORIES, CATEGORY_IDS, CHANNELS, CHANNEL_IDS, type Label } from '@parkflow/domain';
import { bundledKinds } from '../kinds/bundled-kinds';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { pickLabel } from './language';

export interface Option {
  value: string;
  label: string;
}

function lookup(table: Readonly<Record<string, Label>>, id: string): Label | undefined {
  return Object.hasOwn(table, id) ? table[id] : undefined;
}

/** Labels of the domain's catalogue (kinds, channels, categories) in a language; unknown ids show as themselves. */
export function catalogLabels(language: string) {
  const label = (found: Label | undefined, id: string) => (found ? pickLabel(found, language) : id);
  return {
    kind: (id: string) => label(bundledKinds.get(id)?.label, id),
    channel: (id: string) => label(lookup(CHANNELS, id), id),
    category: (id: string) => label(lookup(CATEGORIES, id), id),
    kindOptions: (): Option[] => bundledKinds.ids.map((id) => ({ value: id, label: label(bundledKinds.get(id)?.label, id) })),
    channelOptions: (): Option[] => CHANNEL_IDS.map((id) => ({ value: id, label: pickLabel(CHANNELS[id], language) })),
    categoryOptions: (): Option[] => CATEGORY_IDS.map((id) => ({ value: id, label: pickLabel(CATEGORIES[id], language) })),
  };
}

export type CatalogLabels = ReturnType<typeof catalogLabels>;

/** The catalogue labels in the active UI language; re-renders on a language switch. */
export function useCatalogLabels(): CatalogLabels {
  const { i18n } = useTranslation();
  const language = i18n.language;
  return useMemo(() => catalogLabels(language), [language]);
}

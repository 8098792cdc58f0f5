import { isProjectPhase, isProjectType, PROJECT_PHASE_LABELS, PROJECT_PHASES, PROJECT_TYPE_IDS, PROJECT_TYPES, RAG_LABELS, type Label, type Rag } from '@parkflow/domain';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { pickLabel } from '../i18n/language';

/** The domain's project labels (types, phases, red/amber/green) in a language; an unknown id shows as itself. */
export function projectLabels(language: string) {
  const text = (label: Label) => pickLabel(label, language);
  return {
    text,
    type: (id: string) => (isProjectType(id) ? text(PROJECT_TYPES[id]) : id),
    phase: (id: string) => (isProjectPhase(id) ? text(PROJECT_PHASE_LABELS[id]) : id),
    rag: (status: Rag) => text(RAG_LABELS[status]),
    typeOptions: () => PROJECT_TYPE_IDS.map((id) => ({ value: id, label: text(PROJECT_TYPES[id]) })),
    phaseOptions: () => PROJECT_PHASES.map((id) => ({ value: id, label: text(PROJECT_PHASE_LABELS[id]) })),
  };
}

export type ProjectLabels = ReturnType<typeof projectLabels>;

export function useProjectLabels(): ProjectLabels {
  const { i18n } = useTranslation();
  return useMemo(() => projectLabels(i18n.language), [i18n.language]);
}

import type { SlaState } from '@parkflow/domain';
import { useTranslation } from 'react-i18next';
import { LightTag, type TagColor } from '../shared/light/light-tag.component';

/** Green on time, amber warning, red overdue, magenta under supervision (督办). */
export const SLA_COLORS: Record<SlaState, TagColor> = {
  normal: 'green',
  warning: 'gold',
  overdue: 'red',
  supervised: 'magenta',
};

export function SlaTag({ sla }: { sla: SlaState }) {
  const { t } = useTranslation();
  return <LightTag color={SLA_COLORS[sla]}>{t(`sla.${sla}`)}</LightTag>;
}

import type { SlaState } from '@parkflow/domain';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

/** Green on time, amber warning, red overdue, magenta under supervision (督办). */
export const SLA_COLORS: Record<SlaState, string> = {
  normal: 'green',
  warning: 'gold',
  overdue: 'red',
  supervised: 'magenta',
};

export function SlaTag({ sla }: { sla: SlaState }) {
  const { t } = useTranslation();
  return (
    <Tag color={SLA_COLORS[sla]} style={{ marginInlineEnd: 0 }}>
      {t(`sla.${sla}`)}
    </Tag>
  );
}

import type { WorkItem } from '@parkflow/contracts';
import type { WorkCalendar } from '@parkflow/domain';
import { Descriptions, Typography, type DescriptionsProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { DeadlineCountdown } from '../calendar/deadline-countdown.component';
import { useCatalogLabels } from '../i18n/catalog-labels';
import { formatShanghai } from '../shared/shanghai-time.format';
import { PetitionerDisplay } from './petitioner-display.component';
import { SlaTag } from './sla-tag.component';

export interface WorkItemFieldsProps {
  item: WorkItem;
  userName: (id: string) => string | null;
  calendar: WorkCalendar;
  now: Date;
}

/** Every field of the item, names resolved, times in Beijing time. */
export function WorkItemFields({ item, userName, calendar, now }: WorkItemFieldsProps) {
  const { t } = useTranslation();
  const labels = useCatalogLabels();
  const empty = t('app.empty');
  const time = (iso: string | null) => formatShanghai(iso) ?? empty;
  const person = (id: string | null) => (id ? (userName(id) ?? id) : empty);
  const pending = item.pendingExtension;

  const fields: DescriptionsProps['items'] = [
    { key: 'code', label: t('detail.code'), children: item.code },
    { key: 'kind', label: t('detail.kind'), children: labels.kind(item.kind) },
    { key: 'stage', label: t('detail.stage'), children: t(`stage.${item.stage}`) },
    { key: 'status', label: t('detail.status'), children: labels.status(item.kind, item.status) },
    { key: 'sla', label: t('detail.sla'), children: <SlaTag sla={item.sla} /> },
    { key: 'countdown', label: t('detail.countdown'), children: <DeadlineCountdown item={item} calendar={calendar} now={now} withDue /> },
    { key: 'department', label: t('detail.department'), children: item.departmentName ?? empty },
    { key: 'handler', label: t('detail.handler'), children: person(item.handlerId) },
    { key: 'ownerLeader', label: t('detail.ownerLeader'), children: person(item.ownerLeaderId) },
    { key: 'channel', label: t('detail.channel'), children: labels.channel(item.channel) },
    { key: 'category', label: t('detail.category'), children: labels.category(item.category) },
    { key: 'urgency', label: t('detail.urgency'), children: t(`urgency.${item.urgency}`) },
    ...(item.enterpriseId || item.enterpriseName ? [{ key: 'enterprise', label: t('detail.enterprise'), children: item.enterpriseName ?? item.enterpriseId }] : []),
    ...(item.petitioner ? [{ key: 'petitioner', label: t('detail.petitioner'), children: <PetitionerDisplay petitioner={item.petitioner} /> }] : []),
    { key: 'createdAt', label: t('detail.createdAt'), children: time(item.createdAt) },
    { key: 'updatedAt', label: t('detail.updatedAt'), children: time(item.updatedAt) },
    ...(item.closedAt ? [{ key: 'closedAt', label: t('detail.closedAt'), children: time(item.closedAt) }] : []),
    ...(item.supervisedAt ? [{ key: 'supervisedAt', label: t('detail.supervisedAt'), children: time(item.supervisedAt) }] : []),
    { key: 'satisfaction', label: t('detail.satisfaction'), children: item.satisfaction ? t(`satisfaction.${item.satisfaction}`) : empty },
    { key: 'reopenCount', label: t('detail.reopenCount'), children: item.reopenCount },
    { key: 'extensionDaysUsed', label: t('detail.extensionDaysUsed'), children: item.extensionDaysUsed },
    ...(pending
      ? [
          {
            key: 'pendingExtension',
            label: t('detail.pendingExtension'),
            children: t('detail.pendingExtensionText', { days: pending.days, reason: pending.reason, at: time(pending.requestedAt) }),
          },
        ]
      : []),
    ...(item.feedbackTimedOut ? [{ key: 'feedbackTimedOut', label: t('detail.feedbackTimedOut'), children: t('detail.yes') }] : []),
    { key: 'version', label: t('detail.version'), children: item.version },
    {
      key: 'description',
      label: t('detail.description'),
      span: 'filled',
      children: <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{item.description}</Typography.Paragraph>,
    },
  ];
  return <Descriptions size="small" bordered column={{ xs: 1, sm: 1, md: 2, lg: 3 }} items={fields} />;
}

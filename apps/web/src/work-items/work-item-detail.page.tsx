import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Flex, Result, Skeleton, Space, Tag, Typography, type DescriptionsProps } from 'antd';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { isApiError } from '../api/api-client';
import { useDepartments } from '../api/reference-data.queries';
import { useWorkItemDetail } from '../api/work-items.queries';
import { ROUTES } from '../app/route-paths';
import { useCatalogLabels } from '../i18n/catalog-labels';
import { formatShanghai } from '../shared/shanghai-time.format';
import { SlaTag } from './sla-tag.component';
import { WorkItemDeadlines } from './work-item-deadlines.component';
import { WorkItemTimeline } from './work-item-timeline.component';
import { useDocumentTitle } from '../shared/document-title.hook';

function Section({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id}>
      <Card
        title={
          <Typography.Title id={id} level={2} style={{ fontSize: 16, margin: 0 }}>
            {title}
          </Typography.Title>
        }
      >
        {children}
      </Card>
    </section>
  );
}

/** One work item: its fields, its stage deadlines and its timeline. */
export function WorkItemDetailPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const labels = useCatalogLabels();
  const { detail, polling } = useWorkItemDetail(id);
  const departments = useDepartments();
  const item = detail.data?.item;
  useDocumentTitle(item ? `${item.code} ${item.title}` : t('detail.title'));

  const departmentName = useCallback(
    (departmentId: string) =>
      departments.data?.find((d) => d.id === departmentId)?.name ?? (departmentId === item?.departmentId ? item.departmentName : null),
    [departments.data, item?.departmentId, item?.departmentName],
  );

  const back = (
    <Link to={ROUTES.queue}>
      <ArrowLeftOutlined aria-hidden /> {t('detail.back')}
    </Link>
  );

  if (detail.isPending) return <Skeleton active paragraph={{ rows: 8 }} />;
  if (detail.data === undefined) {
    const status = isApiError(detail.error, 404) ? '404' : isApiError(detail.error, 403) ? '403' : 'error';
    return (
      <Result
        status={status}
        title={status === 'error' ? t('app.loadFailed') : status}
        subTitle={detail.error.message}
        extra={
          <Space>
            {back}
            <Button onClick={() => void detail.refetch()}>{t('app.retry')}</Button>
          </Space>
        }
      />
    );
  }

  const { item: current, events } = detail.data;
  const empty = t('app.empty');
  const petitioner = current.petitioner
    ? [current.petitioner.name, current.petitioner.phone, current.petitioner.idNumber].filter(Boolean).join(' · ')
    : null;
  const fields: DescriptionsProps['items'] = [
    { key: 'code', label: t('detail.code'), children: current.code },
    { key: 'kind', label: t('detail.kind'), children: labels.kind(current.kind) },
    { key: 'stage', label: t('detail.stage'), children: t(`stage.${current.stage}`) },
    { key: 'status', label: t('detail.status'), children: t(`status.${current.status}`) },
    { key: 'sla', label: t('detail.sla'), children: <SlaTag sla={current.sla} /> },
    { key: 'department', label: t('detail.department'), children: current.departmentName ?? empty },
    { key: 'channel', label: t('detail.channel'), children: labels.channel(current.channel) },
    { key: 'category', label: t('detail.category'), children: labels.category(current.category) },
    { key: 'urgency', label: t('detail.urgency'), children: t(`urgency.${current.urgency}`) },
    ...(current.enterpriseId || current.enterpriseName
      ? [{ key: 'enterprise', label: t('detail.enterprise'), children: current.enterpriseName ?? current.enterpriseId }]
      : []),
    ...(petitioner ? [{ key: 'petitioner', label: t('detail.petitioner'), children: petitioner }] : []),
    { key: 'createdAt', label: t('detail.createdAt'), children: formatShanghai(current.createdAt) ?? empty },
    { key: 'updatedAt', label: t('detail.updatedAt'), children: formatShanghai(current.updatedAt) ?? empty },
    {
      key: 'description',
      label: t('detail.description'),
      span: 'filled',
      children: <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{current.description}</Typography.Paragraph>,
    },
  ];

  return (
    <Flex vertical gap={16}>
      {back}
      <Flex wrap align="center" gap={8}>
        <Typography.Title level={1} style={{ fontSize: 22, margin: 0 }}>
          {current.title}
        </Typography.Title>
        <Tag>{current.code}</Tag>
        <Tag color="blue">{t(`status.${current.status}`)}</Tag>
        <SlaTag sla={current.sla} />
      </Flex>
      {detail.error && <Alert type="warning" showIcon title={t('app.loadFailed')} description={detail.error.message} />}
      <Section id="detail-basics" title={t('detail.basics')}>
        <Descriptions size="small" bordered column={{ xs: 1, sm: 1, md: 2, lg: 3 }} items={fields} />
      </Section>
      <Section id="detail-deadlines" title={t('detail.deadlines')}>
        <WorkItemDeadlines deadlines={current.deadlines} />
        <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
          {t('detail.timezoneNote')}
        </Typography.Paragraph>
      </Section>
      <Section id="detail-timeline" title={t('detail.timeline')}>
        <div aria-live="polite">
          <WorkItemTimeline events={events} departmentName={departmentName} waiting={polling} />
        </div>
      </Section>
    </Flex>
  );
}

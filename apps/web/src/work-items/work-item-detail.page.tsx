import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Result, Skeleton, Space, Tag, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { isApiError } from '../api/api-client';
import { useNameLookup } from '../api/reference-data.queries';
import { useWorkItemDetail } from '../api/work-items.queries';
import { ROUTES } from '../app/route-paths';
import { useCurrentUser } from '../app/require-auth.guard';
import { useCatalogLabels } from '../i18n/catalog-labels';
import { useNow, useWorkCalendar } from '../calendar/work-calendar.hook';
import { useDocumentTitle } from '../shared/document-title.hook';
import { WorkItemActionsPanel } from './actions/work-item-actions.panel';
import { SlaTag } from './sla-tag.component';
import { WorkItemDeadlines } from './work-item-deadlines.component';
import { WorkItemFields } from './work-item-fields.component';
import { WorkItemTimeline } from './work-item-timeline.component';
import { hasRepeatLinks, WorkItemRepeatsSection } from './work-item-repeats.section';
import { WorkItemStatuteSection } from './work-item-statute.section';
import { useKinds } from '../kinds/kinds.context';

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
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

/** One work item: the actions allowed now, every field, its stage deadlines and its timeline. */
export function WorkItemDetailPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const kinds = useKinds();
  const user = useCurrentUser();
  const { detail, polling } = useWorkItemDetail(id);
  const names = useNameLookup();
  const labels = useCatalogLabels();
  const calendar = useWorkCalendar();
  const now = useNow();
  const [conflict, setConflict] = useState(false);
  const item = detail.data?.item;
  useDocumentTitle(item ? `${item.code} ${item.title}` : t('detail.title'));

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

  const { item: current, events, allowedActions } = detail.data;
  const department = (departmentId: string) => names.department(departmentId) ?? (departmentId === current.departmentId ? current.departmentName : null);

  return (
    <Flex vertical gap={16}>
      {back}
      <Flex wrap align="center" gap={8}>
        <Typography.Title level={1} style={{ fontSize: 22, margin: 0, overflowWrap: 'anywhere' }}>
          {current.title}
        </Typography.Title>
        <Tag>{current.code}</Tag>
        <Tag color="blue">{labels.status(current.kind, current.status)}</Tag>
        <SlaTag sla={current.sla} />
      </Flex>
      {conflict && (
        <Alert type="warning" showIcon role="alert" title={t('detail.conflict')} closable={{ onClose: () => setConflict(false) }} />
      )}
      {detail.error && <Alert type="warning" showIcon title={t('app.loadFailed')} description={detail.error.message} />}
      <Section id="detail-actions" title={t('detail.actions')}>
        <WorkItemActionsPanel
          item={current}
          allowedActions={allowedActions}
          onConflict={() => {
            setConflict(true);
            void detail.refetch();
          }}
        />
      </Section>
      <Section id="detail-basics" title={t('detail.basics')}>
        <WorkItemFields item={current} userName={names.user} calendar={calendar} now={now} />
      </Section>
      <Section id="detail-deadlines" title={t('detail.deadlines')}>
        <WorkItemDeadlines item={current} calendar={calendar} now={now} />
        <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
          {t('detail.timezoneNote')}
        </Typography.Paragraph>
      </Section>
      {(current.statutoryClock || current.acceptance || detail.data.notices.length > 0 || detail.data.reviewChain.length > 0) && (
        <Section id="detail-statute" title={t('statute.title')}>
          <WorkItemStatuteSection detail={detail.data} kind={kinds.get(current.kind)} kinds={kinds.list()} roles={user.roles} calendar={calendar} now={now} />
        </Section>
      )}
      {hasRepeatLinks(detail.data.repeats) && (
        <Section id="detail-repeats" title={t('detail.repeats')}>
          <WorkItemRepeatsSection repeats={detail.data.repeats} />
        </Section>
      )}
      <Section id="detail-timeline" title={t('detail.timeline')}>
        <div aria-live="polite">
          <WorkItemTimeline events={events} resolve={{ department, user: names.user }} waiting={polling} kind={kinds.get(current.kind)} />
        </div>
      </Section>
    </Flex>
  );
}

import { Empty, Flex, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUsers } from '../api/reference-data.queries';
import { useWorkItemList } from '../api/work-items.queries';
import { useNow, useWorkCalendar } from '../calendar/work-calendar.hook';
import { useDocumentTitle } from '../shared/document-title.hook';
import { DEFAULT_QUEUE_QUERY, type QueueQueryState } from '../work-items/queue-query.state';
import { QueueTable } from '../work-items/queue-table.component';
import { ApprovalCard } from './approval-card.component';
import { LoadFailedAlert } from '../shared/load-failed.alert';

const WAITING: QueueQueryState = { ...DEFAULT_QUEUE_QUERY, view: 'approvals', sort: 'due_at.asc', pageSize: 50 };
/** 包案: every item I can see, newest first; the ones I own are picked out here (the API has no owner filter yet). */
const OWNED: QueueQueryState = { ...DEFAULT_QUEUE_QUERY, view: 'owned', sort: 'created_at.desc', pageSize: 10 };

/** 领导审批: closures and extensions waiting for me, and the cases I own with where they stand. */
export function ApprovalsPage() {
  const { t } = useTranslation();
  const waiting = useWorkItemList(WAITING);
  const users = useUsers();
  const calendar = useWorkCalendar();
  const now = useNow();
  const [ownedPage, setOwnedPage] = useState({ page: 1, pageSize: 10 });
  const owned = useWorkItemList({ ...OWNED, ...ownedPage });
  useDocumentTitle(t('approvals.title'));

  const userName = useMemo(() => {
    const names = new Map((users.data ?? []).map((u) => [u.id, u.displayName]));
    return (id: string) => names.get(id) ?? null;
  }, [users.data]);

  return (
    <Flex vertical gap={16}>
      <Typography.Title level={1} style={{ fontSize: 22, margin: 0 }}>
        {t('approvals.title')}
      </Typography.Title>
      <section aria-labelledby="approvals-waiting">
        <Typography.Title id="approvals-waiting" level={2} style={{ fontSize: 18 }}>
          {t('approvals.waiting')} {waiting.data ? `(${waiting.data.total})` : ''}
        </Typography.Title>
        {waiting.isError && (
          <LoadFailedAlert error={waiting.error} onRetry={() => void waiting.refetch()} />
        )}
        {waiting.data?.items.length === 0 ? (
          <Empty description={t('approvals.empty')} />
        ) : (
          <ul aria-label={t('approvals.waiting')} style={{ listStyle: 'none', padding: 0, margin: 0, display: 'grid', gap: 12, gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 380px), 1fr))' }}>
            {(waiting.data?.items ?? []).map((item) => (
              <li key={item.id}>
                <ApprovalCard item={item} calendar={calendar} now={now} userName={userName} />
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="approvals-owned">
        <Typography.Title id="approvals-owned" level={2} style={{ fontSize: 18, marginBottom: 4 }}>
          {t('approvals.owned')}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{t('approvals.ownedHint')}</Typography.Paragraph>
        <QueueTable
          label={t('approvals.owned')}
          items={owned.data?.items ?? []}
          total={owned.data?.total ?? 0}
          loading={owned.isFetching}
          query={{ ...OWNED, ...ownedPage }}
          onChange={(change) => setOwnedPage((current) => ({ page: change.page ?? current.page, pageSize: change.pageSize ?? current.pageSize }))}
        />
      </section>
    </Flex>
  );
}

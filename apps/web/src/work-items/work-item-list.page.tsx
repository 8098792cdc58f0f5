import { PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { useWorkItemList } from '../api/work-items.queries';
import { registrableKinds } from '../app/nav-items';
import { useCurrentUser } from '../app/require-auth.guard';
import { ROUTES } from '../app/route-paths';
import { useKinds } from '../kinds/kinds.context';
import { useDocumentTitle } from '../shared/document-title.hook';
import { LedgerExportButton } from './ledger-export.button';
import { QueueFilters } from './queue-filters.component';
import { clearFilters, DEFAULT_QUEUE_QUERY, parseQueueQuery, toQueueSearchParams, updateQueueQuery, type QueueQueryState, type QueueView } from './queue-query.state';
import { QueueTable } from './queue-table.component';
import { StatDrillDownTag } from './stat-drill-down.tag';
import { LoadFailedAlert } from '../shared/load-failed.alert';

/** The views a user's queue page offers: the department's for its heads and leaders. */
export function queueViewsFor(roles: readonly string[]): QueueView[] {
  const views: QueueView[] = ['mine'];
  if (roles.includes('department_head') || roles.includes('leader')) views.push('department');
  views.push('all');
  return views;
}

/** 我的待办 / 部门事项 / 全部: the queue, with its view, filters, sort and page in the URL. */
export function WorkItemListPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const navigate = useNavigate();
  const [searchParams, setSearchParams] = useSearchParams();
  const kinds = useKinds();
  const views = queueViewsFor(user.roles);
  const parsed = parseQueueQuery(searchParams, kinds);
  const query: QueueQueryState = views.includes(parsed.view) ? parsed : { ...parsed, view: 'mine' };
  const list = useWorkItemList(query);
  const title = t(`queue.view.${query.view}`);
  useDocumentTitle(title);

  const set = (next: QueueQueryState) => setSearchParams(toQueueSearchParams(next, searchParams));
  const change = (delta: Partial<QueueQueryState>) => set(updateQueueQuery(query, delta));

  return (
    <Flex vertical gap={12}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={1} style={{ fontSize: 22, margin: 0 }}>
          {title}
        </Typography.Title>
        <Flex gap={8} align="start" wrap>
          <LedgerExportButton query={query} />
          {registrableKinds(kinds, user.roles).length > 0 && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => void navigate(ROUTES.register)}>
              {t('nav.register')}
            </Button>
          )}
        </Flex>
      </Flex>
      <Tabs
        aria-label={t('queue.views')}
        activeKey={query.view}
        onChange={(view) => change({ view: view as QueueView })}
        items={views.map((view) => ({ key: view, label: t(`queue.view.${view}`) }))}
        style={{ marginBottom: -8 }}
      />
      {query.drill && <StatDrillDownTag drill={query.drill} onClose={() => change({ drill: undefined })} />}
      <QueueFilters query={query} base={DEFAULT_QUEUE_QUERY} onChange={change} onClear={() => set(clearFilters(query))} />
      {list.isError && <LoadFailedAlert error={list.error} onRetry={() => void list.refetch()} />}
      <QueueTable
        label={title}
        items={list.data?.items ?? []}
        total={list.data?.total ?? 0}
        loading={list.isFetching}
        query={query}
        onChange={change}
      />
    </Flex>
  );
}

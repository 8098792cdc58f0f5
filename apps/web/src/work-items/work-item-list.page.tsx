import { PlusOutlined } from '@ant-design/icons';
import type { WorkItem } from '@parkflow/contracts';
import { Alert, Button, Flex, Table, Tabs, Typography, type TableColumnsType } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useWorkItemList } from '../api/work-items.queries';
import { ROUTES } from '../app/route-paths';
import { useCatalogLabels } from '../i18n/catalog-labels';
import { formatCurrentDeadline } from '../shared/shanghai-time.format';
import { PAGE_SIZES, parseQueueQuery, QUEUE_VIEWS, toQueueSearchParams, updateQueueQuery, type QueueQueryState, type QueueView } from './queue-query.state';
import { SlaTag } from './sla-tag.component';
import { useDocumentTitle } from '../shared/document-title.hook';

/** 我的待办 / 全部: the work-item queue, its view and page kept in the URL. */
export function WorkItemListPage() {
  const { t } = useTranslation();
  const labels = useCatalogLabels();
  const navigate = useNavigate();
  const [searchParams, setSearchParams] = useSearchParams();
  const query = parseQueueQuery(searchParams);
  const list = useWorkItemList(query);
  useDocumentTitle(t(`queue.view.${query.view}`));

  const change = (delta: Partial<QueueQueryState>) => setSearchParams(toQueueSearchParams(updateQueueQuery(query, delta), searchParams));

  const columns = useMemo<TableColumnsType<WorkItem>>(
    () => [
      {
        title: t('queue.code'),
        dataIndex: 'code',
        width: 170,
        fixed: 'left',
        render: (code: string, item) => (
          <Link to={ROUTES.detail(item.id)} onClick={(event) => event.stopPropagation()}>
            {code}
          </Link>
        ),
      },
      { title: t('queue.kind'), dataIndex: 'kind', width: 110, render: (kind: string) => labels.kind(kind) },
      { title: t('queue.itemTitle'), dataIndex: 'title', ellipsis: true },
      { title: t('queue.stage'), dataIndex: 'stage', width: 90, render: (stage: WorkItem['stage']) => t(`stage.${stage}`) },
      { title: t('queue.status'), dataIndex: 'status', width: 130, render: (status: WorkItem['status']) => t(`status.${status}`) },
      {
        title: t('queue.department'),
        dataIndex: 'departmentName',
        width: 160,
        ellipsis: true,
        render: (name: string | null) => name ?? t('app.empty'),
      },
      {
        title: t('queue.deadline'),
        key: 'deadline',
        width: 160,
        render: (_: unknown, item) => formatCurrentDeadline(item.deadlines) ?? t('app.empty'),
      },
      { title: t('queue.sla'), dataIndex: 'sla', width: 90, render: (sla: WorkItem['sla']) => <SlaTag sla={sla} /> },
    ],
    [t, labels],
  );

  return (
    <Flex vertical gap={12}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={1} style={{ fontSize: 22, margin: 0 }}>
          {t('queue.title')}
        </Typography.Title>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => void navigate(ROUTES.register)}>
          {t('nav.register')}
        </Button>
      </Flex>
      <Tabs
        aria-label={t('queue.views')}
        activeKey={query.view}
        onChange={(view) => change({ view: view as QueueView })}
        items={QUEUE_VIEWS.map((view) => ({ key: view, label: t(`queue.view.${view}`) }))}
      />
      {list.isError && (
        <Alert
          type="error"
          showIcon
          title={t('app.loadFailed')}
          description={list.error.message}
          action={<Button onClick={() => void list.refetch()}>{t('app.retry')}</Button>}
        />
      )}
      <Table<WorkItem>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={list.data?.items ?? []}
        loading={list.isFetching}
        scroll={{ x: 1080 }}
        locale={{ emptyText: t('queue.empty') }}
        onRow={(item) => ({ onClick: () => void navigate(ROUTES.detail(item.id)), style: { cursor: 'pointer' } })}
        pagination={{
          current: query.page,
          pageSize: query.pageSize,
          total: list.data?.total ?? 0,
          pageSizeOptions: PAGE_SIZES.map(String),
          showSizeChanger: true,
          showTotal: (total) => t('queue.total', { count: total }),
          onChange: (page, pageSize) => change({ page, pageSize }),
        }}
      />
    </Flex>
  );
}

import type { WorkItem } from '@parkflow/contracts';
import { Card, Flex, Grid, Pagination, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ROUTES } from '../app/route-paths';
import { DeadlineCountdown } from '../calendar/deadline-countdown.component';
import { useNow, useWorkCalendar } from '../calendar/work-calendar.hook';
import { useCatalogLabels } from '../i18n/catalog-labels';
import { PAGE_SIZES, type QueueQueryState } from './queue-query.state';
import { SlaTag } from './sla-tag.component';

export interface QueueTableProps {
  items: readonly WorkItem[];
  total: number;
  loading: boolean;
  query: QueueQueryState;
  onChange: (change: Partial<QueueQueryState>) => void;
  /** Accessible name of the list, e.g. the view or bucket it shows. */
  label: string;
}

/** The queue: a table at desk width, cards on a phone; paging and the deadline sort drive the URL. */
export function QueueTable({ items, total, loading, query, onChange, label }: QueueTableProps) {
  const { t } = useTranslation();
  const labels = useCatalogLabels();
  const navigate = useNavigate();
  const calendar = useWorkCalendar();
  const now = useNow();
  const screens = Grid.useBreakpoint();
  const wide = screens.md !== false;
  const empty = t('app.empty');

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
      { title: t('queue.kind'), dataIndex: 'kind', width: 100, render: (kind: string) => labels.kind(kind) },
      { title: t('queue.itemTitle'), dataIndex: 'title', ellipsis: true },
      { title: t('queue.enterprise'), dataIndex: 'enterpriseName', width: 170, ellipsis: true, render: (name: string | null) => name ?? empty },
      { title: t('queue.stage'), dataIndex: 'stage', width: 80, render: (stage: WorkItem['stage']) => t(`stage.${stage}`) },
      { title: t('queue.status'), dataIndex: 'status', width: 120, render: (status: WorkItem['status'], item) => labels.status(item.kind, status) },
      { title: t('queue.department'), dataIndex: 'departmentName', width: 150, ellipsis: true, render: (name: string | null) => name ?? empty },
      {
        title: t('queue.deadline'),
        key: 'deadline',
        width: 190,
        sorter: true,
        sortOrder: query.sort.startsWith('due_at') ? (query.sort.endsWith('asc') ? 'ascend' : 'descend') : null,
        sortDirections: ['ascend', 'descend', 'ascend'],
        render: (_: unknown, item) => <DeadlineCountdown item={item} calendar={calendar} now={now} />,
      },
      { title: t('queue.sla'), dataIndex: 'sla', width: 80, render: (sla: WorkItem['sla']) => <SlaTag sla={sla} /> },
    ],
    [t, labels, empty, calendar, now, query.sort],
  );

  const pagination = {
    current: query.page,
    pageSize: query.pageSize,
    total,
    pageSizeOptions: PAGE_SIZES.map(String),
    showSizeChanger: true,
    showTotal: (count: number) => t('queue.total', { count }),
    onChange: (page: number, pageSize: number) => onChange({ page, pageSize }),
  };

  if (!wide) {
    return (
      <Flex vertical gap={8}>
        <ul aria-label={label} aria-busy={loading} style={{ listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: 8 }}>
          {items.length === 0 && !loading && <Typography.Text type="secondary">{t('queue.empty')}</Typography.Text>}
          {items.map((item) => (
            <li key={item.id}>
              <Card size="small">
                <Flex vertical gap={4}>
                  <Flex justify="space-between" align="center" gap={8} wrap>
                    <Typography.Text type="secondary">{item.code}</Typography.Text>
                    <SlaTag sla={item.sla} />
                  </Flex>
                  <Link to={ROUTES.detail(item.id)} style={{ fontWeight: 600, overflowWrap: 'anywhere' }}>
                    {item.title}
                  </Link>
                  <Flex gap={4} wrap>
                    <Tag>{labels.kind(item.kind)}</Tag>
                    <Tag>{labels.status(item.kind, item.status)}</Tag>
                    {item.enterpriseName && <Tag style={{ maxWidth: '100%', overflow: 'hidden', textOverflow: 'ellipsis' }}>{item.enterpriseName}</Tag>}
                  </Flex>
                  <DeadlineCountdown item={item} calendar={calendar} now={now} />
                </Flex>
              </Card>
            </li>
          ))}
        </ul>
        <Pagination {...pagination} simple size="small" align="center" showSizeChanger={false} />
      </Flex>
    );
  }

  return (
    <section aria-label={label} aria-busy={loading}>
      <Table<WorkItem>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={items as WorkItem[]}
        loading={loading}
        scroll={{ x: 1200 }}
        locale={{ emptyText: t('queue.empty') }}
        onRow={(item) => ({ onClick: () => void navigate(ROUTES.detail(item.id)), style: { cursor: 'pointer' } })}
        onChange={(_pagination, _filters, sorter, extra) => {
          // Paging has its own handler; only a click on the deadline header sorts.
          if (extra.action !== 'sort' || Array.isArray(sorter) || sorter.columnKey !== 'deadline') return;
          onChange({ sort: sorter.order === 'descend' ? 'due_at.desc' : 'due_at.asc' });
        }}
        pagination={pagination}
      />
    </section>
  );
}

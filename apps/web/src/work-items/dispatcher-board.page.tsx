import { Badge, Flex, Segmented, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useBucketCounts, useWorkItemList } from '../api/work-items.queries';
import { useKinds } from '../kinds/kinds.context';
import { useDocumentTitle } from '../shared/document-title.hook';
import { QueueFilters } from './queue-filters.component';
import {
  clearFilters,
  DEFAULT_QUEUE_QUERY,
  parseQueueQuery,
  QUEUE_BUCKETS,
  toQueueSearchParams,
  updateQueueQuery,
  type QueueBucket,
  type QueueQueryState,
} from './queue-query.state';
import { QueueTable } from './queue-table.component';
import { LoadFailedAlert } from '../shared/load-failed.alert';

/** The board's own defaults: everything visible, the unassigned bucket, oldest deadline first. */
export const BOARD_QUERY: QueueQueryState = { ...DEFAULT_QUEUE_QUERY, view: 'all', bucket: 'unassigned' };

/** 指挥调度: the dispatcher's buckets — unassigned, returned, overdue, supervised, 问题不过夜 — each with its count. */
export function DispatcherBoardPage() {
  const { t } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const kinds = useKinds();
  const query = { ...parseQueueQuery(searchParams, kinds, BOARD_QUERY), view: 'all' as const };
  const bucket = query.bucket ?? 'unassigned';
  const list = useWorkItemList(query);
  const counts = useBucketCounts(QUEUE_BUCKETS);
  useDocumentTitle(t('board.title'));

  const set = (next: QueueQueryState) => setSearchParams(toQueueSearchParams(next, searchParams, BOARD_QUERY));
  const change = (delta: Partial<QueueQueryState>) => set(updateQueueQuery(query, delta));

  return (
    <Flex vertical gap={12}>
      <Typography.Title level={1} style={{ fontSize: 22, margin: 0 }}>
        {t('board.title')}
      </Typography.Title>
      <div style={{ overflowX: 'auto', maxWidth: '100%' }}>
        <Segmented<QueueBucket>
          aria-label={t('board.buckets')}
          value={bucket}
          onChange={(value) => change({ bucket: value })}
          options={QUEUE_BUCKETS.map((key, index) => {
            const count = counts[index]?.data;
            return {
              value: key,
              label: (
                <Flex align="center" gap={6} style={{ padding: '2px 4px' }}>
                  <span>{t(`board.bucket.${key}`)}</span>
                  {count !== undefined && (
                    <Badge count={count} showZero overflowCount={999} color={key === 'overdue' && count > 0 ? 'red' : key === 'today_unsigned' && count > 0 ? 'orange' : 'blue'} />
                  )}
                </Flex>
              ),
            };
          })}
        />
      </div>
      <Typography.Text type="secondary">{t(`board.hint.${bucket}`)}</Typography.Text>
      <QueueFilters query={query} base={BOARD_QUERY} onChange={change} onClear={() => set(clearFilters(query))} />
      {list.isError && <LoadFailedAlert error={list.error} onRetry={() => void list.refetch()} />}
      <QueueTable
        label={t(`board.bucket.${bucket}`)}
        items={list.data?.items ?? []}
        total={list.data?.total ?? 0}
        loading={list.isFetching}
        query={query}
        onChange={change}
      />
    </Flex>
  );
}

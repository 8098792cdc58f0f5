import type { CloseOutEntryView, CloseOutSummary } from '@parkflow/contracts';
import { Alert, Empty, Flex, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { isApiError } from '../api/api-client';
import { useCloseOut, useCloseOuts } from '../api/close-outs.queries';
import { useNameLookup } from '../api/reference-data.queries';
import { ROUTES } from '../app/route-paths';
import { useCatalogLabels } from '../i18n/catalog-labels';
import { useDocumentTitle } from '../shared/document-title.hook';
import { LoadFailedAlert } from '../shared/load-failed.alert';
import { formatShanghai } from '../shared/shanghai-time.format';

/**
 * 每日清零台账: the days whose close-out ran (`/close-outs`), and one day's list (`/close-outs/:day`)
 * as it stood when it ran, each item linking to its detail. The API decides who reads it.
 */
export function CloseOutLedgerPage() {
  const { t } = useTranslation();
  const { day } = useParams();
  useDocumentTitle(day ? t('closeOut.dayTitle', { day }) : t('closeOut.title'));
  return (
    <Flex vertical gap={16}>
      <Typography.Title level={1} style={{ fontSize: 22, margin: 0 }}>
        {t('closeOut.title')}
      </Typography.Title>
      {day ? <CloseOutDay day={day} /> : <CloseOutDays />}
    </Flex>
  );
}

function CloseOutDays() {
  const { t } = useTranslation();
  const [paging, setPaging] = useState({ page: 1, pageSize: 30 });
  const days = useCloseOuts(paging.page, paging.pageSize);
  const next = days.data?.next;
  const columns = useMemo<TableColumnsType<CloseOutSummary>>(
    () => [
      { title: t('closeOut.day'), dataIndex: 'day', render: (day: string) => <Link to={ROUTES.closeOut(day)}>{day}</Link> },
      { title: t('closeOut.ranAt'), dataIndex: 'ranAt', render: (at: string) => formatShanghai(at, 'YYYY-MM-DD HH:mm:ss') },
      { title: t('closeOut.unsigned'), dataIndex: 'unsigned', align: 'end', render: (n: number) => (n > 0 ? <Tag color="orange">{n}</Tag> : n) },
      { title: t('closeOut.overdue'), dataIndex: 'overdue', align: 'end', render: (n: number) => (n > 0 ? <Tag color="red">{n}</Tag> : n) },
      { title: t('closeOut.runs'), dataIndex: 'runs', align: 'end' },
    ],
    [t],
  );
  return (
    <>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {t('closeOut.intro')}
      </Typography.Paragraph>
      {next && <Typography.Text>{t('closeOut.next', { day: next.day, time: formatShanghai(next.at, 'HH:mm') })}</Typography.Text>}
      {days.isError && <LoadFailedAlert error={days.error} onRetry={() => void days.refetch()} />}
      <section aria-labelledby="close-out-days">
        <Typography.Title id="close-out-days" level={2} style={{ fontSize: 18 }}>
          {t('closeOut.days')}
        </Typography.Title>
        <Table<CloseOutSummary>
          rowKey="day"
          size="middle"
          columns={columns}
          dataSource={days.data?.items ?? []}
          loading={days.isFetching}
          locale={{ emptyText: <Empty description={t('closeOut.empty')} /> }}
          pagination={{
            current: paging.page,
            pageSize: paging.pageSize,
            total: days.data?.total ?? 0,
            showTotal: (count: number) => t('closeOut.total', { count }),
            onChange: (page: number, pageSize: number) => setPaging({ page, pageSize }),
          }}
          scroll={{ x: 560 }}
        />
      </section>
    </>
  );
}

function CloseOutDay({ day }: { day: string }) {
  const { t } = useTranslation();
  const ledger = useCloseOut(day);
  const labels = useCatalogLabels();
  const names = useNameLookup();
  const empty = t('app.empty');
  const columns = useMemo<TableColumnsType<CloseOutEntryView>>(
    () => [
      { title: t('closeOut.code'), dataIndex: 'code', width: 170, render: (code: string, entry) => <Link to={ROUTES.detail(entry.itemId)}>{code}</Link> },
      { title: t('closeOut.itemTitle'), dataIndex: 'title', ellipsis: true },
      { title: t('closeOut.kind'), dataIndex: 'kind', width: 100, render: (kind: string) => labels.kind(kind) },
      { title: t('closeOut.department'), dataIndex: 'departmentId', width: 160, ellipsis: true, render: (id: string | null) => (id ? (names.department(id) ?? empty) : empty) },
      { title: t('closeOut.status'), dataIndex: 'status', width: 120, render: (status: string, entry) => labels.status(entry.kind, status) },
      { title: t('closeOut.dueAt'), dataIndex: 'dueAt', width: 150, render: (at: string | null) => formatShanghai(at) ?? empty },
      {
        title: t('closeOut.reason'),
        dataIndex: 'reasons',
        width: 210,
        render: (reasons: CloseOutEntryView['reasons']) => (
          <Flex gap={4} wrap>
            {reasons.map((r) => (
              <Tag key={r} color={r === 'overdue' ? 'red' : 'orange'}>
                {t(`closeOut.reasons.${r}`)}
              </Tag>
            ))}
          </Flex>
        ),
      },
    ],
    [t, labels, names, empty],
  );
  const back = <Link to={ROUTES.closeOuts}>{t('closeOut.back')}</Link>;
  if (ledger.isError) {
    // A day without a ledger (or not a date at all) is an answer, not a failure to retry.
    const missing = isApiError(ledger.error, 404) || isApiError(ledger.error, 400);
    return (
      <Flex vertical gap={8} align="flex-start">
        {missing ? <Alert type="info" showIcon title={t('closeOut.notFound', { day })} /> : <LoadFailedAlert error={ledger.error} onRetry={() => void ledger.refetch()} />}
        {back}
      </Flex>
    );
  }
  const data = ledger.data;
  return (
    <section aria-labelledby="close-out-day">
      <Flex vertical gap={8}>
        {back}
        <Typography.Title id="close-out-day" level={2} style={{ fontSize: 18, margin: 0 }}>
          {t('closeOut.dayTitle', { day })}
        </Typography.Title>
        {data && (
          <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
            {t('closeOut.dayHint', { ranAt: formatShanghai(data.ranAt, 'YYYY-MM-DD HH:mm:ss') })} {data.runs > 1 && t('closeOut.reran', { count: data.runs })}
          </Typography.Paragraph>
        )}
        {data && (
          <Flex gap={8} wrap>
            <Tag color="orange">{`${t('closeOut.unsigned')} ${data.unsigned}`}</Tag>
            <Tag color="red">{`${t('closeOut.overdue')} ${data.overdue}`}</Tag>
          </Flex>
        )}
        <Table<CloseOutEntryView>
          rowKey="itemId"
          size="middle"
          columns={columns}
          dataSource={data?.entries ?? []}
          loading={ledger.isFetching}
          locale={{ emptyText: <Empty description={t('closeOut.listEmpty')} /> }}
          pagination={{ pageSize: 50, hideOnSinglePage: true }}
          scroll={{ x: 1000 }}
        />
      </Flex>
    </section>
  );
}

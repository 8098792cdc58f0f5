import type { WorkItem } from '@parkflow/contracts';
import { Table, Tag, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatShanghai } from '../shared/shanghai-time.format';

type Deadline = WorkItem['deadlines'][number];

/** One row per stage entry: when it started, its limit, when it warns and falls due, when it was met. */
export function WorkItemDeadlines({ deadlines }: { deadlines: readonly Deadline[] }) {
  const { t } = useTranslation();
  const empty = t('app.empty');
  const columns: TableColumnsType<Deadline> = [
    { title: t('detail.deadlineStage'), dataIndex: 'stage', width: 90, render: (stage: Deadline['stage']) => t(`stage.${stage}`) },
    { title: t('detail.deadlineEntry'), dataIndex: 'stageSeq', width: 90 },
    { title: t('detail.deadlineStarted'), dataIndex: 'startedAt', width: 160, render: (at: string) => formatShanghai(at) ?? empty },
    {
      title: t('detail.deadlineLimit'),
      key: 'limit',
      width: 140,
      render: (_: unknown, d) => t(`unit.${d.unit}`, { amount: d.amount }),
    },
    { title: t('detail.deadlineWarn'), dataIndex: 'warnAt', width: 160, render: (at: string) => formatShanghai(at) ?? empty },
    { title: t('detail.deadlineDue'), dataIndex: 'dueAt', width: 160, render: (at: string) => formatShanghai(at) ?? empty },
    {
      title: t('detail.deadlineMet'),
      dataIndex: 'metAt',
      width: 160,
      render: (at: string | null) => (at === null ? <Tag color="processing">{t('detail.deadlineOpen')}</Tag> : (formatShanghai(at) ?? empty)),
    },
  ];
  return (
    <Table<Deadline>
      rowKey={(d) => `${d.stage}-${d.stageSeq}`}
      size="small"
      columns={columns}
      dataSource={[...deadlines].sort((a, b) => a.stageSeq - b.stageSeq)}
      pagination={false}
      scroll={{ x: 960 }}
    />
  );
}

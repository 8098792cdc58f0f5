import type { WorkItem } from '@parkflow/contracts';
import { runningDeadline, type WorkCalendar } from '@parkflow/domain';
import { Table, Tag, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { DeadlineCountdown } from '../calendar/deadline-countdown.component';
import { formatShanghai } from '../shared/shanghai-time.format';

type Deadline = WorkItem['deadlines'][number];

/** One row per stage entry: when it started, its limit, when it warns and falls due, when it was met — the running one with its countdown. */
export function WorkItemDeadlines({ item, calendar, now }: { item: WorkItem; calendar: WorkCalendar; now: Date }) {
  const { t } = useTranslation();
  const empty = t('app.empty');
  const running = runningDeadline(item);
  const columns: TableColumnsType<Deadline> = [
    { title: t('detail.deadlineStage'), dataIndex: 'stage', width: 80, render: (stage: Deadline['stage']) => t(`stage.${stage}`) },
    { title: t('detail.deadlineEntry'), dataIndex: 'stageSeq', width: 80 },
    { title: t('detail.deadlineStarted'), dataIndex: 'startedAt', width: 150, render: (at: string) => formatShanghai(at) ?? empty },
    { title: t('detail.deadlineLimit'), key: 'limit', width: 130, render: (_: unknown, d) => t(`unit.${d.unit}`, { amount: d.amount }) },
    { title: t('detail.deadlineWarn'), dataIndex: 'warnAt', width: 150, render: (at: string) => formatShanghai(at) ?? empty },
    { title: t('detail.deadlineDue'), dataIndex: 'dueAt', width: 150, render: (at: string) => formatShanghai(at) ?? empty },
    {
      title: t('detail.deadlineMet'),
      dataIndex: 'metAt',
      width: 200,
      render: (at: string | null, d) =>
        at !== null ? (
          (formatShanghai(at) ?? empty)
        ) : d === running ? (
          <DeadlineCountdown item={item} calendar={calendar} now={now} />
        ) : (
          <Tag color="processing">{t('detail.deadlineOpen')}</Tag>
        ),
    },
  ];
  return (
    <Table<Deadline>
      rowKey={(d) => `${d.stage}-${d.stageSeq}`}
      size="small"
      columns={columns}
      dataSource={[...item.deadlines].sort((a, b) => a.stageSeq - b.stageSeq)}
      pagination={false}
      scroll={{ x: 940 }}
    />
  );
}

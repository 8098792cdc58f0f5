import type { WorkItem } from '@parkflow/contracts';
import { runningDeadline, type WorkCalendar } from '@parkflow/domain';
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatShanghai } from '../shared/shanghai-time.format';
import { deadlineCountdown, formatCountdown, type CountdownDeadline, type CountdownT } from './working-countdown';

const TONE_TYPE = { normal: undefined, warning: 'warning', overdue: 'danger' } as const;

export interface DeadlineCountdownProps {
  item: Pick<WorkItem, 'deadlines' | 'status'> & { clockPausedAt?: string | null };
  calendar: WorkCalendar;
  now: Date;
  /** Also show the due time in Beijing time under the countdown. */
  withDue?: boolean;
}

/** One deadline's countdown text, coloured by how close it is (a stage deadline, the statutory clock). */
export function CountdownText({ deadline, calendar, now, pausedAt }: { deadline: CountdownDeadline; calendar: WorkCalendar; now: Date; pausedAt?: string | null }) {
  const { t } = useTranslation();
  const countdown = deadlineCountdown(deadline, now, calendar, pausedAt);
  return (
    <Typography.Text type={TONE_TYPE[countdown.tone]} strong={countdown.tone !== 'normal'}>
      {formatCountdown(t as unknown as CountdownT, countdown)}
    </Typography.Text>
  );
}

/** The running deadline as a countdown in working time ("剩余 2 个工作日 3 小时" / "已超期 …"), coloured by how close it is. */
export function DeadlineCountdown({ item, calendar, now, withDue = false }: DeadlineCountdownProps) {
  const { t } = useTranslation();
  const deadline = runningDeadline(item);
  if (!deadline) return <Typography.Text type="secondary">{item.status === 'closed' ? t('countdown.met') : t('app.empty')}</Typography.Text>;
  const due = formatShanghai(deadline.dueAt);
  return (
    <span title={due ?? undefined}>
      <CountdownText deadline={deadline} calendar={calendar} now={now} pausedAt={item.clockPausedAt} />
      {withDue && due && (
        <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
          {due}
        </Typography.Text>
      )}
    </span>
  );
}

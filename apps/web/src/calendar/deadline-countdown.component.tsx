import type { WorkItem } from '@parkflow/contracts';
import { runningDeadline, type WorkCalendar } from '@parkflow/domain';
import { useTranslation } from 'react-i18next';
import { formatShanghai } from '../shared/shanghai-time.format';
import { deadlineCountdown, formatCountdown, type CountdownDeadline, type CountdownT } from './working-countdown';

/** antd's `Typography.Text` types the countdown had: amber and strong when close, red and strong when overdue. */
const TONE_CLASS = { normal: undefined, warning: 'pf-warning', overdue: 'pf-danger' } as const;

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
  return <span className={TONE_CLASS[countdown.tone]}>{formatCountdown(t as unknown as CountdownT, countdown)}</span>;
}

/** The running deadline as a countdown in working time ("剩余 2 个工作日 3 小时" / "已超期 …"), coloured by how close it is. */
export function DeadlineCountdown({ item, calendar, now, withDue = false }: DeadlineCountdownProps) {
  const { t } = useTranslation();
  const deadline = runningDeadline(item);
  if (!deadline) return <span className="pf-secondary">{item.status === 'closed' ? t('countdown.met') : t('app.empty')}</span>;
  const due = formatShanghai(deadline.dueAt);
  return (
    <span title={due ?? undefined}>
      <CountdownText deadline={deadline} calendar={calendar} now={now} pausedAt={item.clockPausedAt} />
      {withDue && due && (
        <span className="pf-secondary pf-small" style={{ display: 'block' }}>
          {due}
        </span>
      )}
    </span>
  );
}

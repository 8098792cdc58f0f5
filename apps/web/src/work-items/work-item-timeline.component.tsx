import type { WorkItemEvent } from '@parkflow/contracts';
import { Flex, Spin, Timeline, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { formatShanghai } from '../shared/shanghai-time.format';
import { summarizeEvent, type EventSummary } from './event-summary';

function whatText(t: TFunction, what: EventSummary['what']): string {
  return what.key === 'unknown' ? t('event.unknown', { type: what.type }) : t(`event.${what.key}`);
}

function resultText(t: TFunction, result: NonNullable<EventSummary['result']>): string {
  switch (result.key) {
    case 'routed':
      return t('event.routed', { department: result.department });
    case 'unknownResult':
      return t('event.unknownResult', { result: result.result });
    default:
      return t(`event.${result.key}`);
  }
}

/** Oldest first; events with equal times keep the API's order. */
function chronological(events: readonly WorkItemEvent[]): WorkItemEvent[] {
  return events
    .map((event, index) => ({ event, index, ms: Date.parse(event.at) }))
    .sort((a, b) => (a.ms === b.ms || Number.isNaN(a.ms - b.ms) ? a.index - b.index : a.ms - b.ms))
    .map(({ event }) => event);
}

export interface WorkItemTimelineProps {
  events: readonly WorkItemEvent[];
  departmentName: (id: string) => string | null;
  /** The page is polling for the worker's event. */
  waiting: boolean;
}

/** The audit timeline: who did what, when (Beijing time). */
export function WorkItemTimeline({ events, departmentName, waiting }: WorkItemTimelineProps) {
  const { t } = useTranslation();
  if (events.length === 0 && !waiting) return <Typography.Text type="secondary">{t('detail.timelineEmpty')}</Typography.Text>;

  const items = chronological(events).map((event) => {
    const summary = summarizeEvent(event, departmentName);
    return {
      key: event.id,
      color: event.type === 'registered' ? 'blue' : 'green',
      content: (
        <Flex vertical gap={2}>
          <Typography.Text strong>{whatText(t, summary.what)}</Typography.Text>
          {summary.result && <Typography.Text>{resultText(t, summary.result)}</Typography.Text>}
          <Typography.Text type="secondary">
            {t('event.by', { actor: event.actorName, at: formatShanghai(event.at, 'YYYY-MM-DD HH:mm:ss') ?? event.at })}
          </Typography.Text>
        </Flex>
      ),
    };
  });
  if (waiting) {
    items.push({
      key: 'waiting',
      color: 'gray',
      content: (
        <Flex gap={8} align="center">
          <Spin size="small" />
          <Typography.Text type="secondary">{t('detail.timelineRefreshing')}</Typography.Text>
        </Flex>
      ),
    });
  }
  return <Timeline items={items} />;
}

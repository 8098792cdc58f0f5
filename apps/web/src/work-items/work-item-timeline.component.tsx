import type { WorkItemEvent } from '@parkflow/contracts';
import { Flex, Spin, Tag, Timeline, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useCatalogLabels, type CatalogLabels } from '../i18n/catalog-labels';
import { formatShanghai } from '../shared/shanghai-time.format';
import { ESCALATION_AUDIENCES, summarizeEvent, type EventLine, type EventResolvers, type EventSummary } from './event-summary';

function whatText(t: TFunction, what: EventSummary['what']): string {
  return what.key === 'unknown' ? t('event.unknown', { type: what.type }) : t(`event.${what.key}`);
}

/** One line of an event in the UI language. */
export function lineText(t: TFunction, labels: CatalogLabels, line: EventLine): string {
  switch (line.key) {
    case 'kind':
      return t('eventLine.kind', { kind: labels.kind(line.kind) });
    case 'satisfaction':
      return t('eventLine.satisfaction', { value: t(`satisfaction.${line.value}`) });
    case 'escalated': {
      const audience = ESCALATION_AUDIENCES.find((a) => a === line.audience);
      return t('eventLine.escalated', { level: line.level, audience: audience ? t(`audience.${audience}`) : line.audience });
    }
    case 'routed':
    case 'assignedTo':
      return t(`eventLine.${line.key}`, { department: line.department });
    case 'handler':
    case 'owner':
      return t(`eventLine.${line.key}`, { name: line.name });
    case 'reason':
    case 'comment':
    case 'content':
    case 'text':
      return t(`eventLine.${line.key}`, { text: line.text });
    case 'days':
      return t('eventLine.days', { days: line.days });
    case 'dueMoved':
    case 'transferred':
      return t(`eventLine.${line.key}`, { from: line.from, to: line.to });
    case 'due':
      return t('eventLine.due', { at: line.at });
    case 'unknownResult':
      return t('eventLine.unknownResult', { result: line.result });
    default:
      return t(`eventLine.${line.key}`);
  }
}

const COLORS: Record<string, string> = {
  registered: 'blue',
  returned: 'orange',
  closure_rejected: 'orange',
  extension_rejected: 'orange',
  warned: 'gold',
  overdue: 'red',
  escalated: 'red',
  supervised: 'magenta',
  feedback_timed_out: 'red',
  closure_approved: 'green',
  commented: 'gray',
};

/** Oldest first; events with equal times keep the API's order. */
function chronological(events: readonly WorkItemEvent[]): WorkItemEvent[] {
  return events
    .map((event, index) => ({ event, index, ms: Date.parse(event.at) }))
    .sort((a, b) => (a.ms === b.ms || Number.isNaN(a.ms - b.ms) ? a.index - b.index : a.ms - b.ms))
    .map(({ event }) => event);
}

export interface WorkItemTimelineProps {
  events: readonly WorkItemEvent[];
  resolve: Omit<EventResolvers, 'time'>;
  /** The page is polling for the worker's event. */
  waiting: boolean;
}

/** The audit timeline: who did what, when (Beijing time), and the details each event carries. */
export function WorkItemTimeline({ events, resolve, waiting }: WorkItemTimelineProps) {
  const { t } = useTranslation();
  const labels = useCatalogLabels();
  if (events.length === 0 && !waiting) return <Typography.Text type="secondary">{t('detail.timelineEmpty')}</Typography.Text>;
  const resolvers: EventResolvers = { ...resolve, time: (iso) => formatShanghai(iso) };

  const items = chronological(events).map((event) => {
    const summary = summarizeEvent(event, resolvers);
    return {
      key: event.id,
      color: COLORS[event.type] ?? 'green',
      content: (
        <Flex vertical gap={2}>
          <Flex gap={6} align="center">
            <Typography.Text strong>{whatText(t, summary.what)}</Typography.Text>
            {/* Staff see which entries the company cannot; the company only ever receives public ones. */}
            {event.type === 'commented' && <Tag color={event.audience === 'public' ? 'blue' : 'default'}>{t(`eventAudience.${event.audience}`)}</Tag>}
          </Flex>
          {summary.lines.map((line, index) => (
            <Typography.Text key={index} style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
              {lineText(t, labels, line)}
            </Typography.Text>
          ))}
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

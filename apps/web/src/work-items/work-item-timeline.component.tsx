import type { WorkItemEvent } from '@parkflow/contracts';
import type { EventType, KindDefinition } from '@parkflow/domain';
import { Flex, Spin, Tag, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCatalogLabels } from '../i18n/catalog-labels';
import { formatShanghai } from '../shared/shanghai-time.format';
import { kindActionLabel, kindOutcomeLabel, kindPauseReasonLabel, lineText, whatText } from './event-line.format';
import { summarizeEvent, type EventResolvers } from './event-summary';

const COLORS: Partial<Record<EventType, string>> = {
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
  /** The item's kind, so a kind's own steps read in its own words (its action labels). */
  kind?: KindDefinition;
}

/** The audit timeline: who did what, when (Beijing time), and the details each event carries. */
export function WorkItemTimeline({ events, resolve, waiting, kind }: WorkItemTimelineProps) {
  const { t, i18n } = useTranslation();
  const labels = useCatalogLabels();
  if (events.length === 0 && !waiting) return <Typography.Text type="secondary">{t('detail.timelineEmpty')}</Typography.Text>;
  const resolvers: EventResolvers = { ...resolve, time: (iso) => formatShanghai(iso) };

  const items = chronological(events).map((event) => {
    const summary = summarizeEvent(event, resolvers);
    return {
      key: event.id,
      color: (event.type !== 'unknown' && COLORS[event.type]) || 'green',
      content: (
        <Flex vertical gap={2}>
          <Flex gap={6} align="center">
            <Typography.Text strong>{kindActionLabel(event, kind, i18n.language) ?? whatText(t, summary.what)}</Typography.Text>
            {/* Staff see which entries the company cannot; the company only ever receives public ones. */}
            {event.type === 'commented' && <Tag color={event.audience === 'public' ? 'blue' : 'default'}>{t(`eventAudience.${event.audience}`)}</Tag>}
          </Flex>
          {summary.lines.map((line, index) => (
            <Typography.Text key={index} style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
              {line.key === 'outcome'
                ? t('eventLine.outcome', { outcome: kindOutcomeLabel(event, kind, i18n.language) ?? line.outcome })
                : line.key === 'reason' && event.type === 'clock_paused'
                  ? lineText(t, labels, { ...line, text: kindPauseReasonLabel(event, kind, i18n.language) ?? line.text })
                  : lineText(t, labels, line)}
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

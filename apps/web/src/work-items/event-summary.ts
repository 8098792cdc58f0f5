import type { UnknownWorkItemEvent } from '@parkflow/contracts';
import {
  DECLINE_REASON_LABELS,
  NOTICE_CHANNEL_LABELS,
  NOTICE_LABELS,
  type EventType,
  type Label,
  type Satisfaction,
  type TimelineEventBody,
  type TimelineEventData,
} from '@parkflow/domain';

/** The domain's label of a code, or the code itself when the table has none (a park's own reason). */
function labelOf(table: Readonly<Record<string, Label>>, code: string): Label | string {
  return Object.hasOwn(table, code) ? table[code]! : code;
}

/*
 * 时间线事件摘要：按领域的事件类型逐一说明。
 * What a timeline event says, typed off the domain's event map: `type` narrows `data`, and the
 * switch below is exhaustive, so an event type the domain adds is a compile error here until the
 * web can describe it. Events the api could not read as a domain type arrive as `unknown`.
 */

type EscalationAudience = TimelineEventData['escalated']['audience'];

/** One line of what an event says, as an i18n key under `eventLine.*` with its parameters. */
export type EventLine =
  | { key: 'kind'; kind: string }
  | { key: 'routed'; department: string }
  | { key: 'noRule' | 'reopened' | 'firstSupervision' }
  | { key: 'assignedTo'; department: string }
  | { key: 'handler' | 'owner'; name: string }
  | { key: 'reason' | 'comment' | 'content' | 'text'; text: string }
  | { key: 'days'; days: number }
  | { key: 'dueMoved'; from: string; to: string }
  | { key: 'retimed'; year: number; from: string; to: string }
  | { key: 'transferred'; from: string; to: string }
  | { key: 'satisfaction'; value: Satisfaction }
  | { key: 'due'; at: string }
  | { key: 'escalated'; level: number; audience: EscalationAudience }
  | { key: 'outcome'; outcome: string }
  | { key: 'statutoryDue'; at: string }
  | { key: 'declineReason'; reason: Label | string }
  | { key: 'windowOverride'; reason: string; lastDay: string }
  | { key: 'noticeSent'; notice: Label | string; channel: Label | string; sentOn: string };

export interface EventSummary {
  /** The event type; an event the api could not read, by the type it was stored with. */
  what: { key: EventType } | { key: 'unknown'; type: string };
  lines: EventLine[];
}

/** What summarizing reads of an event: a known one's type and data, or an unknown one's original type. */
export type SummarizedEvent = TimelineEventBody | Pick<UnknownWorkItemEvent, 'type' | 'originalType' | 'data'>;

/** How names and times are shown: department and user ids to names, instants to Beijing time. */
export interface EventResolvers {
  department(id: string): string | null;
  user(id: string): string | null;
  time(iso: string): string | null;
}

type Maybe<T> = T | null | false;

function present(...lines: Maybe<EventLine>[]): EventLine[] {
  return lines.filter((line): line is EventLine => line !== null && line !== false);
}

/** Describes one timeline event: its type and the lines its data adds (who it went to, why, for how long, …). */
export function summarizeEvent(event: SummarizedEvent, resolve: EventResolvers): EventSummary {
  if (event.type === 'unknown') return { what: { key: 'unknown', type: event.originalType }, lines: [] };
  return { what: { key: event.type }, lines: linesOf(event, resolve) };
}

function linesOf(event: TimelineEventBody, resolve: EventResolvers): EventLine[] {
  // Texts are required by the domain, but an empty one says nothing: no line for it.
  const text = (key: 'reason' | 'comment' | 'content' | 'text', value: string | null): Maybe<EventLine> => !!value && { key, text: value };
  const department = (id: string | null) => (id ? (resolve.department(id) ?? id) : '?');
  const user = (id: string) => resolve.user(id) ?? id;
  const time = (iso: string) => resolve.time(iso) ?? iso;
  const days = (n: number): EventLine => ({ key: 'days', days: n });
  const dueMoved = (from: string, to: string): EventLine => ({ key: 'dueMoved', from: time(from), to: time(to) });

  switch (event.type) {
    case 'registered':
      return present({ key: 'kind', kind: event.data.kind }, !!event.data.windowOverride && { key: 'windowOverride', ...event.data.windowOverride });
    case 'stage_job_processed':
      // The rule's department code when the department is not (or no longer) known by id.
      return event.data.result === 'routed'
        ? present({ key: 'routed', department: resolve.department(event.data.departmentId) ?? event.data.rule })
        : present({ key: 'noRule' });
    case 'assigned':
      return present({ key: 'assignedTo', department: department(event.data.departmentId) }, event.data.handlerId !== null && { key: 'handler', name: user(event.data.handlerId) });
    case 'accepted':
      return present({ key: 'handler', name: user(event.data.handlerId) });
    case 'transferred':
      return present({ key: 'transferred', from: department(event.data.fromDepartmentId), to: department(event.data.toDepartmentId) }, text('reason', event.data.reason));
    case 'returned':
    case 'coordination_requested':
      return present(text('reason', event.data.reason));
    case 'extension_requested':
      return present(days(event.data.days), text('reason', event.data.reason));
    case 'extension_approved':
      return present(days(event.data.days), dueMoved(event.data.previousDueAt, event.data.dueAt), text('comment', event.data.comment));
    case 'extension_rejected':
      return present(days(event.data.days), text('comment', event.data.comment));
    case 'clock_paused':
      return present(text('reason', event.data.reason), { key: 'due', at: time(event.data.dueAt) });
    case 'clock_resumed':
      return present(dueMoved(event.data.previousDueAt, event.data.dueAt), text('comment', event.data.comment));
    case 'replied':
      return present(text('content', event.data.content));
    case 'feedback_recorded':
      return present({ key: 'satisfaction', value: event.data.satisfaction }, text('comment', event.data.comment), event.data.reopened && { key: 'reopened' });
    case 'closure_approved':
    case 'closure_rejected':
      return present(text('comment', event.data.comment));
    case 'supervised':
      return present(event.data.first && { key: 'firstSupervision' }, text('comment', event.data.comment));
    case 'owner_set':
      return present({ key: 'owner', name: user(event.data.leaderUserId) });
    case 'commented':
      return present(text('text', event.data.text));
    case 'warned':
    case 'overdue':
    case 'feedback_timed_out':
      return present({ key: 'due', at: time(event.data.dueAt) });
    case 'deadline_retimed':
      return present({ key: 'retimed', year: event.data.year, from: time(event.data.fromDueAt), to: time(event.data.toDueAt) });
    case 'escalated':
      return present({ key: 'escalated', level: event.data.level, audience: event.data.audience });
    case 'advanced':
      return present(text('comment', event.data.comment));
    case 'outcome_recorded':
      return present({ key: 'outcome', outcome: event.data.outcome }, text('comment', event.data.comment));
    case 'matter_accepted':
      return present(event.data.statutoryDueAt !== null && { key: 'statutoryDue', at: time(event.data.statutoryDueAt) }, text('comment', event.data.note));
    case 'matter_declined':
      return present({ key: 'declineReason', reason: labelOf(DECLINE_REASON_LABELS, event.data.reason) }, text('comment', event.data.note));
    case 'notice_sent':
      return present({
        key: 'noticeSent',
        notice: labelOf(NOTICE_LABELS, event.data.notice),
        channel: labelOf(NOTICE_CHANNEL_LABELS, event.data.channel),
        sentOn: event.data.sentOn,
      });
    default: {
      // A type the domain added and the web does not describe yet fails to compile here.
      const unhandled: never = event;
      return unhandled;
    }
  }
}

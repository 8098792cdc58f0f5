import type { WorkItemEvent } from '@parkflow/contracts';
import { SATISFACTIONS, type Satisfaction } from '@parkflow/domain';

/** Every event type the engine writes (`eventOf(ctx, '<type>'` in the domain's handlers), plus registration and stage jobs. */
export const EVENT_TYPES = [
  'registered',
  'stage_job_processed',
  'assigned',
  'accepted',
  'returned',
  'transferred',
  'extension_requested',
  'extension_approved',
  'extension_rejected',
  'coordination_requested',
  'clock_paused',
  'clock_resumed',
  'replied',
  'feedback_recorded',
  'closure_approved',
  'closure_rejected',
  'supervised',
  'owner_set',
  'commented',
  'warned',
  'overdue',
  'escalated',
  'feedback_timed_out',
  'advanced',
  'outcome_recorded',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export const ESCALATION_AUDIENCES = ['department_head', 'leader'] as const;
type Audience = (typeof ESCALATION_AUDIENCES)[number];

/** One line of what an event says, as an i18n key under `eventLine.*` with its parameters. */
export type EventLine =
  | { key: 'kind'; kind: string }
  | { key: 'routed'; department: string }
  | { key: 'alreadyRouted' | 'noRule' | 'reopened' | 'firstSupervision' }
  | { key: 'unknownResult'; result: string }
  | { key: 'assignedTo'; department: string }
  | { key: 'handler' | 'owner'; name: string }
  | { key: 'reason' | 'comment' | 'content' | 'text'; text: string }
  | { key: 'days'; days: number }
  | { key: 'dueMoved'; from: string; to: string }
  | { key: 'transferred'; from: string; to: string }
  | { key: 'satisfaction'; value: Satisfaction }
  | { key: 'due'; at: string }
  | { key: 'escalated'; level: number; audience: Audience | string }
  | { key: 'outcome'; outcome: string };

export interface EventSummary {
  /** The event type, or an unknown type shown as it is. */
  what: { key: EventType } | { key: 'unknown'; type: string };
  lines: EventLine[];
}

/** How names and times are shown: department and user ids to names, instants to Beijing time. */
export interface EventResolvers {
  department(id: string): string | null;
  user(id: string): string | null;
  time(iso: string): string | null;
}

const asString = (value: unknown): string | null => (typeof value === 'string' && value.length > 0 ? value : null);
const asNumber = (value: unknown): number | null => (typeof value === 'number' && Number.isFinite(value) ? value : null);

function isEventType(type: string): type is EventType {
  return (EVENT_TYPES as readonly string[]).includes(type);
}

/** Describes one timeline event: its type and the lines its data adds (who it went to, why, for how long, …). */
export function summarizeEvent(event: Pick<WorkItemEvent, 'type' | 'data'>, resolve: EventResolvers): EventSummary {
  if (!isEventType(event.type)) return { what: { key: 'unknown', type: event.type }, lines: [] };
  const data = event.data;
  const lines: EventLine[] = [];
  const text = (key: 'reason' | 'comment' | 'content' | 'text', field: string) => {
    const value = asString(data[field]);
    if (value) lines.push({ key, text: value });
  };
  const department = (field: string) => {
    const id = asString(data[field]);
    return id ? (resolve.department(id) ?? asString(data.rule) ?? id) : null;
  };
  const user = (field: string) => {
    const id = asString(data[field]);
    return id ? (resolve.user(id) ?? id) : null;
  };
  const time = (field: string) => {
    const iso = asString(data[field]);
    return iso ? (resolve.time(iso) ?? iso) : null;
  };
  const days = () => {
    const value = asNumber(data.days);
    if (value !== null) lines.push({ key: 'days', days: value });
  };

  switch (event.type) {
    case 'registered': {
      const kind = asString(data.kind);
      if (kind) lines.push({ key: 'kind', kind });
      break;
    }
    case 'stage_job_processed': {
      const result = asString(data.result);
      if (result === 'routed') lines.push({ key: 'routed', department: department('departmentId') ?? '?' });
      else if (result === 'already_routed') lines.push({ key: 'alreadyRouted' });
      else if (result === 'no_rule') lines.push({ key: 'noRule' });
      else if (result) lines.push({ key: 'unknownResult', result });
      break;
    }
    case 'assigned': {
      const to = department('departmentId');
      if (to) lines.push({ key: 'assignedTo', department: to });
      const handler = user('handlerId');
      if (handler) lines.push({ key: 'handler', name: handler });
      break;
    }
    case 'accepted': {
      const handler = user('handlerId');
      if (handler) lines.push({ key: 'handler', name: handler });
      break;
    }
    case 'transferred':
      lines.push({ key: 'transferred', from: department('fromDepartmentId') ?? '?', to: department('toDepartmentId') ?? '?' });
      text('reason', 'reason');
      break;
    case 'returned':
    case 'coordination_requested':
      text('reason', 'reason');
      break;
    case 'extension_requested':
      days();
      text('reason', 'reason');
      break;
    case 'extension_approved': {
      days();
      const from = time('previousDueAt');
      const to = time('dueAt');
      if (from && to) lines.push({ key: 'dueMoved', from, to });
      text('comment', 'comment');
      break;
    }
    case 'extension_rejected':
      days();
      text('comment', 'comment');
      break;
    case 'clock_paused': {
      text('reason', 'reason');
      const due = time('dueAt');
      if (due) lines.push({ key: 'due', at: due });
      break;
    }
    case 'clock_resumed': {
      const from = time('previousDueAt');
      const to = time('dueAt');
      if (from && to) lines.push({ key: 'dueMoved', from, to });
      text('comment', 'comment');
      break;
    }
    case 'replied':
      text('content', 'content');
      break;
    case 'feedback_recorded': {
      const value = SATISFACTIONS.find((s) => s === data.satisfaction);
      if (value) lines.push({ key: 'satisfaction', value });
      text('comment', 'comment');
      if (data.reopened === true) lines.push({ key: 'reopened' });
      break;
    }
    case 'closure_approved':
    case 'closure_rejected':
      text('comment', 'comment');
      break;
    case 'supervised':
      if (data.first === true) lines.push({ key: 'firstSupervision' });
      text('comment', 'comment');
      break;
    case 'owner_set': {
      const leader = user('leaderUserId');
      if (leader) lines.push({ key: 'owner', name: leader });
      break;
    }
    case 'commented':
      text('text', 'text');
      break;
    case 'warned':
    case 'overdue':
    case 'feedback_timed_out': {
      const due = time('dueAt');
      if (due) lines.push({ key: 'due', at: due });
      break;
    }
    case 'advanced':
      text('comment', 'comment');
      break;
    case 'outcome_recorded': {
      const outcome = asString(data.outcome);
      if (outcome) lines.push({ key: 'outcome', outcome });
      text('comment', 'comment');
      break;
    }
    case 'escalated': {
      const level = asNumber(data.level);
      if (level !== null) lines.push({ key: 'escalated', level, audience: asString(data.audience) ?? '?' });
      break;
    }
  }
  return { what: { key: event.type }, lines };
}

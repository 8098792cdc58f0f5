import type { Notification } from '@parkflow/contracts';
import { isNotifyTopic, type Label, type NotifyTopic } from '@parkflow/domain';
import type { TFunction } from 'i18next';
import { pickLabel } from '../i18n/language';
import { formatShanghai } from '../shared/shanghai-time.format';

/*
 * 通知文字：按界面语言，由主题代码和参数组成。
 * A notification's text in the UI language, from its topic and params (typed by the domain's
 * NotificationParamsMap; the switch is exhaustive, so a topic the domain adds needs its sentence
 * here). Params come from a jsonb column and are checked as they are read: a notice whose params
 * do not fit its topic, an older row without params, or a topic this client does not know shows
 * its stored zh-CN message, else its topic — never a sentence with holes.
 */

type Params = Record<string, unknown>;

function str(p: Params, key: string): string | null {
  const value = p[key];
  return typeof value === 'string' ? value : null;
}

function num(p: Params, key: string): number | null {
  const value = p[key];
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

const label = (p: Params, key: string): Label | null => {
  const value = p[key];
  if (typeof value !== 'object' || value === null) return null;
  const { zh, en } = value as Partial<Label>;
  return typeof zh === 'string' && typeof en === 'string' ? { zh, en } : null;
};

export function notificationText(note: Pick<Notification, 'topic' | 'params' | 'message'>, t: TFunction, language: string): string {
  const worded = note.params && isNotifyTopic(note.topic) ? topicText(note.topic, note.params, t, language) : null;
  return worded ?? note.message ?? note.topic;
}

function topicText(topic: NotifyTopic, p: Params, t: TFunction, language: string): string | null {
  // A day's notice names no item.
  if (topic === 'close_out') return closeOutText(p, t);
  const code = str(p, 'code');
  const title = str(p, 'title');
  if (code === null || title === null) return null;
  const item = { code, title };
  // Each case reads its topic's params; a missing one gives null (the fallback) instead of `{{…}}`.
  const withText = (key: string, fill: (value: string) => string) => {
    const value = str(p, key);
    return value === null ? null : fill(value);
  };
  const withNumber = (key: string, fill: (value: number) => string) => {
    const value = num(p, key);
    return value === null ? null : fill(value);
  };
  const withTime = (key: string, fill: (value: string) => string) => withText(key, (iso) => fill(formatShanghai(iso) ?? iso));
  const action = label(p, 'label');
  const actionName = action ? pickLabel(action, language) : str(p, 'action');

  switch (topic) {
    case 'assigned':
    case 'accepted':
    case 'closed':
    case 'replied':
    case 'owner_set':
    case 'overdue':
      return t(`notice.${topic}`, item);
    case 'returned':
    case 'transferred':
    case 'coordination_requested':
      return withText('reason', (reason) => t(`notice.${topic}`, { ...item, reason }));
    case 'clock_paused': {
      // A listed reason comes with the kind's words for it.
      const named = label(p, 'reasonLabel');
      return named ? t('notice.clock_paused', { ...item, reason: pickLabel(named, language) }) : withText('reason', (reason) => t('notice.clock_paused', { ...item, reason }));
    }
    case 'closure_rejected':
    case 'supervised':
      return withText('comment', (comment) => t(`notice.${topic}`, { ...item, comment }));
    case 'reopened':
    case 'extension_rejected': {
      const comment = str(p, 'comment');
      return comment ? t(`notice.${topic}_comment`, { ...item, comment }) : t(`notice.${topic}`, item);
    }
    case 'closure_requested':
      return p.feedbackTimedOut === true ? t('notice.closure_requested_timed_out', item) : t('notice.closure_requested', item);
    case 'extension_requested':
    case 'extension_approved':
      return withNumber('days', (days) => t(`notice.${topic}`, { ...item, days }));
    case 'escalated':
      return withNumber('level', (level) => t('notice.escalated', { ...item, level }));
    case 'clock_resumed':
    case 'warned':
      return withTime('dueAt', (dueAt) => t(`notice.${topic}`, { ...item, dueAt }));
    case 'project_node_due_soon':
    case 'project_node_overdue':
    case 'project_node_escalated': {
      // A key project's node: code and title are the project's.
      const node = label(p, 'node');
      return node === null ? null : withText('plannedFinish', (plannedFinish) => t(`notice.${topic}`, { ...item, node: pickLabel(node, language), plannedFinish }));
    }
    case 'advanced':
      return actionName === null ? null : t('notice.advanced', { ...item, action: actionName });
    case 'outcome_recorded':
      return actionName === null
        ? null
        : withText('outcome', (outcome) => {
            // The kind's name for the outcome where the notice carries one (older notices have only its id).
            const named = label(p, 'outcomeLabel');
            return t('notice.outcome_recorded', { ...item, action: actionName, outcome: named ? pickLabel(named, language) : outcome });
          });
    default: {
      const unhandled: never = topic;
      return unhandled;
    }
  }
}

/** 每日清零: the day and its two counts; "nothing left" when both are 0. */
function closeOutText(p: Params, t: TFunction): string | null {
  const day = str(p, 'day');
  const unsigned = num(p, 'unsigned');
  const overdue = num(p, 'overdue');
  if (day === null || unsigned === null || overdue === null) return null;
  return unsigned === 0 && overdue === 0 ? t('notice.close_out_clear', { day }) : t('notice.close_out', { day, unsigned, overdue });
}

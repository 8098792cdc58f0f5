import type { WorkItemEvent } from '@parkflow/contracts';
import { choiceLabel, isEventType, kindAction, type KindDefinition } from '@parkflow/domain';
import { pickLabel } from '../i18n/language';
import type { TFunction } from 'i18next';
import type { CatalogLabels } from '../i18n/catalog-labels';
import type { EventLine, EventSummary } from './event-summary';
import type { Label } from '@parkflow/domain';

type EventLabel = Label | string;

/*
 * Event summaries in the UI language. Apart from the timeline component so that both languages
 * can be checked without rendering it (event-summary.spec.ts).
 */

/** The event's name; one the api could not read shows by its stored type's name when the web knows it. */
export function whatText(t: TFunction, what: EventSummary['what']): string {
  if (what.key !== 'unknown') return t(`event.${what.key}`);
  return isEventType(what.type) ? t(`event.${what.type}`) : t('event.unknown', { type: what.type });
}

/** One line of an event in the UI language. */
export function lineText(t: TFunction, labels: Pick<CatalogLabels, 'kind' | 'text'>, line: EventLine): string {
  const word = (l: EventLabel) => (typeof l === 'string' ? l : labels.text(l));
  switch (line.key) {
    case 'kind':
      return t('eventLine.kind', { kind: labels.kind(line.kind) });
    case 'satisfaction':
      return t('eventLine.satisfaction', { value: t(`satisfaction.${line.value}`) });
    case 'escalated':
      return t('eventLine.escalated', { level: line.level, audience: t(`audience.${line.audience}`) });
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
    case 'retimed':
      return t('eventLine.retimed', { year: line.year, from: line.from, to: line.to });
    case 'outcome':
      return t('eventLine.outcome', { outcome: line.outcome });
    case 'statutoryDue':
      return t('eventLine.statutoryDue', { at: line.at });
    case 'windowOverride':
      return t('eventLine.windowOverride', { lastDay: line.lastDay, reason: line.reason });
    case 'declineReason':
      return t('eventLine.declineReason', { reason: word(line.reason) });
    case 'noticeSent':
      return t('eventLine.noticeSent', { notice: word(line.notice), channel: word(line.channel), sentOn: line.sentOn });
    case 'noRule':
    case 'reopened':
    case 'firstSupervision':
      return t(`eventLine.${line.key}`);
    default: {
      const unhandled: never = line;
      return unhandled;
    }
  }
}

/** The kind's own label of the action a generic step recorded (advance, choose_outcome), if it has one. */
export function kindActionLabel(event: Pick<WorkItemEvent, 'type' | 'data'>, kind: KindDefinition | undefined, language: string): string | null {
  if (event.type !== 'advanced' && event.type !== 'outcome_recorded') return null;
  const action = (event.data as { action?: unknown }).action;
  if (typeof action !== 'string') return null;
  const def = kind ? kindAction(kind, action) : undefined;
  return def ? pickLabel(def.label, language) : null;
}

/** A choice value in the words of the kind's action that offers it, in the UI language; null when the kind does not label it. */
function kindChoiceLabel(kind: KindDefinition | undefined, action: unknown, field: string, value: unknown, language: string): string | null {
  const def = typeof action === 'string' && kind ? kindAction(kind, action) : undefined;
  if (typeof value !== 'string' || !def) return null;
  const label = choiceLabel(def, field, value);
  return label ? pickLabel(label, language) : null;
}

/** A pause's reason in the kind's words, where its pause_clock names a list of reasons (复核: 听证); free text stays as written. */
export function kindPauseReasonLabel(event: Pick<WorkItemEvent, 'type' | 'data'>, kind: KindDefinition | undefined, language: string): string | null {
  if (event.type !== 'clock_paused') return null;
  return kindChoiceLabel(kind, 'pause_clock', 'reason', (event.data as { reason?: unknown }).reason, language);
}

/** The kind's own name of the outcome a choose_outcome step recorded, if its choice labels it. */
export function kindOutcomeLabel(event: Pick<WorkItemEvent, 'type' | 'data'>, kind: KindDefinition | undefined, language: string): string | null {
  if (event.type !== 'outcome_recorded') return null;
  const { action, outcome } = event.data as { action?: unknown; outcome?: unknown };
  return kindChoiceLabel(kind, action, 'outcome', outcome, language);
}

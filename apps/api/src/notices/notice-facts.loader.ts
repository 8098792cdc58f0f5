import type { WorkItemEventEntity } from '@parkflow/db';
import { shanghaiDate, type KindDefinition, type NoticeFacts, type WorkItemState } from '@parkflow/domain';
import type { NameLookup } from '../work-items/work-item.presenter.js';

/** What the office's environment adds to every notice (PARKFLOW_UNIT_NAME, PARKFLOW_REVIEW_BODY). */
export interface NoticeSettings {
  unitName: string;
  reviewBody: string | null;
}

export const DEFAULT_UNIT_NAME = '园区管理委员会';

export function readNoticeSettings(env: NodeJS.ProcessEnv = process.env): NoticeSettings {
  return { unitName: env.PARKFLOW_UNIT_NAME?.trim() || DEFAULT_UNIT_NAME, reviewBody: env.PARKFLOW_REVIEW_BODY?.trim() || null };
}

/*
 * Fields the item state is about to gain (the 受理 decision and the statutory clock, issue 10):
 * read here only when present, with `in` checks and shape checks, so the notices work on items
 * as they are today and fill these placeholders the day the state carries them. Until then the
 * acceptance and rejection notices are never available, and the dates print as blanks.
 */
interface UpcomingItemFields {
  receivedOn?: string;
  acceptance?: { decision: 'accepted' | 'not_accepted'; decidedAt: string; reasonCode?: string; reasonLabel?: string; note?: string } | null;
  statutoryClock?: { dueAt: string } | null;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() ? value : undefined);

function upcomingFields(item: object): UpcomingItemFields {
  const out: UpcomingItemFields = {};
  if ('receivedOn' in item && text(item.receivedOn)) out.receivedOn = item.receivedOn as string;
  if ('acceptance' in item && isRecord(item.acceptance)) {
    const a = item.acceptance;
    const decidedAt = text(a.decidedAt);
    if ((a.decision === 'accepted' || a.decision === 'not_accepted') && decidedAt) {
      out.acceptance = { decision: a.decision, decidedAt, reasonCode: text(a.reasonCode), reasonLabel: text(a.reasonLabel), note: text(a.note) };
    }
  }
  if ('statutoryClock' in item && isRecord(item.statutoryClock) && text(item.statutoryClock.dueAt)) {
    out.statutoryClock = { dueAt: item.statutoryClock.dueAt as string };
  }
  return out;
}

/** The latest event of a type, oldest-first timeline. */
const latest = (events: readonly WorkItemEventEntity[], type: string) => events.findLast((e) => e.type === type);

function latestExtension(events: readonly WorkItemEventEntity[]): NoticeFacts['extension'] {
  const approvedAt = events.findLastIndex((e) => e.type === 'extension_approved');
  if (approvedAt < 0) return undefined;
  const approved = events[approvedAt]!.data;
  // The reason is the handler's, on the request the leader approved: the last one before the approval.
  const request = events.slice(0, approvedAt).findLast((e) => e.type === 'extension_requested');
  const days = approved.days;
  const dueAt = text(approved.dueAt);
  if (typeof days !== 'number' || !dueAt) return undefined;
  return { days, reason: text(request?.data.reason) ?? '', dueOn: dueAt };
}

/**
 * The facts of a notice about one item, from the item, its timeline (oldest first) and the
 * reference data. The caller has checked that the actor may see the item; the petitioner's name
 * is passed in as that actor may read it.
 */
export function buildNoticeFacts(
  item: WorkItemState,
  events: readonly WorkItemEventEntity[],
  kind: Pick<KindDefinition, 'id' | 'label'>,
  petitionerName: string | null,
  names: NameLookup,
  settings: NoticeSettings,
): NoticeFacts {
  const upcoming = upcomingFields(item);
  const reply = latest(events, 'replied');
  const answerText = text(reply?.data.content);
  const decision = upcoming.acceptance
    ? {
        accepted: upcoming.acceptance.decision === 'accepted',
        decidedOn: upcoming.acceptance.decidedAt,
        ...(upcoming.acceptance.reasonCode ? { reasonCode: upcoming.acceptance.reasonCode } : {}),
        ...(upcoming.acceptance.reasonLabel ? { reasonLabel: upcoming.acceptance.reasonLabel } : {}),
        ...(upcoming.acceptance.note ? { note: upcoming.acceptance.note } : {}),
      }
    : undefined;
  const extension = latestExtension(events);
  return {
    code: item.code,
    title: item.title,
    kind: { id: kind.id, label: kind.label },
    // An enterprise appeal is answered to the company.
    petitionerName: petitionerName ?? names.enterprise(item.enterpriseId),
    // Until the item records when the matter arrived, its registration date stands for it (registered on receipt, the usual case).
    receivedOn: upcoming.receivedOn ?? shanghaiDate(new Date(item.createdAt)),
    registeredOn: item.createdAt,
    departmentName: names.department(item.departmentId),
    ...(decision ? { decision } : {}),
    ...(upcoming.statutoryClock ? { statutoryDueOn: upcoming.statutoryClock.dueAt } : {}),
    ...(extension ? { extension } : {}),
    ...(reply && answerText ? { answer: { text: answerText, answeredOn: reply.at.toISOString() } } : {}),
    unitName: settings.unitName,
    ...(settings.reviewBody ? { reviewBody: settings.reviewBody } : {}),
  };
}

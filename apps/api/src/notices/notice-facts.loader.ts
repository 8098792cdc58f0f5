import type { WorkItemEventEntity } from '@parkflow/db';
import { choiceLabel, kindAction, shanghaiDate, type KindDefinition, type NoticeFacts, type WorkItemState } from '@parkflow/domain';
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

const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() ? value : undefined);

/** The latest event of a type, oldest-first timeline. */
const latest = (events: readonly WorkItemEventEntity[], type: string) => events.findLast((e) => e.type === type);

function latestExtension(events: readonly WorkItemEventEntity[]): NoticeFacts['extension'] {
  const approvedAt = events.findLastIndex((e) => e.type === 'extension_approved');
  if (approvedAt < 0) return undefined;
  const approved = events[approvedAt]!.data;
  // The reason is the handler's, on the request the leader approved: the last one before the approval.
  const request = events.slice(0, approvedAt).findLast((e) => e.type === 'extension_requested');
  const days = approved.days;
  // The statute's due date where the kind has a statutory clock (the petitioner is told that one).
  const dueAt = text(approved.statutoryDueAt) ?? text(approved.dueAt);
  if (typeof days !== 'number' || !dueAt) return undefined;
  return { days, reason: text(approved.reason) ?? text(request?.data.reason) ?? '', dueOn: dueAt };
}

/**
 * The facts of a notice about one item, from the item, its timeline (oldest first) and the
 * reference data. The caller has checked that the actor may see the item; the petitioner's name
 * is passed in as that actor may read it.
 */
export function buildNoticeFacts(
  item: WorkItemState,
  events: readonly WorkItemEventEntity[],
  kind: KindDefinition,
  petitionerName: string | null,
  names: NameLookup,
  settings: NoticeSettings,
): NoticeFacts {
  const acceptance = item.acceptance ?? null;
  // The refusal's reason as the kind names it (a choice of its decline_matter action).
  const declineDef = kindAction(kind, 'decline_matter');
  const reasonLabel = acceptance?.reasonCode && declineDef ? choiceLabel(declineDef, 'reason', acceptance.reasonCode)?.zh : undefined;
  const reply = latest(events, 'replied');
  const answerText = text(reply?.data.content);
  const decision = acceptance
    ? {
        accepted: acceptance.decision === 'accepted',
        decidedOn: acceptance.decidedAt,
        ...(acceptance.reasonCode ? { reasonCode: acceptance.reasonCode } : {}),
        ...(reasonLabel ? { reasonLabel } : {}),
        ...(acceptance.note ? { note: acceptance.note } : {}),
      }
    : undefined;
  const extension = latestExtension(events);
  return {
    code: item.code,
    title: item.title,
    kind: { id: kind.id, label: kind.label },
    // An enterprise appeal is answered to the company.
    petitionerName: petitionerName ?? names.enterprise(item.enterpriseId),
    // Items registered before the received date existed: their registration date stands for it.
    receivedOn: item.receivedOn ?? shanghaiDate(new Date(item.createdAt)),
    registeredOn: item.createdAt,
    departmentName: names.department(item.departmentId),
    ...(decision ? { decision } : {}),
    ...(item.statutoryClock ? { statutoryDueOn: item.statutoryClock.dueAt } : {}),
    ...(extension ? { extension } : {}),
    ...(reply && answerText ? { answer: { text: answerText, answeredOn: reply.at.toISOString() } } : {}),
    unitName: settings.unitName,
    ...(settings.reviewBody ? { reviewBody: settings.reviewBody } : {}),
  };
}

import type { Label } from '../catalog/label.js';
import { NOTICE_TYPES, type KindId, type NoticeType } from '../work-item/work-item.types.js';

/*
 * 书面告知：the four written notices a petition office sends under the 信访工作条例 — that a
 * matter is accepted, not accepted (with the reason), that handling is extended (with the reason
 * and the new due date), and the written answer. The review kinds send the same four; only the
 * answer's name changes (复查意见书 / 复核意见书), see `noticeTypeLabel`.
 */
export const NOTICE_LABELS: Readonly<Record<NoticeType, Label>> = {
  acceptance: { zh: '受理告知书', en: 'Notice of acceptance' },
  rejection: { zh: '不予受理告知书', en: 'Notice of non-acceptance' },
  extension: { zh: '延期告知书', en: 'Notice of extension' },
  opinion: { zh: '处理意见书', en: 'Written opinion' },
};

/** The notice types (work-item.types' NOTICE_TYPES), as a list. */
export const NOTICE_TYPE_IDS: readonly NoticeType[] = NOTICE_TYPES;

/** The review kinds (复查, 复核) by id: their answer is a 复查意见书 / 复核意见书, not a 处理意见书. */
export const REVIEW_KIND_IDS = { review: 'petition_review', rereview: 'petition_rereview' } as const;

const REVIEW_OPINION_LABELS: Readonly<Record<string, Label>> = {
  [REVIEW_KIND_IDS.review]: { zh: '复查意见书', en: 'Review opinion' },
  [REVIEW_KIND_IDS.rereview]: { zh: '复核意见书', en: 'Final review opinion' },
};

export function isNoticeType(value: string): value is NoticeType {
  return (NOTICE_TYPES as readonly string[]).includes(value);
}

/** The notice's name for an item of this kind (the answer of a review is named after the review). */
export function noticeTypeLabel(type: NoticeType, kind: KindId): Label {
  if (type === 'opinion' && Object.hasOwn(REVIEW_OPINION_LABELS, kind)) return REVIEW_OPINION_LABELS[kind]!;
  return NOTICE_LABELS[type];
}

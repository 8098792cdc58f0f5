import { shanghaiDate } from '../calendar/index.js';
import { kindAction, type KindDefinition } from '../kinds/kind-definition.js';
import { NOTICE_TYPES, type NoticeChannel, type NoticeType, type WorkItemState } from '../work-item/work-item.types.js';

/*
 * Which written notice (告知书) an item has, and since when: the one rule the record_notice_sent
 * check, the notice download and the item's notice list all read.
 * - 受理告知书 once the matter was accepted, 不予受理告知书 once it was refused;
 * - 延期告知书 once an extension was approved;
 * - 处理意见书 once the matter was answered (答复).
 */

/** The instant the notice came to exist on this item, or null when it does not (yet). */
export function noticeSince(item: WorkItemState, notice: NoticeType): string | null {
  switch (notice) {
    case 'acceptance':
      return item.acceptance?.decision === 'accepted' ? item.acceptance.decidedAt : null;
    case 'rejection':
      return item.acceptance?.decision === 'not_accepted' ? item.acceptance.decidedAt : null;
    case 'extension':
      // The approval's instant is in the timeline, not the state; the matter's registration bounds it.
      return (item.extensionCount ?? 0) > 0 ? item.createdAt : null;
    case 'opinion':
      return item.answeredAt ?? null;
  }
}

/**
 * Whether a sending on `sentOn` is possible: not before the notice existed (in Asia/Shanghai
 * days), not after `today`. Returns the field message, or null when it is fine.
 */
export function sentOnProblem(item: WorkItemState, notice: NoticeType, sentOn: string, now: Date): string | null {
  if (sentOn > shanghaiDate(now)) return 'cannot be in the future';
  const since = noticeSince(item, notice);
  if (since !== null && sentOn < shanghaiDate(new Date(since))) return `cannot be before the notice existed (${shanghaiDate(new Date(since))})`;
  return null;
}

/** The notices the kind sends: the values of its record_notice_sent action's `notice` input, in order. */
export function kindNotices(kind: KindDefinition): NoticeType[] {
  const spec = kindAction(kind, 'record_notice_sent')?.inputs.notice;
  return spec?.type === 'enum' ? spec.values.filter((v): v is NoticeType => (NOTICE_TYPES as readonly string[]).includes(v)) : [];
}

/** The item's notices as its page lists them: each the kind sends, whether it exists yet, and its latest sending. */
export function noticeEntries(kind: KindDefinition, item: WorkItemState): { type: NoticeType; available: boolean; sentOn: string | null; channel: NoticeChannel | null }[] {
  return kindNotices(kind).map((type) => {
    const sent = item.notices?.[type];
    return { type, available: noticeSince(item, type) !== null, sentOn: sent?.sentOn ?? null, channel: sent?.channel ?? null };
  });
}

import type { WorkItemDetail } from '@parkflow/contracts';
import { reviewWindowLastDay, type KindDefinition, type Role, type WorkCalendar } from '@parkflow/domain';

export interface ReviewOffer {
  /** The kind that reviews this item (复查 for a petition, 复核 for a 复查). */
  kind: KindDefinition;
  /** The last day the request may be made (YYYY-MM-DD, Asia/Shanghai). */
  lastDay: string;
  /** Whether `today` is still inside the window. */
  open: boolean;
}

/**
 * Whether the item page offers to register a 复查 / 复核 of the item: a kind reviews this kind, the
 * user may register it, the written answer was sent (that day opens the window, the domain's
 * reviewWindowLastDay), and no review of it exists yet. The server decides again on registration.
 */
export function reviewOffer(
  detail: Pick<WorkItemDetail, 'item' | 'reviewChain'>,
  kinds: readonly KindDefinition[],
  roles: readonly Role[],
  calendar: WorkCalendar,
  today: string,
): ReviewOffer | null {
  const { item, reviewChain } = detail;
  const kind = kinds.find((k) => k.review?.of === item.kind && k.registerRoles.some((role) => roles.includes(role)));
  if (!kind) return null;
  const position = reviewChain.findIndex((link) => link.id === item.id);
  if (position >= 0 && position < reviewChain.length - 1) return null;
  const lastDay = reviewWindowLastDay(kind, item, calendar);
  if (!lastDay) return null;
  return { kind, lastDay, open: today <= lastDay };
}

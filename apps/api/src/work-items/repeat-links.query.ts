import type { RepeatLink } from '@parkflow/contracts';
import { toWorkItemState, WorkItemEntity } from '@parkflow/db';
import { canSee, type Actor, type KindRegistry, type WorkItemState } from '@parkflow/domain';
import type { EntityManager } from 'typeorm';

/** An item at the other end of a repeat link, as the contract shows it. */
export function presentRepeatLink(item: WorkItemState): RepeatLink {
  return { id: item.id, code: item.code, title: item.title, kind: item.kind, status: item.status, category: item.category, createdAt: item.createdAt, closedAt: item.closedAt };
}

/** Later repeats of one item listed on its page at most (a petitioner back a hundred times is still shown a hundred times in the queue). */
const MAX_LATER = 100;

/**
 * The repeat links of an item both ways (重复件): the earlier item it repeats (前件) and the later
 * ones registered as its repeats (后续重复件), oldest first. Links the viewer may not see are
 * left out, like any item they may not see.
 */
export async function loadRepeatLinks(manager: EntityManager, item: WorkItemState, actor: Actor, kinds: KindRegistry): Promise<{ of: RepeatLink | null; later: RepeatLink[] }> {
  const repo = manager.getRepository(WorkItemEntity);
  const visible = (s: WorkItemState) => {
    const kind = kinds.get(s.kind);
    return kind !== undefined && canSee(s, actor, kind);
  };
  const earlierRow = item.repeatOfId ? await repo.findOneBy({ id: item.repeatOfId }) : null;
  const earlier = earlierRow ? toWorkItemState(earlierRow) : null;
  const laterRows = await repo.find({ where: { repeatOfId: item.id }, order: { createdAt: 'ASC', id: 'ASC' }, take: MAX_LATER });
  return {
    of: earlier && visible(earlier) ? presentRepeatLink(earlier) : null,
    later: laterRows.map(toWorkItemState).filter(visible).map(presentRepeatLink),
  };
}

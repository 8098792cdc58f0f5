import type { ReviewLinkSchema } from '@parkflow/contracts';
import { toWorkItemState, WorkItemEntity } from '@parkflow/db';
import { canSee, type Actor, type KindRegistry, type WorkItemState } from '@parkflow/domain';
import type { EntityManager } from 'typeorm';
import type { z } from 'zod';

type ReviewLink = z.infer<typeof ReviewLinkSchema>;

/** original → 复查 → 复核 is three links; the walk stops there whatever the data says (no cycle can spin it). */
const MAX_LINKS = 5;

/**
 * The review chain an item belongs to, oldest first and itself included: up through the items it
 * reviews (review_of_id), down through those that review it. Links the viewer may not see are
 * left out, like any item they may not see.
 */
export async function loadReviewChain(manager: EntityManager, item: WorkItemState, actor: Actor, kinds: KindRegistry): Promise<ReviewLink[]> {
  const repo = manager.getRepository(WorkItemEntity);
  const up: WorkItemState[] = [];
  let cursor = item.reviewOfId ?? null;
  while (cursor && up.length < MAX_LINKS) {
    const row = await repo.findOneBy({ id: cursor });
    if (!row) break;
    const state = toWorkItemState(row);
    up.unshift(state);
    cursor = state.reviewOfId;
  }
  const down: WorkItemState[] = [];
  let parent = item.id;
  while (down.length < MAX_LINKS) {
    const row = await repo.findOneBy({ reviewOfId: parent });
    if (!row) break;
    const state = toWorkItemState(row);
    down.push(state);
    parent = state.id;
  }
  const chain = [...up, item, ...down];
  if (chain.length === 1) return [];
  return chain
    .filter((s) => {
      const kind = kinds.get(s.kind);
      return kind !== undefined && canSee(s, actor, kind);
    })
    .map((s) => ({ id: s.id, code: s.code, kind: s.kind, status: s.status, receivedOn: s.receivedOn ?? null }));
}

import { foldStatFacts, ratingFacts, statDelta, type ItemStatFacts, type RatingFact, type StatContribution, type StatEvent, type StatItem, type WorkCalendar } from '@parkflow/domain';
import { In, MoreThan, type EntityManager } from 'typeorm';
import { ItemRatingEntity } from '../entities/item-rating.entity.js';
import { ItemStatFactsEntity } from '../entities/item-stat-facts.entity.js';
import { WorkItemEventEntity } from '../entities/work-item-event.entity.js';
import { WorkItemEntity } from '../entities/work-item.entity.js';
import { toWorkItemState } from '../work-items/work-item.mapper.js';

/*
 * Keeps item_stat_facts and item_ratings true: after every decision, inside its transaction, the
 * item's facts are folded forward by the decision's events (domain foldStatFacts). The work_items
 * UPDATE guarded by the version has already locked the item's row, so two actions never fold
 * the same facts at once.
 */

/**
 * Folds one decision's events into the item's facts and appends its ratings; returns the day-sums
 * delta for the caller to append with the decision's other rows (work-item.store.ts sends them in
 * one statement). The events are not stored yet. `isNew`: the item was just inserted.
 */
export async function storeStatFacts(manager: EntityManager, item: StatItem, events: readonly StatEvent[], calendar: WorkCalendar, isNew: boolean): Promise<StatContribution[]> {
  let facts: ItemStatFacts;
  const stored = isNew ? null : await manager.findOneBy(ItemStatFactsEntity, { itemId: item.id });
  const previous = stored ? fromRow(stored) : null;
  if (isNew || previous) facts = foldStatFacts(previous, item, events, calendar);
  // No facts for an existing item (a row lost, or written around this code): fold its whole
  // timeline, the stored events and this decision's.
  else facts = foldStatFacts(null, item, [...(await timelineOf(manager, item.id)), ...events], calendar);
  await manager.upsert(ItemStatFactsEntity, toRow(facts) as never, ['itemId']);
  const ratings = ratingFacts(item, events);
  if (ratings.length > 0) await insertRatings(manager, ratings);
  // The day sums move by what this action changed (stat-day-sums.store.ts).
  return statDelta(previous, facts, ratings);
}

/**
 * Rebuilds the facts and ratings of every item from its timeline (the migration that made these
 * tables runs it; it can be run again at any time, since it only overwrites facts and adds
 * missing ratings). Pages of 500 items, each with its events in one query.
 */
export async function rebuildStatFacts(manager: EntityManager, calendar: WorkCalendar): Promise<number> {
  let after = '00000000-0000-0000-0000-000000000000';
  let count = 0;
  for (;;) {
    const rows = await manager.find(WorkItemEntity, { where: { id: MoreThan(after) }, order: { id: 'ASC' }, take: 500 });
    if (rows.length === 0) return count;
    after = rows.at(-1)!.id;
    const events = await manager.find(WorkItemEventEntity, { where: { itemId: In(rows.map((r) => r.id)) }, order: { id: 'ASC' } });
    // Grouped once: filtering the page's events per item would be quadratic in the page.
    const timelines = new Map<string, StatEvent[]>();
    for (const e of events) {
      const timeline = timelines.get(e.itemId);
      if (timeline) timeline.push(toStatEvent(e));
      else timelines.set(e.itemId, [toStatEvent(e)]);
    }
    for (const row of rows) {
      const item = toWorkItemState(row);
      const timeline = timelines.get(row.id) ?? [];
      await manager.upsert(ItemStatFactsEntity, toRow(foldStatFacts(null, item, timeline, calendar)) as never, ['itemId']);
      const ratings = ratingFacts(item, timeline);
      if (ratings.length > 0) await insertRatings(manager, ratings);
      count += 1;
    }
  }
}

async function timelineOf(manager: EntityManager, itemId: string): Promise<StatEvent[]> {
  return (await manager.find(WorkItemEventEntity, { where: { itemId }, order: { id: 'ASC' } })).map(toStatEvent);
}

const toStatEvent = (e: WorkItemEventEntity): StatEvent => ({ type: e.type as StatEvent['type'], at: e.at.toISOString(), data: e.data as StatEvent['data'] });

/** Appends ratings; one already stored (same item and instant, e.g. by a rebuild) is left as it is. */
async function insertRatings(manager: EntityManager, ratings: readonly RatingFact[]): Promise<void> {
  const rows = ratings.map((r) => ({ ...r, ratedAt: new Date(r.ratedAt) }));
  await manager.createQueryBuilder().insert().into(ItemRatingEntity).values(rows as never).orIgnore().execute();
}

function toRow(f: ItemStatFacts): ItemStatFactsEntity {
  return { ...f, runningDueAt: f.runningDueAt ? new Date(f.runningDueAt) : null };
}

function fromRow(r: ItemStatFactsEntity): ItemStatFacts {
  return { ...r, runningDueAt: r.runningDueAt ? r.runningDueAt.toISOString() : null };
}

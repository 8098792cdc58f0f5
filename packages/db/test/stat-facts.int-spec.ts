import { createKindRegistry, statFactsOfTimeline, type StatEvent } from '@parkflow/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase, dropDatabase, runScopedName } from '../../../tooling/scripts/test-resources.mjs';
import {
  createDataSource,
  ItemRatingEntity,
  ItemStatFactsEntity,
  loadWorkCalendar,
  migrateDatabase,
  rebuildStatFacts,
  seedDemoData,
  toWorkItemState,
  WorkItemEntity,
  WorkItemEventEntity,
} from '../src/index.js';

const SERVER = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/*
 * The facts are folded decision by decision inside each action's transaction (persistDecision).
 * The demo seed stores its items through that same path, action after action, so its facts must
 * equal each item's whole stored timeline folded at once — and a rebuild must change nothing.
 */
describe('statistics facts kept by every decision', () => {
  const name = runScopedName('stat_facts');
  let dataSource: ReturnType<typeof createDataSource>;

  beforeAll(async () => {
    dataSource = createDataSource({ url: await createDatabase(SERVER, name), poolSize: 2 });
    await dataSource.initialize();
    await migrateDatabase(dataSource);
    await seedDemoData(dataSource, createKindRegistry());
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await dropDatabase(SERVER, name);
  });

  async function expected() {
    const calendar = await loadWorkCalendar(dataSource);
    const rows = await dataSource.getRepository(WorkItemEntity).find();
    const out = [];
    for (const row of rows) {
      const events = await dataSource.getRepository(WorkItemEventEntity).find({ where: { itemId: row.id }, order: { id: 'ASC' } });
      const timeline: StatEvent[] = events.map((e) => ({ type: e.type as StatEvent['type'], at: e.at.toISOString(), data: e.data as StatEvent['data'] }));
      out.push(statFactsOfTimeline(toWorkItemState(row), timeline, calendar));
    }
    return out;
  }

  async function stored() {
    const facts = await dataSource.getRepository(ItemStatFactsEntity).find();
    const ratings = await dataSource.getRepository(ItemRatingEntity).find({ order: { ratedAt: 'ASC' } });
    return {
      facts: facts.map((f) => ({ ...f, runningDueAt: f.runningDueAt?.toISOString() ?? null })),
      ratings: ratings.map((r) => ({ ...r, ratedAt: r.ratedAt.toISOString() })),
    };
  }

  it('holds for every item what its whole timeline folds to, ratings included', async () => {
    const want = await expected();
    const got = await stored();
    expect(got.facts).toHaveLength(want.length);
    const byId = new Map(got.facts.map((f) => [f.itemId, f]));
    for (const w of want) expect(byId.get(w.facts.itemId), w.facts.itemId).toEqual(w.facts);
    const wantRatings = want.flatMap((w) => w.ratings);
    // The demo has rated items; every rating is a row of its own (a redo's second rating adds one).
    expect(wantRatings.length).toBeGreaterThan(0);
    const key = (r: { itemId: string; ratedAt: string; ratedOn: string; satisfaction: string | null }) => `${r.itemId} ${r.ratedAt} ${r.ratedOn} ${r.satisfaction}`;
    expect(got.ratings.map(key).sort()).toEqual(wantRatings.map(key).sort());
  });

  it('changes nothing when rebuilt from the timelines, and refills a lost row', async () => {
    const before = await stored();
    const lost = before.facts[0]!.itemId;
    await dataSource.getRepository(ItemStatFactsEntity).delete({ itemId: lost });
    expect(await rebuildStatFacts(dataSource.manager, await loadWorkCalendar(dataSource))).toBe(before.facts.length);
    const after = await stored();
    const sort = <T extends { itemId: string }>(xs: T[]) => [...xs].sort((a, b) => a.itemId.localeCompare(b.itemId));
    expect(sort(after.facts)).toEqual(sort(before.facts));
    expect(after.ratings).toHaveLength(before.ratings.length);
  });
});

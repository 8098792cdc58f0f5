import { createKindRegistry, decide, statFactsOfTimeline, type StatEvent } from '@parkflow/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase, dropDatabase, runScopedName } from '../../../tooling/scripts/test-resources.mjs';
import {
  createDataSource,
  ItemRatingEntity,
  ItemStatFactsEntity,
  loadActiveUserWithActor,
  loadWorkCalendar,
  migrateDatabase,
  persistDecision,
  rebuildStatFacts,
  seedDemoData,
  toWorkItemState,
  UserEntity,
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
  it('folds the stored timeline and the decision\'s own events when an acting item has no facts row', async () => {
    const calendar = await loadWorkCalendar(dataSource);
    const kinds = createKindRegistry();
    const rows = await dataSource.getRepository(WorkItemEntity).find();
    const row = rows.find((r) => r.status === 'pending_acceptance' && r.departmentId)!;
    const users = await dataSource.getRepository(UserEntity).find();
    const handler = users.find((u) => u.departmentId === row.departmentId && u.roles.includes('handler'))!;
    const { actor } = (await loadActiveUserWithActor(dataSource.manager, handler.id))!;
    const decision = decide(toWorkItemState(row), 'accept', actor, {}, new Date(), calendar, kinds);
    if (!decision.ok) throw new Error(`accept refused: ${JSON.stringify(decision.refusal)}`);
    await dataSource.getRepository(ItemStatFactsEntity).delete({ itemId: row.id });
    await dataSource.transaction((manager) => persistDecision(manager, toWorkItemState(row), decision, calendar));
    // What the whole stored timeline (the accept now in it) folds to, computed apart.
    const want = (await expected()).find((w) => w.facts.itemId === row.id)!;
    const got = (await stored()).facts.find((f) => f.itemId === row.id);
    expect(got).toEqual(want.facts);
    expect(got?.handlerId).toBe(handler.id);
  });
});

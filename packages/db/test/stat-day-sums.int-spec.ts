import { createKindRegistry, DAY_COUNTS, factContributions, ratingContribution, type ItemStatFacts, type RatingFact, type StatContribution } from '@parkflow/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase, dropDatabase, runScopedName } from '../../../tooling/scripts/test-resources.mjs';
import {
  createDataSource,
  DAY_COUNT_COLUMNS,
  foldStatDeltas,
  ItemRatingEntity,
  ItemStatFactsEntity,
  migrateDatabase,
  rebuildStatDaySums,
  seedDemoData,
  STAT_SUM_DIMENSIONS,
  type StatSumDimension,
} from '../src/index.js';

const SERVER = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const COLUMNS = DAY_COUNTS.map((c) => DAY_COUNT_COLUMNS[c]);

/*
 * The day sums are kept by the deltas each decision appends (the demo seed stores its items
 * action after action). Whatever has been folded, the sums plus the pending deltas must equal
 * the domain's contributions of the stored facts and ratings, in every dimension; folding and a
 * rebuild from the facts must change nothing.
 */
describe('statistics day sums kept by every decision', () => {
  const name = runScopedName('stat_day_sums');
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

  const valueOf = (d: StatSumDimension, c: StatContribution) => (d === 'total' ? null : d === 'handler' ? c.handlerId : c[d]);
  const rowKey = (value: string | null, day: string, dep: string | null, kind: string) => `${value}|${day}|${dep}|${kind}`;

  /** What the stored facts and ratings contribute, by row of one dimension; zero rows left out. */
  async function expected(d: StatSumDimension) {
    const facts = (await dataSource.getRepository(ItemStatFactsEntity).find()).map((f) => ({ ...f, runningDueAt: null }) as ItemStatFacts);
    const ratings = (await dataSource.getRepository(ItemRatingEntity).find()).map((r) => ({ ...r, ratedAt: r.ratedAt.toISOString() }) as RatingFact);
    const rows = new Map<string, Record<string, number>>();
    const histogram = new Map<string, number>();
    for (const c of [...facts.flatMap(factContributions), ...ratings.map(ratingContribution)]) {
      const key = rowKey(valueOf(d, c), c.day, c.departmentId, c.kind);
      const row = rows.get(key) ?? Object.fromEntries(COLUMNS.map((col) => [col, 0]));
      for (const [count, n] of Object.entries(c.counts)) {
        const column = DAY_COUNT_COLUMNS[count as keyof typeof DAY_COUNT_COLUMNS];
        row[column] = (row[column] ?? 0) + n;
      }
      rows.set(key, row);
      // No histogram by handler (stat-day-sums.store.ts).
      if (c.handlingDays !== null && d !== 'handler') {
        const h = `${valueOf(d, c)}|${c.day.slice(0, 7)}|${c.departmentId}|${c.kind}|${c.handlingDays}`;
        histogram.set(h, (histogram.get(h) ?? 0) + (c.counts.closed ?? 0));
      }
    }
    return { rows: nonZero(rows), histogram: [...histogram].filter(([, n]) => n !== 0).sort() };
  }

  /** The sums plus the pending deltas, read as the api reads them: in one statement. */
  async function stored(d: StatSumDimension) {
    const deltaValue = d === 'total' ? 'NULL::text' : d === 'handler' ? 'handler_id::text' : d;
    const rows: Record<string, unknown>[] = await dataSource.query(
      `SELECT value, day::text AS day, department_id AS dep, kind, ${COLUMNS.map((c) => `sum(${c})::float8 AS ${c}`).join(', ')} FROM (
         SELECT value, day, department_id, kind, ${COLUMNS.join(', ')} FROM stat_day_sums WHERE dimension = $1
         UNION ALL SELECT ${deltaValue}, day, department_id, kind, ${COLUMNS.join(', ')} FROM stat_deltas) u
       GROUP BY 1, 2, 3, 4`,
      [d],
    );
    const byKey = new Map(rows.map((r) => [rowKey(r.value as string | null, r.day as string, r.dep as string | null, r.kind as string), Object.fromEntries(COLUMNS.map((c) => [c, Number(r[c])]))]));
    const histogram: { k: string; n: number }[] = await dataSource.query(
      `SELECT concat_ws('|', coalesce(value, 'null'), to_char(month, 'YYYY-MM'), coalesce(department_id::text, 'null'), kind, days) AS k, sum(items)::int AS n FROM (
         SELECT value, month, department_id, kind, days, items FROM stat_month_handling WHERE dimension = $1
         UNION ALL SELECT ${deltaValue}, date_trunc('month', day)::date, department_id, kind, handling_days, closed FROM stat_deltas WHERE handling_days IS NOT NULL AND $1 <> 'handler') u
       GROUP BY 1 HAVING sum(items) <> 0`,
      [d],
    );
    return { rows: nonZero(byKey), histogram: histogram.map((h) => [h.k, h.n] as [string, number]).sort() };
  }

  const nonZero = (rows: Map<string, Record<string, number>>) =>
    Object.fromEntries(
      [...rows]
        .filter(([, r]) => Object.values(r).some((n) => Math.abs(n) > 1e-9))
        .map(([k, r]): [string, Record<string, number>] => [k, { ...r, handling_sum: Math.round(r.handling_sum! * 100) / 100 }])
        .sort(([a], [b]) => a.localeCompare(b)),
    );

  async function expectTrue() {
    for (const d of STAT_SUM_DIMENSIONS) {
      const [want, got] = [await expected(d), await stored(d)];
      expect(Object.keys(want.rows).length, d).toBeGreaterThan(0);
      expect(got.rows, d).toEqual(want.rows);
      expect(got.histogram, d).toEqual(want.histogram);
    }
  }

  it('hold, with the deltas not yet folded, what the stored facts contribute in every dimension', async () => {
    const [{ n }] = await dataSource.query('SELECT count(*)::int AS n FROM stat_deltas');
    expect(n).toBeGreaterThan(0);
    await expectTrue();
  });

  it('still hold it once every delta is folded into the sums, and a second fold finds nothing', async () => {
    const [{ n }] = await dataSource.query('SELECT count(*)::int AS n FROM stat_deltas');
    expect(await foldStatDeltas(dataSource.manager)).toBe(n);
    expect(await foldStatDeltas(dataSource.manager)).toBe(0);
    await expectTrue();
  });

  it('are rebuilt from the facts to the same sums, a lost or wrong row repaired', async () => {
    await dataSource.query(`UPDATE stat_day_sums SET registered = registered + 5 WHERE ctid = (SELECT ctid FROM stat_day_sums LIMIT 1)`);
    const counts = await rebuildStatDaySums(dataSource.manager);
    expect(counts.items).toBe(await dataSource.getRepository(ItemStatFactsEntity).count());
    expect(counts.ratings).toBe(await dataSource.getRepository(ItemRatingEntity).count());
    const [{ n }] = await dataSource.query('SELECT count(*)::int AS n FROM stat_deltas');
    expect(n).toBe(0);
    await expectTrue();
  });
});

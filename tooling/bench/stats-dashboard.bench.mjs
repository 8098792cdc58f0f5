// `pnpm bench --bench stats [--items 1000000] [--runs 30] [--keep 1]` (--keep: leave the database, to EXPLAIN): a year's dashboard over N items. Starts
// ParkFlow (demo park, throwaway database) and adds N synthetic items' statistics facts (and a
// rating for half of the closed ones) spread over the last 365 days across the demo departments,
// then times the requests the dashboard page makes, one at a time and all at once as the page
// does, as an admin (every department) and as a department head (one). Figures, not assertions.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { createDataSource, rebuildStatDaySums } from '../../packages/db/dist/index.js';
import { freePort, startStack } from '../scripts/stack.mjs';
import { createDatabase, dropDatabase, runScopedName } from '../scripts/test-resources.mjs';

const args = Object.fromEntries(process.argv.slice(2).reduce((pairs, a, i, all) => (a.startsWith('--') ? [...pairs, [a.slice(2), all[i + 1]]] : pairs), []));
const ITEMS = Number(args.items ?? 1_000_000);
const RUNS = Number(args.runs ?? 30);
const SERVER = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

const percentile = (values, p) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))];
const line = (label, ms) => console.log(`${label.padEnd(44)} p50 ${percentile(ms, 50).toFixed(0).padStart(5)} ms   p95 ${percentile(ms, 95).toFixed(0).padStart(5)} ms   max ${Math.max(...ms).toFixed(0).padStart(5)} ms`);

/*
 * Synthetic facts, deterministic in g (no random(): a rerun measures the same rows). 95% assigned,
 * 90% of those signed on time; resolution due 15–24 days after registration, 6 in 7 met; 4 in 5
 * closed when old enough; 1 in 7 overdue, 1 in 11 extended, 1 in 13 returned.
 */
const FACTS_SQL = `
WITH d AS (SELECT array_agg(id ORDER BY code) AS ids FROM departments),
h AS (SELECT array_agg(gen_random_uuid()) AS ids FROM generate_series(1, 120)),
rows AS (
  SELECT g, d.ids[1 + (g * 31) % array_length(d.ids, 1)] AS dep, h.ids[1 + (g * 17) % 120] AS hnd, ($1::date - ((g * 37) % 365)) AS reg
  FROM generate_series(1, $2::int) g, d, h
)
INSERT INTO item_stat_facts (item_id, kind, category, channel, department_id, handler_id, registered_on, assigned_on, signed_on, responded_on_time,
  resolution_due_on, resolved_on_time, closed_on, handling_working_days, overdue_on, extended_on, extension_count, returned_on, return_count, running_due_at)
SELECT gen_random_uuid(),
  (ARRAY['petition','appeal','appeal','project_task'])[1 + g % 4],
  (ARRAY['utilities','permits','hiring','land','environment','safety','finance','traffic','housing','other'])[1 + (g * 7) % 10],
  (ARRAY['visit','letter','hotline','online','email'])[1 + (g * 13) % 5],
  dep, hnd, reg,
  CASE WHEN g % 20 <> 0 THEN reg + g % 2 END,
  CASE WHEN g % 20 <> 0 AND g % 30 <> 0 THEN reg + g % 3 END,
  g % 20 <> 0 AND g % 10 <> 0,
  reg + 15 + g % 10,
  g % 7 <> 0,
  CASE WHEN g % 5 <> 0 AND reg + 20 <= $1::date THEN reg + 10 + g % 15 END,
  CASE WHEN g % 5 <> 0 AND reg + 20 <= $1::date THEN 5 + (g % 150) / 10.0 END,
  CASE WHEN g % 7 = 0 THEN reg + 15 + g % 10 END,
  CASE WHEN g % 11 = 0 THEN reg + 5 END, CASE WHEN g % 11 = 0 THEN 1 ELSE 0 END,
  CASE WHEN g % 13 = 0 THEN reg + 1 END, CASE WHEN g % 13 = 0 THEN 1 ELSE 0 END,
  CASE WHEN NOT (g % 5 <> 0 AND reg + 20 <= $1::date) THEN (reg + 25)::timestamptz END
FROM rows`;

const RATINGS_SQL = `
INSERT INTO item_ratings (item_id, rated_at, rated_on, satisfaction, kind, category, channel, department_id, handler_id)
SELECT item_id, (closed_on + 1)::timestamptz, closed_on + 1,
  (ARRAY['satisfied','satisfied','basically_satisfied','dissatisfied',NULL])[1 + abs(hashtext(item_id::text)) % 5],
  kind, category, channel, department_id, handler_id
FROM item_stat_facts WHERE closed_on IS NOT NULL AND abs(hashtext(item_id::text)) % 2 = 0`;

const name = runScopedName('bench_stats');
const dataDir = mkdtempSync(join(tmpdir(), 'parkflow-bench-'));
const databaseUrl = await createDatabase(SERVER, name);
const env = { PARKFLOW_SEED: 'demo', PARKFLOW_TOKEN_SECRET: 'bench-secret-not-for-production', DATABASE_URL: databaseUrl, REDIS_URL: undefined, PARKFLOW_SIGNIN_PER_ACCOUNT: '100000' };
const stack = await startStack({ port: await freePort(0), dataDir, env, stdio: 'pipe' });
const db = new pg.Client({ connectionString: databaseUrl });
try {
  await db.connect();
  const today = (await db.query(`SELECT (now() AT TIME ZONE 'Asia/Shanghai')::date::text AS d`)).rows[0].d;
  let t = performance.now();
  await db.query(FACTS_SQL, [today, ITEMS]);
  await db.query(RATINGS_SQL);
  // Autovacuum would do this in time; the bench should not measure its schedule.
  await db.query('VACUUM ANALYZE item_stat_facts');
  await db.query('VACUUM ANALYZE item_ratings');
  const generated = (performance.now() - t) / 1000;
  // The day sums from the synthetic facts, through the domain's contributions, as a repair or an upgrade would.
  t = performance.now();
  const source = createDataSource({ url: databaseUrl, poolSize: 1 });
  await source.initialize();
  const rebuilt = await rebuildStatDaySums(source.manager).finally(() => source.destroy());
  await db.query('VACUUM ANALYZE stat_day_sums');
  await db.query('VACUUM ANALYZE stat_month_handling');
  const sums = (await db.query(`SELECT count(*)::int AS rows, pg_size_pretty(pg_total_relation_size('stat_day_sums') + pg_total_relation_size('stat_month_handling')) AS size FROM stat_day_sums`)).rows[0];
  const rebuildSeconds = (performance.now() - t) / 1000;
  const counts = (await db.query(`SELECT (SELECT count(*) FROM item_stat_facts)::int AS facts, (SELECT count(*) FROM item_ratings)::int AS ratings, pg_size_pretty(pg_total_relation_size('item_stat_facts')) AS size`)).rows[0];
  console.log(`Statistics dashboard — ${counts.facts} items' facts (${counts.size} with indexes), ${counts.ratings} ratings; generated in ${generated.toFixed(1)} s`);
  console.log(`day sums rebuilt from ${rebuilt.items} facts and ${rebuilt.ratings} ratings in ${rebuildSeconds.toFixed(1)} s: ${sums.rows} rows (${sums.size} with the monthly histogram)`);

  const login = async (username) => (await (await fetch(`${stack.url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password: 'parkflow' }) })).json()).accessToken;
  const get = async (token, path) => {
    const started = performance.now();
    const res = await fetch(`${stack.url}/api${path}`, { headers: { authorization: `Bearer ${token}` } });
    await res.arrayBuffer();
    if (res.status !== 200) throw new Error(`${path}: HTTP ${res.status}`);
    return performance.now() - started;
  };
  const from = `${Number(today.slice(0, 4)) - 1}${today.slice(4)}`;
  const year = `from=${from}&to=${today}`;
  // What the dashboard page asks for (apps/web/src/stats): the rates with their trend, overdue by department, the heat map, the monthly report.
  const DASHBOARD = [
    ['figures, total', `/stats/figures?${year}`],
    ['figures by month (the trend)', `/stats/figures?${year}&groupBy=month`],
    ['figures by department', `/stats/figures?${year}&groupBy=department`],
    ['heatmap category × department', `/stats/heatmap?${year}`],
    ['monthly report (信访月报)', `/stats/monthly?month=${today.slice(0, 7)}&kind=petition`],
  ];
  const results = {};
  for (const who of ['admin', 'head']) {
    const token = await login(who);
    console.log(`\nas ${who} (${who === 'admin' ? 'every department' : 'one department'}), ${RUNS} runs after 3 warm-ups:`);
    for (const [label, path] of DASHBOARD) {
      for (let i = 0; i < 3; i++) await get(token, path);
      const ms = [];
      for (let i = 0; i < RUNS; i++) ms.push(await get(token, path));
      line(label, ms);
      results[`${who} ${label}`] = { p50: percentile(ms, 50), p95: percentile(ms, 95) };
    }
    const whole = [];
    for (let i = 0; i < RUNS; i++) {
      t = performance.now();
      await Promise.all(DASHBOARD.map(([, path]) => get(token, path)));
      whole.push(performance.now() - t);
    }
    line('the whole dashboard (all at once, as the page)', whole);
  }
} finally {
  await db.end().catch(() => undefined);
  await stack.stop();
  if (args.keep === undefined) await dropDatabase(SERVER, name);
  else console.log(`kept database ${name} (--keep)`);
  rmSync(dataDir, { recursive: true, force: true });
}

// `pnpm bench`: benchmark 1, action throughput end to end, with a bare baseline measured in the
// same run. ParkFlow (api + worker on a throwaway PostgreSQL database and Redis prefix) and the
// bare baseline (pg + BullMQ only, bare-baseline.bench.mjs) at each concurrency; prints a table
// and the ratio ParkFlow/bare, writes JSON to .cache/bench/<date>.json. Figures, not assertions.
// `--mode embedded` is benchmark 4: the same ParkFlow side on the embedded stack (PGlite, BullMQ's
// PostgreSQL backend; no bare baseline); `--mode both` runs ParkFlow on both stacks, the ratio
// column then being embedded ÷ Redis+PostgreSQL.
// Usage: node tooling/bench/run.mjs [--levels 1:200,4:400,16:800,64:800] [--only parkflow|bare]
//          [--phases register,action] [--profile 16:register]   (CPU profile of the api in that phase)
//        node tooling/bench/run.mjs --mode embedded|both [--levels 1:100,4:200,16:400] [--phases register,action]
//          [--poll-ms 50] [--profile 16:action]   (embedded: profiles of the launcher holding PGlite, the api and the worker)
//        node tooling/bench/run.mjs --bench latency [--items 200]   (the older request-latency figures)
//        node tooling/bench/run.mjs --bench stats [--items 1000000] [--runs 30]   (a year's statistics dashboard)
//        node tooling/bench/run.mjs --bench ledger [--rows 100000]  (the ledger export: rows/s, the worker's peak memory)
//        node tooling/bench/run.mjs --bench timers [--items 400000]  (deadline timers: rebuild time, bytes per timer, lateness, FLUSHALL)
//        node tooling/bench/run.mjs --bench queue-pages [--items 1000000] [--clients 50] [--seconds 20]  (the queue's first page, api against its own SQL)
//        node tooling/bench/run.mjs --bench battle-map [--projects 300] [--nodes 10]  (the battle map's option and renderer, no server)
//        node tooling/bench/run.mjs --bench action-statements [--samples 5]  (the SQL statements and Redis commands of one registration and one action)
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../scripts/stack.mjs';
import { machine } from './bench-stats.helper.mjs';

const args = Object.fromEntries(process.argv.slice(2).reduce((pairs, a, i, all) => (a.startsWith('--') ? [...pairs, [a.slice(2), all[i + 1]]] : pairs), []));
if (args.bench === 'latency') {
  await import('./latency.bench.mjs');
} else if (args.mode === 'embedded' || args.mode === 'both') {
  await import('./embedded-throughput.bench.mjs');
} else if (args.bench === 'stats') {
  await import('./stats-dashboard.bench.mjs');
} else if (args.bench === 'ledger') {
  await import('./ledger-export.bench.mjs');
} else if (args.bench === 'timers') {
  await import('./timers.bench.mjs');
} else if (args.bench === 'queue-pages') {
  await import('./queue-pages.bench.mjs');
} else if (args.bench === 'battle-map') {
  await import('./battle-map.bench.mjs');
} else if (args.bench === 'action-statements') {
  await import('./action-statements.bench.mjs');
} else {
  const server = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const redis = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
  const levels = (args.levels ?? '1:200,4:400,16:800,64:800').split(',').map((l) => ({ concurrency: Number(l.split(':')[0]), count: Number(l.split(':')[1]) }));
  const phases = (args.phases ?? 'register,action').split(',');
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const outDir = join(ROOT, '.cache/bench');
  mkdirSync(outDir, { recursive: true });
  const profile = args.profile ? { level: Number(args.profile.split(':')[0]), phase: args.profile.split(':')[1] ?? 'register', dir: outDir, stamp } : undefined;
  const host = await machine(server, redis);
  console.log(`Benchmark 1 — action throughput end to end; ${host.cpuCount} × ${host.cpuModel}, node ${host.node}, PostgreSQL ${host.postgres}, Redis ${host.redis}`);
  console.log(`levels ${levels.map((l) => `${l.concurrency}×${l.count}`).join(', ')}; phases ${phases.join(', ')}${profile ? `; profiling the api at ${profile.level} clients, ${profile.phase}` : ''}\n`);

  const results = [];
  // The bare baseline first: it is quick, and the ParkFlow run that follows starts from a quiet machine either way.
  if (args.only !== 'parkflow') results.push(...(await (await import('./bare-baseline.bench.mjs')).benchBare({ server, redis, levels, phases })));
  let profiles = [];
  if (args.only !== 'bare') {
    const parkflow = await (await import('./parkflow-throughput.bench.mjs')).benchParkflow({ server, redis, levels, phases, profile });
    results.push(...parkflow.results);
    profiles = parkflow.profiles;
  }

  const find = (system, phase, concurrency) => results.find((r) => r.system === system && r.phase === phase && r.concurrency === concurrency);
  const ratios = [];
  for (const phase of phases) for (const { concurrency } of levels) {
    const [p, b] = [find('parkflow', phase, concurrency), find('bare', phase, concurrency)];
    if (p && b) ratios.push({ phase, concurrency, ratio: Number((p.actionsPerSecond / b.actionsPerSecond).toFixed(3)) });
  }
  const cell = (v, w) => String(v).padStart(w);
  console.log(`\n${'phase'.padEnd(9)}${cell('clients', 8)}  ${'system'.padEnd(9)}${cell('done', 6)}${cell('err', 5)}${cell('actions/s', 11)}${cell('commit p50', 12)}${cell('p95', 8)}${cell('done p50', 10)}${cell('p95', 8)}${cell('ratio', 8)}`);
  for (const phase of phases) for (const { concurrency } of levels) for (const system of ['parkflow', 'bare']) {
    const r = find(system, phase, concurrency);
    if (!r) continue;
    const ratio = system === 'parkflow' ? (ratios.find((x) => x.phase === phase && x.concurrency === concurrency)?.ratio ?? '') : '';
    console.log(`${phase.padEnd(9)}${cell(concurrency, 8)}  ${system.padEnd(9)}${cell(r.done, 6)}${cell(r.errors, 5)}${cell(r.actionsPerSecond, 11)}${cell(r.commitP50Ms, 12)}${cell(r.commitP95Ms, 8)}${cell(r.doneP50Ms, 10)}${cell(r.doneP95Ms, 8)}${cell(ratio, 8)}`);
  }
  console.log('\ncommit = until the answer (ParkFlow: HTTP 201/200; bare: commit + queue add); done = until the worker recorded the routing (registrations) or = commit (actions). ms.');
  const file = join(outDir, `${stamp}.json`);
  writeFileSync(file, JSON.stringify({ benchmark: 'action-throughput-end-to-end', date: new Date().toISOString(), machine: host, levels, phases, results, ratios, profile: profiles[0] ?? null }, null, 2));
  console.log(`JSON: ${file}`);
  for (const p of profiles) console.log(`CPU profile: ${p}\n  summary: node tooling/bench/cpu-profile.summary.mjs ${p}`);
}

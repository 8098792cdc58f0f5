// `pnpm bench --mode embedded`: benchmark 4, benchmark 1's ParkFlow side on the embedded stack —
// PGlite in a launcher process of its own with the api and worker on it, BullMQ's PostgreSQL
// backend instead of Redis — the ceiling of a single-node install. `--mode both` first runs the
// same levels on Redis + PostgreSQL (a throwaway database and prefix), for a ratio from one run.
// No bare baseline. Prints a table, writes .cache/bench/<stamp>-embedded.json. Figures, not assertions.
// Usage: node tooling/bench/run.mjs --mode embedded|both [--levels 1:100,4:200,16:400]
//          [--phases register,action] [--poll-ms 50] [--profile 16:action]
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../scripts/stack.mjs';
import { machine } from './bench-stats.helper.mjs';
import { benchParkflow } from './parkflow-throughput.bench.mjs';

const args = Object.fromEntries(process.argv.slice(2).reduce((pairs, a, i, all) => (a.startsWith('--') ? [...pairs, [a.slice(2), all[i + 1]]] : pairs), []));
const server = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const redis = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
// Fewer actions than benchmark 1's default: one session does a few dozen a second, and the run must end by itself.
const levels = (args.levels ?? '1:100,4:200,16:400').split(',').map((l) => ({ concurrency: Number(l.split(':')[0]), count: Number(l.split(':')[1]) }));
const phases = (args.phases ?? 'register,action').split(',');
// Every poll takes the one session from the app; 50 ms, not benchmark 1's 10 ms (the cost is printed).
const pollMs = Number(args['poll-ms'] ?? 50);
const stamp = new Date().toISOString().replace(/[:.]/g, '-');
const outDir = join(ROOT, '.cache/bench');
mkdirSync(outDir, { recursive: true });
const profile = args.profile ? { level: Number(args.profile.split(':')[0]), phase: args.profile.split(':')[1] ?? 'action', dir: outDir, stamp } : undefined;
const host = { ...(await machine(server, redis)), pglite: JSON.parse(readFileSync(join(ROOT, 'packages/db/node_modules/@electric-sql/pglite/package.json'), 'utf8')).version };
console.log(`Benchmark 4 — embedded mode (PGlite ${host.pglite}, BullMQ on PostgreSQL); ${host.cpuCount} × ${host.cpuModel}, node ${host.node}`);
console.log(`levels ${levels.map((l) => `${l.concurrency}×${l.count}`).join(', ')}; phases ${phases.join(', ')}; poll every ${pollMs} ms${profile ? `; profiling launcher, api and worker at ${profile.level} clients, ${profile.phase}` : ''}\n`);

const results = [];
const pollers = [];
// Redis + PostgreSQL first (mode both), unprofiled: the comparison, from the same machine and minute.
if (args.mode === 'both') {
  const run = await benchParkflow({ server, redis, levels, phases, mode: 'redis' });
  results.push(...run.results);
  pollers.push(run.poller);
}
const embedded = await benchParkflow({ server, redis, levels, phases, mode: 'embedded', pollMs, profile });
results.push(...embedded.results);
pollers.push(embedded.poller);

const find = (system, phase, concurrency) => results.find((r) => r.system === system && r.phase === phase && r.concurrency === concurrency);
const ratios = [];
for (const phase of phases) for (const { concurrency } of levels) {
  const [e, p] = [find('embedded', phase, concurrency), find('parkflow', phase, concurrency)];
  if (e && p) ratios.push({ phase, concurrency, ratio: Number((e.actionsPerSecond / p.actionsPerSecond).toFixed(3)) });
}
const cell = (v, w) => String(v).padStart(w);
console.log(`\n${'phase'.padEnd(9)}${cell('clients', 8)}  ${'system'.padEnd(9)}${cell('done', 6)}${cell('err', 5)}${cell('actions/s', 11)}${cell('commit p50', 12)}${cell('p95', 8)}${cell('done p50', 10)}${cell('p95', 8)}${cell('ratio', 8)}`);
for (const phase of phases) for (const { concurrency } of levels) for (const system of ['embedded', 'parkflow']) {
  const r = find(system, phase, concurrency);
  if (!r) continue;
  const ratio = system === 'embedded' ? (ratios.find((x) => x.phase === phase && x.concurrency === concurrency)?.ratio ?? '') : '';
  console.log(`${phase.padEnd(9)}${cell(concurrency, 8)}  ${system.padEnd(9)}${cell(r.done, 6)}${cell(r.errors, 5)}${cell(r.actionsPerSecond, 11)}${cell(r.commitP50Ms, 12)}${cell(r.commitP95Ms, 8)}${cell(r.doneP50Ms, 10)}${cell(r.doneP95Ms, 8)}${cell(ratio, 8)}`);
}
console.log('\nembedded = PGlite + BullMQ on PostgreSQL; parkflow = PostgreSQL server + Redis; ratio = embedded ÷ parkflow. commit = until the HTTP answer; done = until the worker recorded the routing (registrations) or = commit (actions). ms.');
for (const p of pollers) {
  console.log(`poller (${p.system}, every ${p.everyMs} ms): ${p.polls} polls, ${p.rows} rows, round trip p50 ${p.roundTripP50Ms} / p95 ${p.roundTripP95Ms} ms (${p.roundTripTotalMs} ms in all); one poll on the quiet stack ${p.quietPollMeanMs} ms`);
}
const file = join(outDir, `${stamp}-embedded.json`);
writeFileSync(file, JSON.stringify({ benchmark: 'embedded-mode-throughput', date: new Date().toISOString(), machine: host, levels, phases, pollMs, results, ratios, pollers, profiles: embedded.profiles }, null, 2));
console.log(`JSON: ${file}`);
for (const p of embedded.profiles) console.log(`CPU profile: ${p}\n  summary: node tooling/bench/cpu-profile.summary.mjs ${p}`);

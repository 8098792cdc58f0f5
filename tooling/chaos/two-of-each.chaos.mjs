// Fault run (of concurrency rather than of a crash): two api and two worker processes on one
// PostgreSQL and one Redis, the load spread over both apis; then no stage job processed twice
// (by the events, and by the workers' own log lines), no item moved twice, nothing lost.
//
//   node tooling/chaos/two-of-each.chaos.mjs [--actions 3000] [--clients 8]
//
// Exit 0: nothing found; 1: problems found (listed); 2: the run itself failed or hit its cap.
import { afterRunChecks, openInspector, waitQuiet } from './chaos-checks.helper.mjs';
import { formatStatuses, runLoad } from './chaos-load.helper.mjs';
import { openChaosStack, option, say } from './chaos-stack.helper.mjs';

const TIME_CAP_MS = 330_000;
const total = option('actions', 3000, 100_000);
const clients = option('clients', 8, 64);
const cap = setTimeout(() => {
  say(`time cap of ${TIME_CAP_MS / 1000} s reached: stopping`);
  process.exit(2);
}, TIME_CAP_MS);

const t0 = Date.now();
say(`two-of-each: ${total} operations, ${clients} clients over 2 apis, 2 workers`);
const ctx = await openChaosStack({ reconcileMs: 10_000 });
await ctx.addProcess('api');
await ctx.addProcess('worker');
say(`private PostgreSQL :${ctx.pg.port}, Redis :${ctx.redis.port}, apis ${ctx.urls.join(' ')} (log ${ctx.logFile})`);
const inspector = await openInspector(ctx);
const findings = [];
let exit = 2;
try {
  const load = await runLoad({ urls: ctx.urls, databaseUrl: ctx.env.DATABASE_URL, total, clients, capMs: 200_000 });
  say(`load: ${load.sent} operations in ${load.seconds.toFixed(1)} s (${(load.sent / load.seconds).toFixed(1)}/s); answers: ${formatStatuses(load.statuses)}`);
  for (const [k, v] of load.examples) say(`  first "${k}": ${v}`);
  const quiet = await waitQuiet(inspector, 90_000);
  say(`quiet after ${quiet.seconds.toFixed(1)} s: ${quiet.quiet ? 'yes' : `NO (${quiet.pendingOutbox} outbox rows pending, ${quiet.unrouted} items unrouted)`}`);
  if (!quiet.quiet) findings.push(`not quiet within 90 s after the load: ${JSON.stringify(quiet)}`);
  const checked = await afterRunChecks(inspector, load);
  say(`figures: ${JSON.stringify(checked.figures)}`);
  findings.push(...checked.findings);

  // Each worker logs the routings it committed: both worked, and no item was routed by both.
  const routedBy = new Map();
  const perWorker = new Map();
  for (const l of ctx.grep(/assign stage of \S+ processed/)) {
    const code = /assign stage of (\S+) processed/.exec(l.text)[1];
    routedBy.set(code, [...(routedBy.get(code) ?? []), l.name]);
    perWorker.set(l.name, (perWorker.get(l.name) ?? 0) + 1);
  }
  say(`routings committed per worker: ${[...perWorker].map(([w, n]) => `${w} ${n}`).join(', ')}`);
  const twice = [...routedBy].filter(([, by]) => by.length > 1);
  if (twice.length) findings.push(`DOUBLED: ${twice.length} items routed by more than one job run: ${twice.slice(0, 5).map(([c, by]) => `${c} (${by.join(', ')})`).join('; ')}`);
  if (perWorker.size < 2) findings.push(`only ${perWorker.size} worker(s) routed anything: the second worker took no stage job`);
  const dupSkips = ctx.grep(/duplicate|stale/i).length;
  say(`log: ${dupSkips} lines mention a duplicate or stale job`);
  const exitedLines = ctx.grep(/exited unexpectedly/);
  if (exitedLines.length) findings.push(`a ParkFlow process exited: ${exitedLines.map((l) => l.text).join('; ')}`);
  say(`${findings.length === 0 ? 'OK' : 'FOUND PROBLEMS'}: ${load.registered.length} registrations, ${load.acks.length} actions acknowledged; ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  for (const f of findings) say(`  ${f}`);
  exit = findings.length === 0 ? 0 : 1;
} finally {
  await inspector.close();
  await ctx.close({ keep: exit !== 0 || process.argv.includes('--keep') });
  if (exit !== 0) say(`kept ${ctx.work} (logs) for the findings`);
  clearTimeout(cap);
}
process.exit(exit);

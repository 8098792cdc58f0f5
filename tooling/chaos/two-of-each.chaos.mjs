// Fault run (of concurrency rather than of a crash): two api and two worker processes on one
// PostgreSQL and one Redis, the load spread over both apis; then no stage job processed twice
// (by the events, and by the workers' own log lines), no item moved twice, nothing lost.
//
//   node tooling/chaos/two-of-each.chaos.mjs [--actions 3000] [--clients 8]
//
// Exit 0: nothing found; 1: problems found (listed); 2: the run itself failed or hit its cap.
import { formatStatuses, runLoad } from './chaos-load.helper.mjs';
import { runChaos, settleAndCheck } from './chaos-run.helper.mjs';
import { option, say } from './chaos-stack.helper.mjs';

const total = option('actions', 3000, 100_000);
const clients = option('clients', 8, 64);

await runChaos({ capMs: 330_000, intro: `two-of-each: ${total} operations, ${clients} clients over 2 apis, 2 workers`, stack: { reconcileMs: 10_000 } }, async ({ ctx, inspector, findings }) => {
  await ctx.addProcess('api');
  await ctx.addProcess('worker');
  say(`private PostgreSQL :${ctx.pg.port}, Redis :${ctx.redis.port}, apis ${ctx.urls.join(' ')} (log ${ctx.logFile})`);
  const load = await runLoad({ urls: ctx.urls, databaseUrl: ctx.env.DATABASE_URL, total, clients, capMs: 200_000 });
  say(`load: ${load.sent} operations in ${load.seconds.toFixed(1)} s (${(load.sent / load.seconds).toFixed(1)}/s); answers: ${formatStatuses(load.statuses)}`);
  for (const [k, v] of load.examples) say(`  first "${k}": ${v}`);
  await settleAndCheck(inspector, load, findings);

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
  return `${load.registered.length} registrations, ${load.acks.length} actions acknowledged`;
});

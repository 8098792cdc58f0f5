// Fault run: Redis loses its data in the middle of a load, twice: (A) FLUSHALL on the private
// Redis, (B) Redis killed and started again (it keeps nothing on disk). Each time: how long until
// every open item of that phase has its deadline timers in Redis again (goal: within a minute;
// waited for at most --wait s), and whether anything was lost (the same checks as worker-kill).
// After A, the worker is restarted (SIGTERM) to show what a restart brings back.
//
//   node tooling/chaos/redis-loss.chaos.mjs [--actions 800] [--clients 6] [--fault-after 12] [--wait 60]
//
// Exit 0: nothing found; 1: problems found (listed); 2: the run itself failed or hit its cap.
import { afterRunChecks, timeUntilTimersBack, waitQuiet } from './chaos-checks.helper.mjs';
import { formatStatuses, runLoad, TITLE_PREFIX } from './chaos-load.helper.mjs';
import { runChaos } from './chaos-run.helper.mjs';
import { pause } from './chaos-servers.helper.mjs';
import { option, say } from './chaos-stack.helper.mjs';

const total = option('actions', 800, 100_000);
const clients = option('clients', 6, 64);
const faultAfterS = option('fault-after', 12, 600);
const waitS = option('wait', 60, 600);

const intro = `redis-loss: 2 phases of ${total} operations, ${clients} clients; the fault ${faultAfterS} s into each; timers waited for ${waitS} s`;
await runChaos({ capMs: 600_000, intro, stack: { reconcileMs: 10_000 } }, async ({ ctx, inspector, findings }) => {
  say(`private PostgreSQL :${ctx.pg.port}, Redis :${ctx.redis.port}, ParkFlow ${ctx.urls[0]}, reconcile every 10 s (log ${ctx.logFile})`);

  async function phase(name, fault) {
    const titlePrefix = `${TITLE_PREFIX}${name}`;
    let faultAt = null;
    const loading = runLoad({ urls: ctx.urls, databaseUrl: ctx.env.DATABASE_URL, total, clients, capMs: 120_000, stallMs: 20_000, titlePrefix });
    const faulting = (async () => {
      await pause(faultAfterS * 1000);
      const keys = await ctx.redis.cli('DBSIZE');
      faultAt = Date.now();
      await fault();
      say(`${name}: fault done in ${Date.now() - faultAt} ms (Redis held ${keys} keys before it; ${await ctx.redis.cli('DBSIZE')} after)`);
    })();
    const load = await loading;
    await faulting;
    say(`${name}: load ${load.sent} operations in ${load.seconds.toFixed(1)} s; answers: ${formatStatuses(load.statuses)}`);
    for (const [k, v] of load.examples) say(`${name}:   first "${k}": ${v}`);
    const back = await timeUntilTimersBack(inspector, waitS * 1000, titlePrefix, faultAt);
    const last = back.last;
    if (back.seconds === null) {
      const line = `${name}: deadline timers NOT back ${waitS} s after the load (${((Date.now() - faultAt) / 1000).toFixed(0)} s after the fault): ${last?.missing.length} of ${last?.expected} missing for ${last?.open} open items, e.g. ${last?.missing.slice(0, 3).map((m) => `${m.code} ${m.jobId}`).join(', ')}`;
      findings.push(line);
      say(line);
    } else say(`${name}: every open item's timers in Redis again ${back.seconds.toFixed(1)} s after the fault`);
    const schedulers = await ctx.redis.cli('ZRANGE', `${ctx.prefix}:maintenance:repeat`, '0', '-1');
    say(`${name}: maintenance job schedulers in Redis now: ${schedulers ? schedulers.split('\n').join(', ') : 'none'}`);
    const quiet = await waitQuiet(inspector, 30_000, titlePrefix);
    say(`${name}: quiet: ${quiet.quiet ? 'yes' : `NO after ${quiet.seconds.toFixed(0)} s (${quiet.pendingOutbox} outbox rows pending, ${quiet.unrouted} items unrouted)`}`);
    const checked = await afterRunChecks(inspector, load, { timersOf: 'phase' });
    say(`${name}: figures: ${JSON.stringify(checked.figures)}`);
    findings.push(...checked.findings.map((f) => `${name}: ${f}`));
    return { faultAt };
  }

  await phase('A-flushall', () => ctx.redis.flushAll());
  // What a worker restart brings back: it re-creates its job schedulers at start.
  const r = Date.now();
  await ctx.restartWorker('SIGTERM');
  const afterRestart = await timeUntilTimersBack(inspector, 60_000, '', r);
  say(`after a worker restart (SIGTERM): ${afterRestart.seconds === null ? `timers still missing after 60 s: ${afterRestart.last?.missing.length}` : `every open item's timers back ${afterRestart.seconds.toFixed(1)} s after it`}`);
  await phase('B-restart', () => ctx.redis.restart(1000));
  const lines = ctx.grep(/ERROR|WARN|error/);
  say(`log: ${lines.length} error/warn lines; first: ${lines.slice(0, 3).map((l) => `${l.name}: ${l.text.replace(/\x1b\[[0-9;]*m/g, '').slice(0, 160)}`).join(' | ')}`);
});

// Fault run: kill -9 the worker every few seconds while clients register appeals and act on them,
// then, once quiet, check that nothing was lost or doubled and that every open item has its
// deadline timers in Redis. Private PostgreSQL and Redis; bounded; stops by itself.
//
//   node tooling/chaos/worker-kill.chaos.mjs [--actions 10000] [--clients 16] [--every 4]   (after the build)
//
// Exit 0: nothing found; 1: problems found (listed); 2: the run itself failed or hit its cap.
import { formatStatuses, runLoad } from './chaos-load.helper.mjs';
import { runChaos, settleAndCheck } from './chaos-run.helper.mjs';
import { pause } from './chaos-servers.helper.mjs';
import { option, say } from './chaos-stack.helper.mjs';

const total = option('actions', 10_000, 100_000);
const clients = option('clients', 16, 64);
const everyS = option('every', 4, 600);

await runChaos(
  {
    capMs: 420_000,
    intro: `worker-kill: ${total} operations, ${clients} clients, kill -9 of the worker ${everyS / 2}–${everyS * 1.5} s after it is up; the load stops at 180 s`,
    // A job whose worker was killed is taken up again once its lock lapses: 5 s here instead of 30.
    stack: { reconcileMs: 10_000, env: { PARKFLOW_JOB_LOCK_MS: '5000' } },
  },
  async ({ ctx, inspector, findings }) => {
    say(`private PostgreSQL :${ctx.pg.port}, Redis :${ctx.redis.port}, ParkFlow ${ctx.urls[0]} (log ${ctx.logFile})`);
    let loading = true;
    let kills = 0;
    const killer = (async () => {
      while (loading) {
        // Each worker is killed a few seconds after it started processing (its boot takes seconds
        // on a loaded machine: killing it sooner would only test a worker that never runs).
        const ready = ctx.lines.length;
        const bootCap = Date.now() + 60_000;
        while (loading && Date.now() < bootCap && !ctx.lines.slice(ready).some((l) => l.name === 'worker' && l.text.includes('processing queues'))) await pause(100);
        const at = Date.now() + everyS * 1000 * (0.5 + Math.random());
        while (loading && Date.now() < at) await pause(200);
        if (!loading) break;
        const k = Date.now();
        await ctx.restartWorker('SIGKILL');
        kills += 1;
        if (kills <= 3 || kills % 10 === 0) say(`kill -9 #${kills} of the worker (${Date.now() - k} ms to start the next)`);
      }
    })();
    const load = await runLoad({ urls: ctx.urls, databaseUrl: ctx.env.DATABASE_URL, total, clients, capMs: 180_000 });
    loading = false;
    await killer;
    say(`load: ${load.sent} operations in ${load.seconds.toFixed(1)} s (${(load.sent / load.seconds).toFixed(1)}/s), ${kills} kills; answers: ${formatStatuses(load.statuses)}`);
    for (const [k, v] of load.examples) say(`  first "${k}": ${v}`);
    await settleAndCheck(inspector, load, findings);
    const crashes = ctx.grep(/stalled|could not renew lock|Missing lock/i);
    if (crashes.length) say(`log: ${crashes.length} lines about stalled jobs / locks, e.g. ${crashes[0].name}: ${crashes[0].text.slice(0, 200)}`);
    return `${load.registered.length} registrations, ${load.acks.length} actions acknowledged over ${kills} worker kills`;
  },
);

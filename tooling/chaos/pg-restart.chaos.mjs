// Fault run: PostgreSQL stops in the middle of a load, stays down --down s, starts again; twice:
// a fast shutdown (pg_ctl -m fast) and a crash (pg_ctl -m immediate, recovery at start). Records
// every HTTP status the clients saw during each outage (goal: 503 with Retry-After, never 500),
// what /api/health answered while the database was down and after, how long until requests
// succeed again without restarting the api or the worker, and then the checks of worker-kill plus
// "no action half-applied" (an item's version is its number of decisions).
//
//   node tooling/chaos/pg-restart.chaos.mjs [--actions 4000] [--clients 6] [--down 5] [--fault-after 12]
//
// Exit 0: nothing found; 1: problems found (listed); 2: the run itself failed or hit its cap.
import { formatStatuses, runLoad } from './chaos-load.helper.mjs';
import { runChaos, settleAndCheck } from './chaos-run.helper.mjs';
import { pause } from './chaos-servers.helper.mjs';
import { option, say } from './chaos-stack.helper.mjs';

const total = option('actions', 4000, 100_000);
const clients = option('clients', 6, 64);
const downS = option('down', 5, 120);
const faultAfterS = option('fault-after', 12, 600);

const intro = `pg-restart: ${total} operations at most, ${clients} clients; PostgreSQL down ${downS} s, -m fast then -m immediate`;
await runChaos({ capMs: 330_000, intro, stack: { reconcileMs: 10_000 } }, async ({ ctx, inspector, findings }) => {
  say(`private PostgreSQL :${ctx.pg.port}, Redis :${ctx.redis.port}, ParkFlow ${ctx.urls[0]} (log ${ctx.logFile})`);
  const answers = []; // { kind, status, retryAfter, t (sent), done }
  const health = []; // { t, status }
  let probing = true;
  const prober = (async () => {
    while (probing) {
      const t = Date.now();
      const status = await fetch(`${ctx.urls[0]}/api/health`, { signal: AbortSignal.timeout(10_000) }).then((r) => r.status, (e) => `ERR ${e.cause?.code ?? e.name}`);
      health.push({ t, status });
      await pause(250);
    }
  })();
  const outages = []; // { mode, stopAt, downAt, startAt, upAt }
  let done = false;
  try {
    const loading = runLoad({
      urls: ctx.urls,
      databaseUrl: ctx.env.DATABASE_URL,
      total,
      clients,
      capMs: 240_000,
      stopWhen: () => done,
      onAnswer: (kind, res) => answers.push({ kind, status: res.status, retryAfter: res.retryAfter, t: res.t, end: res.t + res.ms }),
    });
    for (const mode of ['fast', 'immediate']) {
      await pause(faultAfterS * 1000);
      const o = { mode, stopAt: Date.now() };
      await ctx.pg.stop(mode);
      o.downAt = Date.now();
      await pause(downS * 1000);
      o.startAt = Date.now(); // pg_ctl start -w returns once it accepts connections: "down" ends here
      await ctx.pg.start();
      o.upAt = Date.now();
      outages.push(o);
      say(`pg_ctl stop -m ${mode}: stopped in ${o.downAt - o.stopAt} ms, down ${((o.startAt - o.downAt) / 1000).toFixed(1)} s, accepting again ${o.upAt - o.startAt} ms after pg_ctl start`);
    }
    await pause(faultAfterS * 1000);
    done = true;
    const load = await loading;
    probing = false;
    await prober;
    say(`load: ${load.sent} operations in ${load.seconds.toFixed(1)} s; answers: ${formatStatuses(load.statuses)}`);
    for (const [k, v] of load.examples) say(`  first "${k}": ${v}`);

    for (const o of outages) {
      const writes = answers.filter((a) => a.kind !== 'refresh');
      // During: any request in flight between the stop and the first success after the start.
      const firstOk = writes.filter((a) => a.t >= o.upAt && (a.status === 200 || a.status === 201)).sort((a, b) => a.end - b.end)[0];
      const until = firstOk ? firstOk.end : Date.now();
      const during = writes.filter((a) => a.end >= o.stopAt && a.t <= until && a.status !== 200 && a.status !== 201);
      const byStatus = new Map();
      for (const a of during) {
        const key = `${a.status}${a.status === 503 ? (a.retryAfter ? ` (Retry-After ${a.retryAfter})` : ' (no Retry-After)') : ''}`;
        byStatus.set(key, (byStatus.get(key) ?? 0) + 1);
      }
      const healthDown = health.filter((h) => h.t >= o.downAt + 500 && h.t < o.startAt - 500);
      const healthStates = [...new Set(healthDown.map((h) => h.status))];
      const healthBack = health.find((h) => h.t >= o.upAt && h.status === 200);
      const recovered = firstOk ? (firstOk.end - o.upAt) / 1000 : null;
      say(`-m ${o.mode}: answers during the outage: ${[...byStatus].map(([k, v]) => `${k}: ${v}`).join(', ') || 'none'}`);
      say(`-m ${o.mode}: /api/health while down: ${healthStates.join(', ') || 'not probed'} (${healthDown.length} probes); 200 again ${healthBack ? `${((healthBack.t - o.upAt) / 1000).toFixed(1)} s` : 'NEVER'} after the start; first write succeeded ${recovered === null ? 'NEVER' : `${recovered.toFixed(1)} s`} after the start`);
      const bad = during.filter((a) => typeof a.status === 'number' && a.status >= 500 && a.status !== 503);
      if (bad.length) findings.push(`-m ${o.mode}: ${bad.length} answers ${[...new Set(bad.map((a) => a.status))].join('/')} during the outage (goal: 503 with Retry-After, never 500)`);
      const bare503 = during.filter((a) => a.status === 503 && !a.retryAfter);
      if (bare503.length) findings.push(`-m ${o.mode}: ${bare503.length} answers 503 without Retry-After`);
      const errs = during.filter((a) => typeof a.status === 'string');
      if (errs.length) findings.push(`-m ${o.mode}: ${errs.length} requests got no HTTP answer (${[...new Set(errs.map((a) => a.status))].join(', ')})`);
      if (healthStates.some((s) => s !== 503)) findings.push(`-m ${o.mode}: /api/health answered ${healthStates.join(', ')} while the database was down (goal: 503)`);
      if (!healthBack) findings.push(`-m ${o.mode}: /api/health never answered 200 again`);
      if (recovered === null) findings.push(`-m ${o.mode}: no write succeeded after PostgreSQL came back`);
    }
    await settleAndCheck(inspector, load, findings);
    const restarts = ctx.grep(/exited unexpectedly/);
    if (restarts.length) findings.push(`a ParkFlow process exited during the run: ${restarts.map((l) => l.text).join('; ')}`);
    const errors = ctx.grep(/ERROR/);
    say(`log: ${errors.length} ERROR lines; first: ${errors.slice(0, 2).map((l) => `${l.name}: ${l.text.replace(/\x1b\[[0-9;]*m/g, '').slice(0, 200)}`).join(' | ')}`);
  } finally {
    probing = false;
  }
});

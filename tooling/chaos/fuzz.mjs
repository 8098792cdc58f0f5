// Fuzzing fault run: a fast-check run of generated requests over every endpoint of the api's own
// OpenAPI document (GET /api/docs-json) and every role, against a whole ParkFlow on a throwaway
// database with the demo seed. It checks that no request gets a 5xx, that a refused request
// changes no work item or project, and that no answer to a role names an item that role may not
// see (the domain's canSee / mayOnProject on the api's own Actor). Bounded in count and time.
//
//   pnpm chaos:fuzz [-- --requests 10000] [--seed S] [--minutes 25]   (after `pnpm exec turbo run build`)
//
// Exit 0 when nothing was found, 1 otherwise. The seed is printed: the same seed draws the same
// request plans again (their ids are picked from the database as it stands, so a replay is close,
// not exact, when the worker's timing differs); every finding prints its request in full.
import { createHmac } from 'node:crypto';
import fc from 'fast-check';
import { TOKEN_SECRET, startFuzzStack } from './fuzz-stack.helper.mjs';
import { openOracle } from './fuzz-oracle.helper.mjs';
import { actionSchemasOf, describe, endpointsOf, requestArb, resolvePlan, send } from './fuzz-request.helper.mjs';
import { fromSchema } from './fuzz-values.helper.mjs';
import { leaksIn } from './fuzz-leaks.helper.mjs';

const option = (name, fallback) => {
  const at = process.argv.indexOf(`--${name}`);
  const value = at === -1 ? fallback : Number(process.argv[at + 1]);
  if (!Number.isSafeInteger(value) || value < 0) throw new Error(`--${name} must be a whole number`);
  return value;
};
const REQUESTS = option('requests', 10_000);
const SEED = option('seed', Date.now() % 2 ** 31);
const TIME_CAP_MS = option('minutes', 25) * 60_000;
const REFRESH_EVERY = 50; // requests between two reads of the pools and the visibility
const PASSWORD = 'parkflow';

const started = Date.now();
console.log(`[fuzz] seed ${SEED}, ${REQUESTS} requests, time cap ${TIME_CAP_MS / 60_000} min (replay: pnpm chaos:fuzz -- --seed ${SEED} --requests ${REQUESTS})`);
const stack = await startFuzzStack();
const oracle = await openOracle(stack.databaseUrl);
const findings = [];
let exitCode;
try {
  exitCode = await run();
} finally {
  await oracle.close().catch(() => undefined);
  await stack.stop();
}
process.exit(exitCode);

async function run() {
  console.log(`[fuzz] ParkFlow up at ${stack.url} on database ${stack.name} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  const doc = await (await fetch(`${stack.url}/api/docs-json`)).json();
  const endpoints = endpointsOf(doc);
  console.log(`[fuzz] ${endpoints.length} endpoints in the OpenAPI document: ${endpoints.map((e) => e.key).join(', ')}`);

  // Every demo user that signs in with the demo password is a role of the run, plus three without a valid session.
  const api = (path, init) => fetch(`${stack.url}/api${path}`, init).then(async (r) => ({ status: r.status, body: await r.json().catch(() => null) }));
  const login = async (username) => (await api('/auth/login', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password: PASSWORD }) })).body?.accessToken ?? null;
  const users = await usernames();
  const sessions = {};
  for (const u of users) {
    const token = await login(u.username);
    if (token) sessions[u.username] = { token, userId: u.id };
  }
  const admin = sessions.admin?.userId ?? '00000000-0000-0000-0000-000000000000';
  const sign = (claims, secret) => {
    const body = Buffer.from(JSON.stringify(claims)).toString('base64url');
    return `${body}.${createHmac('sha256', secret).update(body).digest('base64url')}`;
  };
  sessions.none = { token: null, userId: null };
  sessions.forged = { token: sign({ sub: admin, exp: Math.floor(Date.now() / 1000) + 3600, iat: Date.now() }, 'not-the-secret'), userId: null };
  sessions.expired = { token: sign({ sub: admin, exp: Math.floor(Date.now() / 1000) - 60, iat: Date.now() - 7_200_000 }, TOKEN_SECRET), userId: null };
  const roles = Object.keys(sessions);
  const actors = await oracle.actors(roles.filter((r) => sessions[r].userId));
  console.log(`[fuzz] roles: ${roles.join(', ')}`);

  let pools = await oracle.pools();
  let forbidden = await oracle.forbidden(actors);
  // What each role could see at some reading of the run: a notification it got then may name an item
  // that has moved out of its sight since (a transfer). Reported apart from a plain leak.
  const seen = {};
  const noteSeen = () => {
    for (const [role, tokens] of Object.entries(forbidden)) for (const id of [...pools.workItem, ...pools.project]) if (!tokens.has(id)) (seen[role] ??= new Set()).add(id);
  };
  noteSeen();
  console.log(`[fuzz] pools: ${Object.entries(pools).map(([k, v]) => `${k} ${v.length}`).join(', ')}`);
  console.log(`[fuzz] items and projects each scoped role may not see: ${Object.entries(forbidden).map(([r, t]) => `${r} ${new Set(t.values()).size}`).join(', ')}`);

  const actionSchemas = new Map(endpoints.map((ep) => [ep.key, actionSchemasOf(ep)]).filter(([, m]) => m.size > 0));
  console.log(`[fuzz] action shapes (kind:action) read from the document: ${[...actionSchemas.values()].reduce((n, m) => n + m.size, 0)}`);
  const statuses = new Map();
  const perEndpoint = new Map();
  const covered = new Set();
  const movedBy = new Map(); // what moved a refused request's row meanwhile (not the request): shown at the end
  const counters = { steered: 0, sent: 0, refusedOnTarget: 0, targetMovedByOthers: 0, relogins: 0, leakChecks: 0 };
  const nil = '00000000-0000-0000-0000-000000000000';
  let timedOut = false;

  const scriptErrors = [];
  const property = fc.asyncProperty(requestArb(endpoints, roles), async (plan) => {
    if (Date.now() - started > TIME_CAP_MS) {
      timedOut = true;
      return true;
    }
    try {
      await probe(plan);
    } catch (error) {
      // The run's own failure (not ParkFlow's): shown at the end, and the run goes on.
      scriptErrors.push(`${endpoints[plan.endpoint].key} as ${plan.role}: ${error?.stack?.split('\n').slice(0, 3).join(' | ') ?? error}`);
    }
    return true;
  });
  async function probe(drawn) {
    let plan = drawn;
    const ep = endpoints[plan.endpoint];
    const session = sessions[plan.role];
    if (counters.sent % REFRESH_EVERY === 0 && counters.sent > 0) {
      pools = await oracle.pools();
      forbidden = await oracle.forbidden(actors);
      noteSeen();
    }
    // Resolve once to learn the target, read its state (and version), resolve again with it.
    let request = resolvePlan(plan, ep, pools, () => 1);
    const schemas = actionSchemas.get(ep.key);
    if (schemas && request.target?.type === 'workItem' && actors[plan.role] && plan.steer % 3 !== 0) {
      const { kind, actions } = await oracle.allowed(request.target.id, actors[plan.role]);
      const schema = actions.length > 0 ? schemas.get(`${kind}:${actions[plan.steer % actions.length]}`) : undefined;
      if (schema) {
        plan = { ...plan, method: ep.method, body: { json: fc.sample(fromSchema(schema), { seed: plan.steer, numRuns: 1 })[0] } };
        counters.steered += 1;
      }
    }
    const before = request.target ? await oracle.snapshot(request.target) : null;
    const version = before ? Number(/^v(\d+)/.exec(before)?.[1] ?? 1) : 1;
    request = resolvePlan(plan, ep, pools, () => version);
    const mark = await oracle.writeMark(session.userId ?? nil);
    const logMark = stack.logMark();
    const res = await send(stack.url, request, session.token);
    counters.sent += 1;
    covered.add(`${ep.key}|${plan.role}`);
    const shown = () => describe(plan.role, request);

    // A URL past Node's header limit is answered 431 and the socket closed: the client may see only
    // the closing (EPIPE, reset) while it still writes the body. That is the server refusing, no finding.
    if (res.status === 0 && request.url.length > 16_384 && /EPIPE|ECONNRESET|UND_ERR_SOCKET/.test(res.text)) res.status = 'closed (URL over the header limit)';
    else if (res.status >= 500 || res.status === 0) {
      await new Promise((r) => setTimeout(r, 100)); // the api logs the error just after it answers
      const log = stack.logSince(logMark).filter((l) => /error|exception|\bat\s/i.test(l)).slice(0, 14);
      findings.push({ type: res.status === 0 ? 'no answer' : '5xx', key: `${ep.key} ${res.status}`, text: `${shown()}\n      → ${res.status} ${res.text.slice(0, 300)}${log.length ? `\n      api log:\n        ${log.join('\n        ')}` : ''}` });
    }
    statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
    const byStatus = perEndpoint.get(ep.key) ?? new Map();
    byStatus.set(res.status, (byStatus.get(res.status) ?? 0) + 1);
    perEndpoint.set(ep.key, byStatus);
    if (res.status >= 400 && res.status < 500) {
      const wrote = await oracle.writesSince(mark, session.userId ?? nil);
      if (wrote.events.length > 0 || wrote.history > 0 || wrote.newItems > 0 || wrote.newProjects > 0) {
        findings.push({ type: 'refused request wrote', key: `${ep.key} ${res.status}`, text: `${shown()}\n      → ${res.status} ${res.text.slice(0, 200)}\n      written meanwhile: ${JSON.stringify(wrote)}` });
      }
      if (request.target) {
        counters.refusedOnTarget += 1;
        const after = await oracle.snapshot(request.target);
        if (after !== before) {
          const others = await oracle.othersSince(request.target, mark, session.userId);
          if (others.length > 0) {
            counters.targetMovedByOthers += 1;
            movedBy.set(others.map((o) => `${o.type} by ${o.actor_id ?? 'the worker'}`).join(', '), (movedBy.get(others.map((o) => `${o.type} by ${o.actor_id ?? 'the worker'}`).join(', ')) ?? 0) + 1);
          }
          else findings.push({ type: 'refused request changed its row', key: `${ep.key} ${res.status}`, text: `${shown()}\n      → ${res.status} ${res.text.slice(0, 200)}\n      ${request.target.type} ${request.target.id}: ${before} → ${after}` });
        }
      }
    }
    // A signed-out role signs in again: the run goes on with every role.
    if (session.userId && (ep.path === '/auth/logout' || res.status === 401) && (await api('/me', { headers: { authorization: `Bearer ${session.token}` } })).status === 401) {
      await new Promise((r) => setTimeout(r, 2));
      session.token = await login(plan.role);
      counters.relogins += 1;
    }
    if (forbidden[plan.role] && res.text) {
      counters.leakChecks += 1;
      let hits = leaksIn(res.text, forbidden[plan.role], request);
      if (hits.length > 0) {
        // Confirm on the state of now: an item that became visible meanwhile is no leak.
        forbidden = await oracle.forbidden(actors);
        hits = leaksIn(res.text, forbidden[plan.role], request);
      }
      for (const h of hits) findings.push({ type: seen[plan.role]?.has(h.what.id) ? 'names what the role may not see now (it could earlier in the run)' : 'names what the role may not see', key: `${ep.key} ${plan.role} ${h.what.type}`, text: `${shown()}\n      → ${res.status}: contains ${JSON.stringify(h.token)} = ${h.what.type} ${h.what.id} (${h.what.code}, ${JSON.stringify(h.what.title)}) …${h.context}…` });
    }
    if (counters.sent % 1000 === 0) console.log(`[fuzz] ${counters.sent} sent, ${((Date.now() - started) / 1000).toFixed(0)} s, statuses ${[...statuses].sort((a, b) => String(a[0]).localeCompare(String(b[0]))).map(([s, n]) => `${s}:${n}`).join(' ')}, findings ${findings.length}`);
  }
  await fc.assert(property, { numRuns: REQUESTS, seed: SEED });

  const seconds = (Date.now() - started) / 1000;
  console.log(`\n[fuzz] done: ${counters.sent} requests${timedOut ? ` (time cap reached before ${REQUESTS})` : ''} in ${seconds.toFixed(1)} s, seed ${SEED}`);
  console.log(`[fuzz] status codes: ${[...statuses].sort((a, b) => String(a[0]).localeCompare(String(b[0]))).map(([s, n]) => `${s}: ${n}`).join(', ')}`);
  console.log(`[fuzz] refused requests on a work item or project: ${counters.refusedOnTarget} (rows compared before/after; ${counters.targetMovedByOthers} moved meanwhile by the worker, not counted); responses searched for other departments' items: ${counters.leakChecks}; re-logins after a sign-out: ${counters.relogins}; action requests steered to an action the role may take: ${counters.steered}`);
  if (movedBy.size > 0) console.log(`[fuzz] rows moved meanwhile by others: ${[...movedBy].map(([w, n]) => `${w} (${n}×)`).join('; ')}`);
  console.log('[fuzz] per endpoint (status: count; a few of each row were sent with another method):');
  for (const ep of endpoints) console.log(`  ${ep.key.padEnd(52)} ${[...(perEndpoint.get(ep.key) ?? [])].sort((a, b) => String(a[0]).localeCompare(String(b[0]))).map(([s, n]) => `${s}:${n}`).join(' ')}`);
  const missing = endpoints.flatMap((ep) => roles.filter((r) => !covered.has(`${ep.key}|${r}`)).map((r) => `${ep.key} as ${r}`));
  console.log(`[fuzz] endpoint × role pairs not drawn: ${missing.length === 0 ? 'none' : missing.join('; ')}`);
  const groups = new Map();
  for (const f of findings) groups.set(`${f.type}: ${f.key}`, [...(groups.get(`${f.type}: ${f.key}`) ?? []), f]);
  console.log(`\n[fuzz] ${findings.length === 0 ? 'OK: nothing found' : `FOUND ${findings.length} problems in ${groups.size} groups`}`);
  for (const [key, list] of groups) {
    console.log(`  ${key} (${list.length}×)`);
    for (const f of list.slice(0, 3)) console.log(`    ${f.text}`);
  }
  if (scriptErrors.length > 0) console.log(`\n[fuzz] the run itself failed on ${scriptErrors.length} requests (not counted as findings):\n  ${scriptErrors.slice(0, 10).join('\n  ')}`);
  return findings.length === 0 && scriptErrors.length === 0 ? 0 : 1;
}

async function usernames() {
  const pg = (await import('pg')).default;
  const client = new pg.Client({ connectionString: stack.databaseUrl });
  await client.connect();
  try {
    return (await client.query('SELECT id, username FROM users WHERE active ORDER BY username')).rows;
  } finally {
    await client.end();
  }
}

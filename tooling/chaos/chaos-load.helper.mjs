// The load of a fault run: a few clients that register appeals (dispatcher) and, once the worker
// has routed one (its stage_job_processed event), act on it as the handler: accept, comment,
// reply. Every answer is counted by status; every 201 and 200 is kept, so the checks afterwards
// can tell a lost effect from one never acknowledged.
import pg from 'pg';
import { pause } from './chaos-servers.helper.mjs';

export const TITLE_PREFIX = '混沌';
const STEPS = [
  { action: 'accept', input: {} },
  { action: 'comment', input: { text: '混沌测试备注 chaos note' } },
  { action: 'reply', input: { content: '已处理 handled (chaos run)' } },
];

async function call(base, method, path, body, token) {
  const t = Date.now();
  try {
    const res = await fetch(`${base}/api${path}`, {
      method,
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: body ? JSON.stringify(body) : undefined,
      signal: AbortSignal.timeout(20_000),
    });
    const text = await res.text();
    let json = null;
    try {
      json = JSON.parse(text);
    } catch {
      json = { text: text.slice(0, 200) };
    }
    return { status: res.status, body: json, retryAfter: res.headers.get('retry-after'), t, ms: Date.now() - t };
  } catch (error) {
    return { status: `ERR ${error.cause?.code ?? error.name}`, body: null, retryAfter: null, t, ms: Date.now() - t };
  }
}

/** Signs in on the first api, retrying a few times (the stack may be just up). */
export async function signIn(base, username) {
  for (let i = 0; i < 20; i += 1) {
    const res = await call(base, 'POST', '/auth/login', { username, password: 'parkflow' });
    if (res.status === 200 || res.status === 201) return { token: res.body.accessToken, userId: res.body.user?.id };
    await pause(500);
  }
  throw new Error(`cannot sign in as ${username}`);
}

/**
 * Runs until `total` operations (registrations + actions) were sent or `capMs` passed. `urls`:
 * the apis, spread round-robin. `onAnswer(kind, res)` sees every answer (the pg-restart run
 * records the outage's statuses through it).
 */
export async function runLoad({ urls, databaseUrl, total, clients, capMs, stallMs = 90_000, titlePrefix = TITLE_PREFIX, onAnswer = () => undefined, stopWhen = () => false }) {
  const dispatcher = await signIn(urls[0], 'dispatcher');
  const handler = await signIn(urls[0], 'handler');
  const enterprises = await call(urls[0], 'GET', '/enterprises', undefined, dispatcher.token);
  const enterpriseId = enterprises.body[0].id;
  const items = new Map(); // id → { id, routed, version, step, busy }
  const registered = [];
  const acks = []; // { itemId, action, version } of every 200
  const failures = []; // { itemId, action, status } of every other answer to an action
  const statuses = new Map(); // "register 201" → count
  const examples = new Map(); // "accept 500" → its first body
  let sent = 0;
  let next = 0;
  const deadline = Date.now() + capMs;
  const count = (kind, res) => {
    const key = `${kind} ${res.status}`;
    statuses.set(key, (statuses.get(key) ?? 0) + 1);
    // The first answer of each kind that is not a success, as evidence.
    if (!examples.has(key) && !(res.status >= 200 && res.status < 300)) examples.set(key, JSON.stringify(res.body)?.slice(0, 300));
    onAnswer(kind, res);
  };
  const base = () => urls[next++ % urls.length];

  // Routed items, polled from the database (with an overlap: ids commit out of order). A client
  // whose connect failed must not be queried (node-pg would queue the query forever): a new one.
  const connect = async () => {
    const c = new pg.Client({ connectionString: databaseUrl, connectionTimeoutMillis: 5_000, query_timeout: 10_000 });
    c.on('error', () => undefined);
    return c.connect().then(
      () => c,
      () => c.end().then(() => null, () => null),
    );
  };
  let pollDb = null;
  let lastId = 0n;
  let polling = true;
  const poller = (async () => {
    while (polling) {
      pollDb ??= await connect();
      try {
        const { rows } = pollDb
          ? await pollDb.query(
              `SELECT id::text AS id, item_id::text AS item FROM work_item_events WHERE type = 'stage_job_processed' AND stage = 'assign' AND id > $1 ORDER BY id`,
              [String(lastId > 1000n ? lastId - 1000n : 0n)],
            )
          : { rows: [] };
        for (const r of rows) {
          if (BigInt(r.id) > lastId) lastId = BigInt(r.id);
          const item = items.get(r.item);
          // Routing is the item's second decision (the registration was its first): version 2.
          if (item && !item.routed) Object.assign(item, { routed: true, version: item.version ?? 2 });
        }
      } catch {
        // The database is away (the pg-restart run): a new connection next time.
        await pollDb?.end().catch(() => undefined);
        pollDb = null;
      }
      await pause(pollDb ? 200 : 500);
    }
  })();

  /** After an answer that does not say what happened (an error, a 409): the item's state from the api. */
  const refresh = async (item) => {
    const res = await call(base(), 'GET', `/work-items/${item.id}`, undefined, handler.token);
    if (res.status !== 200 || !res.body?.item) return false;
    const { version, status } = res.body.item;
    item.version = version;
    if (status === 'pending_acceptance') item.step = 0;
    else if (status === 'in_progress') item.step = Math.max(item.step, 1);
    else if (status === 'awaiting_feedback') item.step = STEPS.length;
    return true;
  };

  const act = async (item) => {
    item.busy = true;
    try {
      if (item.version === null && !(await refresh(item))) return void (await pause(200));
      const step = STEPS[item.step];
      sent += 1;
      const res = await call(base(), 'POST', `/work-items/${item.id}/actions`, { action: step.action, version: item.version, ...step.input }, handler.token);
      count(step.action, res);
      if (res.status === 200) {
        acks.push({ itemId: item.id, action: step.action, version: res.body.version });
        item.version = res.body.version;
        item.step += 1;
      } else {
        failures.push({ itemId: item.id, action: step.action, status: res.status });
        item.version = null; // learn it again before the next try
        if (res.status === 409 || res.status === 422) await refresh(item);
        else await pause(200); // the stack is in trouble: do not hammer it
      }
    } finally {
      item.busy = false;
    }
  };

  const register = async (n) => {
    sent += 1;
    const res = await call(base(), 'POST', '/work-items', { kind: 'appeal', title: `${titlePrefix} ${n}`, description: '故障测试 fault run', channel: 'online', category: 'utilities', enterpriseId }, dispatcher.token);
    count('register', res);
    if (res.status === 201) {
      registered.push(res.body.id);
      items.set(res.body.id, { id: res.body.id, routed: false, version: null, step: 0, busy: false });
    } else await pause(200);
  };

  // One registration per STEPS.length actions; acting on a routed item comes first. A client
  // stops at `total`, at the cap, or when nothing moved for
  // stallMs (items that are never routed). At most 5 items per client wait for their routing, so
  // the registrations do not run ahead of a worker that is down.
  const registrations = Math.ceil(total / (STEPS.length + 1));
  let registerSent = 0;
  const routedCount = () => [...items.values()].filter((i) => i.routed).length;
  let lastProgress = Date.now();
  const client = async () => {
    while (sent < total && Date.now() < deadline && !stopWhen() && Date.now() - lastProgress < stallMs) {
      const ready = [...items.values()].find((i) => i.routed && !i.busy && i.step < STEPS.length);
      const before = acks.length + registered.length;
      if (ready) await act(ready);
      // Registrations answered 201 count, not attempts: a 503 during an outage must not use up the
      // window (it once ended the load after 30 refused registrations, before the second outage).
      else if (registered.length < registrations && registered.length - routedCount() < clients * 5) {
        registerSent += 1;
        await register(registerSent);
      } else if ([...items.values()].every((i) => i.step >= STEPS.length)) break;
      else await pause(100);
      if (acks.length + registered.length > before) lastProgress = Date.now();
    }
  };
  const t0 = Date.now();
  await Promise.all(Array.from({ length: clients }, () => client()));
  polling = false;
  await poller;
  await pollDb?.end().catch(() => undefined);
  return { titlePrefix, sent, seconds: (Date.now() - t0) / 1000, registered, acks, failures, statuses, examples, handlerId: handler.userId, tokens: { dispatcher, handler } };
}

export function formatStatuses(statuses) {
  return [...statuses.entries()].sort().map(([k, v]) => `${k}: ${v}`).join(', ');
}

// What every fault run checks once the stack is quiet: nothing lost (each acknowledged
// registration routed, each acknowledged action recorded, each outbox row sent, each open item's
// deadline timers in Redis), nothing doubled (a stage entry processed twice, a notification twice
// for one source and user, an item moved twice), and no action half-applied (an item's version
// is the number of decisions its timeline records).
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Queue } from 'bullmq';
import { ROOT } from '../scripts/stack.mjs';
import { TITLE_PREFIX } from './chaos-load.helper.mjs';
import { pause } from './chaos-servers.helper.mjs';

const dist = (pkg) => import(pathToFileURL(join(ROOT, `packages/${pkg}/dist/index.js`)).href);

/** A TypeORM data source, the kinds and the deadlines queue, opened as the worker opens them. */
export async function openInspector(ctx) {
  const db = await dist('db');
  const { pendingTimers } = await dist('domain');
  const { effectToJob, QUEUE_NAMES } = await dist('queues');
  const dataSource = db.createDataSource({ url: ctx.env.DATABASE_URL, poolSize: 3 });
  await dataSource.initialize();
  const kinds = await db.loadKindRegistry(db.readRuntimeConfig(ctx.env).kinds);
  const url = new URL(ctx.env.REDIS_URL);
  const deadlines = new Queue(QUEUE_NAMES.deadlines, { connection: { host: url.hostname, port: Number(url.port), maxRetriesPerRequest: 3 }, prefix: ctx.prefix });
  deadlines.on('error', () => undefined);
  const sql = async (text, params = []) => dataSource.query(text, params);
  return {
    sql,
    /** Every open item's expected timer job ids (domain pendingTimers → queues effectToJob, as the reconcile does) and the ones not in Redis. */
    async missingTimers(titlePrefix = '') {
      const calendar = await db.loadWorkCalendar(dataSource);
      const rows = await dataSource.getRepository(db.WorkItemEntity).createQueryBuilder('w').where(`w.status <> 'closed' AND w.title LIKE :p`, { p: `${titlePrefix}%` }).getMany();
      const missing = [];
      let expected = 0;
      for (const row of rows) {
        const item = db.toWorkItemState(row);
        const kind = kinds.get(item.kind);
        if (!kind) continue;
        for (const effect of pendingTimers(item, kind, calendar)) {
          const { jobId } = effectToJob(effect);
          expected += 1;
          if (!(await deadlines.getJob(jobId))) missing.push({ code: row.code, status: row.status, jobId });
        }
      }
      return { open: rows.length, expected, missing };
    },
    /** A job's state in BullMQ (the evidence of a lost one): state, failedReason, attempts, stalls. */
    async jobState(queueName, jobId) {
      const q = new Queue(queueName, { connection: { host: url.hostname, port: Number(url.port), maxRetriesPerRequest: 3 }, prefix: ctx.prefix });
      q.on('error', () => undefined);
      try {
        const job = await q.getJob(jobId);
        if (!job) return 'not in Redis';
        return `${await job.getState()}${job.failedReason ? ` (${job.failedReason})` : ''}, attemptsMade ${job.attemptsMade}, stalledCounter ${job.stalledCounter ?? '?'}`;
      } finally {
        await q.close().catch(() => undefined);
      }
    },
    /**
     * What became of notify jobs that left no notification row: a job completed having delivered
     * to nobody (its audience was only the actor, who is never told of their own action) is fine;
     * one failed, still waiting, or completed with recipients yet no row is lost. A job gone from
     * Redis (completed jobs are kept 24 h, at most 10,000 a queue) can no longer tell.
     */
    async notifyOutcomes(jobIds, settleMs = 30_000) {
      const q = new Queue(QUEUE_NAMES.notifications, { connection: { host: url.hostname, port: Number(url.port), maxRetriesPerRequest: 3 }, prefix: ctx.prefix });
      q.on('error', () => undefined);
      const outcome = { toNobody: 0, gone: 0, settledLate: 0, lost: [] };
      // A job still queued is not lost yet: after a Redis restart the rebuild re-sends every outbox
      // row (the processors are idempotent), so a notify job that completed before the fault can
      // be waiting again when the check runs. Such jobs are waited for (at most settleMs in all).
      const settleBy = Date.now() + settleMs;
      const QUEUED = new Set(['waiting', 'active', 'delayed', 'prioritized', 'waiting-children']);
      try {
        for (const id of jobIds) {
          let job = await q.getJob(id);
          let state = job ? await job.getState() : null;
          if (state && QUEUED.has(state)) {
            while (state && QUEUED.has(state) && Date.now() < settleBy) {
              await pause(250);
              job = await q.getJob(id);
              state = job ? await job.getState() : null;
            }
            if (state && !QUEUED.has(state)) outcome.settledLate += 1;
          }
          if (!job) outcome.gone += 1;
          else if (state === 'completed' && Number(job.returnvalue) === 0) outcome.toNobody += 1;
          else outcome.lost.push({ id, state: `${state}${job.failedReason ? ` (${job.failedReason})` : ''}, returned ${job.returnvalue}` });
        }
      } finally {
        await q.close().catch(() => undefined);
      }
      return outcome;
    },
    async close() {
      await deadlines.close().catch(() => undefined);
      await dataSource.destroy().catch(() => undefined);
    },
  };
}

/** Waits (at most capMs) until no outbox row is due and undispatched and every registered item is routed, twice in a row. */
export async function waitQuiet(inspector, capMs, titlePrefix = TITLE_PREFIX) {
  const t0 = Date.now();
  let calm = 0;
  let last = null;
  while (Date.now() - t0 < capMs) {
    try {
      const [o] = await inspector.sql(`SELECT count(*)::int AS n FROM outbox WHERE dispatched_at IS NULL`);
      const [u] = await inspector.sql(unroutedSql('count(*)::int AS n'), [`${titlePrefix}%`]);
      last = { pendingOutbox: o.n, unrouted: u.n };
      calm = o.n === 0 && u.n === 0 ? calm + 1 : 0;
      if (calm >= 2) return { quiet: true, seconds: (Date.now() - t0) / 1000, ...last };
    } catch {
      calm = 0;
    }
    await pause(1000);
  }
  return { quiet: false, seconds: (Date.now() - t0) / 1000, ...last };
}

const unroutedSql = (select) =>
  `SELECT ${select} FROM work_items w WHERE w.title LIKE $1 AND NOT EXISTS (SELECT 1 FROM work_item_events e WHERE e.item_id = w.id AND e.type = 'stage_job_processed' AND e.stage = 'assign')`;

const sample = (rows, f = (r) => JSON.stringify(r)) => rows.slice(0, 5).map(f).join('; ');

/** The checks; returns the findings (one line each, with the evidence) and the figures. */
export async function afterRunChecks(inspector, load, { timersOf = 'all' } = {}) {
  const findings = [];
  const figures = {};
  const { sql } = inspector;

  // Lost: a 201 whose item is not there, or not routed; a routed item never got its timers.
  const present = new Set((await sql(`SELECT id::text AS id FROM work_items WHERE id = ANY($1::uuid[])`, [load.registered])).map((r) => r.id));
  const vanished = load.registered.filter((id) => !present.has(id));
  if (vanished.length) findings.push(`${vanished.length} registrations answered 201 are not in work_items: ${vanished.slice(0, 5).join(', ')}`);
  const unrouted = await sql(unroutedSql(`w.id::text AS id, w.code, w.status, w.version, w.created_at`), [`${load.titlePrefix}%`]);
  figures.items = (await sql(`SELECT count(*)::int AS n FROM work_items WHERE title LIKE $1`, [`${load.titlePrefix}%`]))[0].n;
  figures.unrouted = unrouted.length;
  if (unrouted.length) {
    // Each one's stage.assign outbox row and what became of its job (the row id is the job id).
    const evidence = [];
    for (const r of unrouted.slice(0, 5)) {
      const [row] = await sql(`SELECT id::text AS id, dispatched_at FROM outbox WHERE job_name = 'stage.assign' AND payload->>'itemId' = $1 ORDER BY created_at LIMIT 1`, [r.id]);
      evidence.push(`${r.code} ${r.status} v${r.version}: stage.assign row ${row ? `${row.id} dispatched ${row.dispatched_at?.toISOString() ?? 'never'}, job ${await inspector.jobState('assign', row.id)}` : 'missing'}`);
    }
    findings.push(`LOST: ${unrouted.length} registered items never routed (no stage_job_processed for assign): ${evidence.join('; ')}`);
  }

  // Lost / doubled actions: the handler's decisions per item (events by the handler, one `at` per decision) against the 200s.
  const acked = new Map();
  const seen = new Set();
  const twice = [];
  for (const a of load.acks) {
    acked.set(a.itemId, (acked.get(a.itemId) ?? 0) + 1);
    const key = `${a.itemId}@${a.version}`;
    if (seen.has(key)) twice.push(key);
    seen.add(key);
  }
  if (twice.length) findings.push(`DOUBLED: two 200 answers gave one item the same version: ${twice.slice(0, 5).join(', ')}`);
  const decided = await sql(
    `SELECT item_id::text AS id, count(DISTINCT at)::int AS n FROM work_item_events WHERE actor_id = $1 AND item_id = ANY($2::uuid[]) GROUP BY item_id`,
    [load.handlerId, [...acked.keys()]],
  );
  const decidedBy = new Map(decided.map((r) => [r.id, r.n]));
  const lostActions = [...acked].filter(([id, n]) => (decidedBy.get(id) ?? 0) < n);
  const extra = [...acked].filter(([id, n]) => (decidedBy.get(id) ?? 0) > n);
  figures.actionsAcknowledged = load.acks.length;
  if (lostActions.length) findings.push(`LOST: ${lostActions.length} items have fewer handler decisions recorded than 200 answers: ${sample(lostActions)}`);
  // An action that committed although its answer was an error: the client could not know.
  figures.committedWithoutA200 = extra.length;
  if (extra.length) {
    const answers = extra.map(([id]) => load.failures.filter((f) => f.itemId === id).map((f) => `${f.action} ${f.status}`).join('+'));
    findings.push(`AMBIGUOUS: ${extra.length} items have an action recorded whose answer was not 200 (answers: ${[...new Set(answers)].slice(0, 5).join(', ')})`);
  }

  // Doubled: a stage entry processed twice; a notification twice for one source and user.
  const doubled = await sql(`SELECT item_id::text AS item, stage, stage_seq, count(*)::int AS n FROM work_item_events WHERE type = 'stage_job_processed' GROUP BY 1, 2, 3 HAVING count(*) > 1`);
  if (doubled.length) findings.push(`DOUBLED: ${doubled.length} stage entries processed more than once: ${sample(doubled)}`);
  const dupNotes = await sql(`SELECT source_id, user_id::text AS user, count(*)::int AS n FROM notifications GROUP BY 1, 2 HAVING count(*) > 1`);
  if (dupNotes.length) findings.push(`DOUBLED: ${dupNotes.length} notifications delivered twice to one user: ${sample(dupNotes)}`);
  figures.stageEntriesProcessedTwice = doubled.length;
  figures.duplicateNotifications = dupNotes.length;

  // Half-applied: an item's version is the count of its decisions (every decision appends its
  // events with one timestamp and actor, and bumps the version by one, in one transaction).
  const torn = await sql(
    `SELECT w.code, w.version, (SELECT count(*)::int FROM (SELECT DISTINCT e.at, e.actor_id FROM work_item_events e WHERE e.item_id = w.id) d) AS decisions
       FROM work_items w WHERE w.title LIKE $1`,
    [`${load.titlePrefix}%`],
  );
  const off = torn.filter((r) => r.version !== r.decisions);
  figures.versionMismatches = off.length;
  if (off.length) findings.push(`HALF-APPLIED?: ${off.length} items whose version differs from their count of decisions: ${sample(off, (r) => `${r.code} v${r.version} vs ${r.decisions}`)}`);

  // The outbox: every row sent; notify rows whose job left no notification (delivered to nobody, or lost).
  const [ob] = await sql(`SELECT count(*)::int AS total, count(*) FILTER (WHERE dispatched_at IS NULL)::int AS pending, count(*) FILTER (WHERE attempts > 0)::int AS retried FROM outbox`);
  Object.assign(figures, { outboxRows: ob.total, outboxPending: ob.pending, outboxRetried: ob.retried });
  if (ob.pending) findings.push(`LOST?: ${ob.pending} outbox rows never dispatched`);
  const silent = await sql(
    `SELECT COALESCE(o.job_id, o.id::text) AS job_id FROM outbox o WHERE o.job_name = 'notify.deliver' AND NOT EXISTS (SELECT 1 FROM notifications n WHERE n.source_id = COALESCE(o.job_id, o.id::text))`,
  );
  figures.notifyRowsWithoutNotification = silent.length;
  const notify = await inspector.notifyOutcomes(silent.map((r) => r.job_id));
  // A job that was still queued when the rows were read may have delivered since: its notification is there now.
  if (notify.lost.length) {
    const delivered = await sql(`SELECT DISTINCT source_id FROM notifications WHERE source_id = ANY($1::text[])`, [notify.lost.map((l) => l.id)]);
    const now = new Set(delivered.map((r) => r.source_id));
    notify.deliveredLate = notify.lost.filter((l) => now.has(l.id)).length;
    notify.lost = notify.lost.filter((l) => !now.has(l.id));
  }
  Object.assign(figures, { notifyJobsDeliveredToNobody: notify.toNobody, notifyJobsGoneFromRedis: notify.gone, notifyJobsStillQueuedAtFirstLook: notify.settledLate, notifyJobsDeliveredAfterFirstLook: notify.deliveredLate ?? 0 });
  if (notify.lost.length) findings.push(`LOST: ${notify.lost.length} notify jobs left no notification and did not complete empty: ${sample(notify.lost, (l) => `${l.id} ${l.state}`)}`);

  // Deadline timers: every open item's, in Redis.
  const timers = await inspector.missingTimers(timersOf === 'all' ? '' : load.titlePrefix);
  Object.assign(figures, { openItems: timers.open, timersExpected: timers.expected, timersMissing: timers.missing.length });
  if (timers.missing.length) findings.push(`LOST: ${timers.missing.length} of ${timers.expected} deadline timers of open items are not in Redis: ${sample(timers.missing, (m) => `${m.code} ${m.status} ${m.jobId}`)}`);
  return { findings, figures };
}

/** Polls missingTimers every 2 s until none is missing or capMs passed: seconds taken, or null. */
export async function timeUntilTimersBack(inspector, capMs, titlePrefix = '', since = Date.now()) {
  const t0 = Date.now();
  let last = null;
  while (Date.now() - t0 < capMs) {
    try {
      last = await inspector.missingTimers(titlePrefix);
      if (last.missing.length === 0) return { seconds: (Date.now() - since) / 1000, last };
    } catch {
      // Redis or the database is still away.
    }
    await pause(2000);
  }
  return { seconds: null, last };
}

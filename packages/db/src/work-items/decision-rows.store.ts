import type { StatContribution } from '@parkflow/domain';
import type { EntityManager } from 'typeorm';
import type { OutboxMessageEntity } from '../entities/outbox-message.entity.js';
import { statDeltaInsertSql, statDeltaRowsJson } from '../stats/stat-day-sums.store.js';

/** One timeline row of a decision, as persistDecision builds it. */
export interface DecisionEventRow {
  itemId: string;
  type: string;
  actorId: string;
  at: Date;
  stage: string;
  stageSeq: number;
  data: unknown;
  audience: string | undefined;
}

const EVENTS_SQL = (param: string) => `INSERT INTO work_item_events (item_id, type, actor_id, at, stage, stage_seq, data, audience)
  SELECT item_id, type, actor_id, at, stage, stage_seq, data, COALESCE(audience, 'internal')
  FROM json_populate_recordset(NULL::work_item_events, ${param}::json) WITH ORDINALITY AS e ORDER BY e.ordinality`; // ids in the decision's order: the timeline sorts by id
const OUTBOX_SQL = (param: string) => `INSERT INTO outbox (id, job_name, job_id, payload, run_at, created_at, dispatched_at, attempts, last_error)
  SELECT id, job_name, job_id, payload, run_at, created_at, NULL, 0, NULL FROM json_populate_recordset(NULL::outbox, ${param}::json)`;

/**
 * Appends what one decision adds besides the item — its events, its day-sums delta and its outbox
 * rows — in ONE statement (data-modifying WITH parts, each run once to completion whether or not it
 * is read), inside the caller's transaction. Three round trips were one each: on this machine a
 * statement costs the api ≈ 0.18 ms of CPU in the socket write alone (docs/benchmarks.md).
 */
export async function appendDecisionRows(manager: EntityManager, events: readonly DecisionEventRow[], delta: readonly StatContribution[], outbox: readonly OutboxMessageEntity[]): Promise<void> {
  const parts: ((param: string) => string)[] = [];
  const params: string[] = [];
  if (events.length > 0) {
    parts.push(EVENTS_SQL);
    params.push(JSON.stringify(events.map((e) => ({ item_id: e.itemId, type: e.type, actor_id: e.actorId, at: e.at.toISOString(), stage: e.stage, stage_seq: e.stageSeq, data: e.data, audience: e.audience ?? null }))));
  }
  if (delta.length > 0) {
    parts.push(statDeltaInsertSql);
    params.push(statDeltaRowsJson(delta));
  }
  if (outbox.length > 0) {
    parts.push(OUTBOX_SQL);
    params.push(JSON.stringify(outbox.map((o) => ({ id: o.id, job_name: o.jobName, job_id: o.jobId, payload: o.payload, run_at: o.runAt?.toISOString() ?? null, created_at: o.createdAt.toISOString() }))));
  }
  if (parts.length === 0) return;
  const sql = parts.map((part, i) => part(`$${i + 1}`));
  const last = sql.pop()!;
  await manager.query(sql.length === 0 ? last : `WITH ${sql.map((s, i) => `p${i} AS (${s})`).join(', ')} ${last}`, params);
}

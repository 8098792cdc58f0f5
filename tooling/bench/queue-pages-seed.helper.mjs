// The queue-pages bench's data: N synthetic work items on top of the demo park, spread over the
// demo departments and ten handlers per department (the demo's own handler and head among the
// ones of 公用事业服务中心), most of them closed. Deterministic in g (no random()), so a rerun
// measures the same rows. The list reads work_items only (plus users, departments and enterprises
// for the names); the items get no events or statistics facts, which no queue page reads.

/** Ten handler accounts per department: the demo's where it has them, synthetic ones (no password that verifies) for the rest. */
const HANDLERS_SQL = `
WITH d AS (SELECT id, code, row_number() OVER (ORDER BY code) AS di FROM departments),
slots AS (SELECT d.id AS department_id, d.code, d.di, s FROM d, generate_series(1, 10) s),
demo AS (SELECT id, department_id, row_number() OVER (PARTITION BY department_id ORDER BY username) AS s
         FROM users WHERE 'handler' = ANY(roles) AND department_id IS NOT NULL)
INSERT INTO users (id, username, display_name, password_hash, roles, department_id)
SELECT gen_random_uuid(), 'bench_' || lower(slots.code) || '_' || slots.s, '承办人' || slots.code || '-' || slots.s, 'scrypt$bench-no-login$', ARRAY['handler'], slots.department_id
FROM slots LEFT JOIN demo ON demo.department_id = slots.department_id AND demo.s = slots.s
WHERE demo.id IS NULL`;

/*
 * Items g = 1..N, g = N the newest, registered evenly over the last two years. Open: one in
 * three is closed even among the last 30 days' items, everything older is closed but one in 997
 * (old items still open, overdue). Open items: 1 in 20 not routed yet (no department), then by
 * (g / 3) % 10: 0 waiting for acceptance (no handler), 1 awaiting feedback, 2 awaiting approval,
 * else in progress. The department is g % 9 (uniform), the handler slot (g / 9) % 10 inside it,
 * so the demo handler has ~1/90 of the items: 11,113 of 1M, 469 open (938 in its 我的待办). 1 in 50 has the demo
 * leader as owner (包案). Petitions (1 in 3) carry a petitioner and a statutory clock, appeals a company.
 */
const ITEMS_SQL = `
WITH dep AS (SELECT array_agg(id ORDER BY code) AS ids FROM departments),
hnd AS (SELECT d.di, array_agg(u.id ORDER BY u.username) AS ids
        FROM (SELECT id, row_number() OVER (ORDER BY code) AS di FROM departments) d JOIN users u ON u.department_id = d.id AND 'handler' = ANY(u.roles)
        GROUP BY d.di),
ent AS (SELECT array_agg(id ORDER BY name) AS ids FROM enterprises),
who AS (SELECT (SELECT id FROM users WHERE username = 'dispatcher') AS dispatcher, (SELECT id FROM users WHERE username = 'leader') AS leader),
base AS (
  SELECT g, now() - ((($1::int - g) * 730.0 / $1::int) || ' days')::interval - ((g % 480) || ' minutes')::interval AS created,
    ($1::int - g) * 730.0 / $1::int AS age_days, g % 3 = 0 AS petition, 1 + g % 9 AS di, 1 + (g / 9) % 10 AS slot
  FROM generate_series(1, $1::int) g
),
shaped AS (
  SELECT b.*, (b.age_days < 30 AND g % 3 <> 0) OR g % 997 = 0 AS open FROM base b
),
staged AS (
  SELECT s.*,
    CASE WHEN NOT s.open THEN 'closed' WHEN g % 20 = 1 THEN (CASE WHEN s.petition THEN 'pending_decision' ELSE 'pending_assignment' END)
         WHEN (g / 3) % 10 = 0 THEN 'pending_acceptance' WHEN (g / 3) % 10 = 1 THEN 'awaiting_feedback' WHEN (g / 3) % 10 = 2 THEN 'awaiting_approval' ELSE 'in_progress' END AS status
  FROM shaped s
),
rows AS (
  SELECT t.*, CASE t.status WHEN 'closed' THEN 'close' WHEN 'awaiting_approval' THEN 'close' WHEN 'awaiting_feedback' THEN 'feedback' WHEN 'in_progress' THEN 'handle' ELSE 'assign' END AS stage,
    CASE t.status WHEN 'closed' THEN 4 WHEN 'awaiting_approval' THEN 4 WHEN 'awaiting_feedback' THEN 3 WHEN 'in_progress' THEN 2 ELSE 1 END AS seq,
    t.status IN ('pending_decision', 'pending_assignment') AS unrouted, t.status IN ('pending_decision', 'pending_assignment', 'pending_acceptance') AS unhandled
  FROM staged t
)
INSERT INTO work_items (id, code, kind, title, description, channel, category, urgency, enterprise_id, petitioner, stage, status, department_id, handler_id,
  owner_leader_id, created_by_id, stage_seq, deadlines, sla, version, created_at, updated_at, closed_at, satisfaction, received_on, statutory_clock)
SELECT gen_random_uuid(), 'BN-' || to_char(r.created, 'YYYYMMDD') || '-' || lpad(r.g::text, 7, '0'),
  CASE WHEN r.petition THEN 'petition' ELSE 'appeal' END,
  (ARRAY['园区道路照明故障','企业用电增容报装','人才公寓申请','排污许可证续期','厂房土地证办理','稳岗补贴兑付','物流车辆通行','供水管网漏损','消防验收咨询','贷款贴息申请'])[1 + (r.g * 7) % 10] || '（' || r.g || '）',
  (ARRAY['企业反映近期多次出现该问题，影响正常生产经营，请求相关部门尽快协调处理并答复。','来访人称已多次通过电话反映，至今未得到答复，要求明确办理时限。','园区企业联名反映，希望管委会统筹研究，给出解决方案。'])[1 + r.g % 3],
  (ARRAY['visit','letter','hotline','online','inspection','symposium'])[1 + (r.g * 13) % 6],
  (ARRAY['utilities','permits','hiring','land','environment','logistics','funding'])[1 + (r.g * 11) % 7],
  CASE WHEN r.g % 17 = 0 THEN 'urgent' ELSE 'normal' END,
  CASE WHEN NOT r.petition THEN ent.ids[1 + r.g % array_length(ent.ids, 1)] END,
  CASE WHEN r.petition THEN jsonb_build_object('name', '来访人' || r.g % 1000, 'phone', '138' || lpad((r.g % 100000000)::text, 8, '0'), 'idNumber', '41010219800101' || lpad((r.g % 10000)::text, 4, '0')) END,
  r.stage, r.status,
  CASE WHEN NOT r.unrouted THEN dep.ids[r.di] END,
  CASE WHEN NOT r.unhandled THEN hnd.ids[r.slot] END,
  CASE WHEN r.g % 50 = 0 THEN who.leader END,
  who.dispatcher, r.seq,
  -- The stages so far, each met but the current one while the item is open (the shape the domain writes).
  (SELECT jsonb_agg(jsonb_build_object('rev', 0, 'unit', 'working_days', 'stage', (ARRAY['assign','handle','feedback','close'])[s], 'stageSeq', s, 'amount', (ARRAY[0,5,3,2])[s],
      'startedAt', to_char((r.created + ((s - 1) || ' days')::interval) AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
      'dueAt', to_char((r.created + ((s * 5) || ' days')::interval) AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
      'warnAt', to_char((r.created + ((s * 5 - 1) || ' days')::interval) AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
      'metAt', CASE WHEN s < r.seq OR r.status = 'closed' THEN to_char((r.created + (s || ' days')::interval) AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') END,
      'warnedAt', NULL, 'overdueAt', NULL, 'pausedAmount', 0, 'extendedAmount', 0, 'escalationLevel', 0) ORDER BY s)
   FROM generate_series(1, r.seq) s),
  CASE WHEN r.open AND r.age_days > 30 THEN 'overdue' ELSE 'normal' END,
  r.seq, r.created, r.created + (r.seq || ' days')::interval,
  CASE WHEN r.status = 'closed' THEN r.created + '7 days'::interval END,
  CASE WHEN r.status = 'closed' AND NOT r.petition THEN (ARRAY['satisfied','satisfied','basically_satisfied','dissatisfied'])[1 + r.g % 4] END,
  (r.created AT TIME ZONE 'Asia/Shanghai')::date,
  CASE WHEN r.petition AND r.seq >= 2 THEN jsonb_build_object('rev', 0, 'unit', 'calendar_days', 'clock', 'statutory', 'stage', 'handle', 'stageSeq', 2, 'amount', 60,
      'startedAt', to_char((r.created + '1 day'::interval) AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
      'dueAt', to_char((r.created + '61 days'::interval) AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
      'warnAt', to_char((r.created + '55 days'::interval) AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
      'metAt', CASE WHEN r.status = 'closed' THEN to_char((r.created + '7 days'::interval) AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') END,
      'endRule', 'next_working_day', 'warnedAt', NULL, 'overdueAt', NULL, 'pausedAmount', 0, 'extendedAmount', 0, 'escalationLevel', 0) END
FROM rows r, dep, hnd, ent, who
WHERE hnd.di = r.di`;

/** Adds the handlers and the items, then VACUUM ANALYZE (autovacuum would, in time; the bench should not measure its schedule). Returns what it made. */
export async function seedQueueItems(db, items) {
  const t = performance.now();
  await db.query(HANDLERS_SQL);
  await db.query(ITEMS_SQL, [items]);
  for (const table of ['work_items', 'users']) await db.query(`VACUUM ANALYZE ${table}`);
  const seconds = (performance.now() - t) / 1000;
  const { rows } = await db.query(`
    SELECT count(*)::int AS items, count(*) FILTER (WHERE status <> 'closed')::int AS open,
      count(*) FILTER (WHERE handler_id = (SELECT id FROM users WHERE username = 'handler'))::int AS handler_items,
      count(*) FILTER (WHERE handler_id = (SELECT id FROM users WHERE username = 'handler') AND status <> 'closed')::int AS handler_open,
      count(*) FILTER (WHERE department_id = (SELECT department_id FROM users WHERE username = 'handler'))::int AS department_items,
      pg_size_pretty(pg_total_relation_size('work_items')) AS size
    FROM work_items`);
  return { ...rows[0], seconds: Number(seconds.toFixed(1)) };
}

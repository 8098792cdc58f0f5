// What the fuzz run knows from the database: the real ids a request can name (pools), who may see
// which item (the api's own rule: loadActor + toWorkItemState from packages/db, canSee and
// mayOnProject from packages/domain, the kind registry loaded as main.ts loads it), and snapshots
// of a row before and after a request. Read-only: it never writes to ParkFlow's database.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from '../scripts/stack.mjs';

const db = await import(pathToFileURL(join(ROOT, 'packages/db/dist/index.js')).href);
const domain = await import(pathToFileURL(join(ROOT, 'packages/domain/dist/index.js')).href);

/** Only titles and names this long and held by one row are looked for: a short or shared one says nothing. */
const MIN_TITLE = 6;

export async function openOracle(databaseUrl) {
  const dataSource = db.createDataSource({ url: databaseUrl, poolSize: 3 });
  await dataSource.initialize();
  const kinds = await db.loadKindRegistry(db.readRuntimeConfig({ ...process.env, DATABASE_URL: databaseUrl }).kinds);
  const q = (sql, params) => dataSource.query(sql, params);
  const historyAtMark = new Map();

  /** Every id a request may name, by what it is; refreshed as the run creates rows. */
  async function pools() {
    const col = async (sql) => (await q(sql)).map((r) => r.v);
    const p = {
      workItem: await col('SELECT id AS v FROM work_items ORDER BY created_at, id'),
      project: await col('SELECT id AS v FROM projects ORDER BY created_at, id'),
      user: await col('SELECT id AS v FROM users ORDER BY username'),
      department: await col('SELECT id AS v FROM departments ORDER BY code'),
      enterprise: await col('SELECT id AS v FROM enterprises ORDER BY id'),
      notification: await col('SELECT id AS v FROM notifications ORDER BY created_at DESC, id LIMIT 200'),
      export: await col('SELECT id AS v FROM report_exports ORDER BY created_at, id'),
      photo: await col('SELECT id AS v FROM project_photos ORDER BY id'),
      nodeKey: await col("SELECT DISTINCT n->>'key' AS v FROM projects, jsonb_array_elements(nodes) n ORDER BY 1"),
      day: await col("SELECT to_char(day, 'YYYY-MM-DD') AS v FROM close_out_ledgers UNION SELECT to_char(date, 'YYYY-MM-DD') FROM calendar_days ORDER BY 1"),
      code: await col('SELECT code AS v FROM work_items UNION ALL SELECT code FROM projects'),
    };
    // Items of every department side by side: a pick by index lands on all of them alike.
    p.any = [...p.workItem, ...p.project, ...p.user, ...p.department, ...p.enterprise, ...p.export, ...p.photo];
    return p;
  }

  /** The domain's Actor of each demo user, built by the api's own loader. */
  async function actors(usernames) {
    const out = {};
    for (const username of usernames) {
      const user = await dataSource.getRepository(db.UserEntity).findOneBy({ username });
      if (user) out[username] = await db.loadActor(dataSource.manager, user);
    }
    return out;
  }

  /**
   * For each actor that does not see everything: the strings (id, code, a unique title or name)
   * of every work item and project it may not see, mapped to what they name.
   */
  async function forbidden(actorsByRole) {
    const rows = await dataSource.getRepository(db.WorkItemEntity).find();
    const projects = await dataSource.getRepository(db.ProjectEntity).find();
    const titleCount = new Map();
    for (const t of [...rows.map((r) => r.title), ...projects.map((p) => p.name)]) titleCount.set(t, (titleCount.get(t) ?? 0) + 1);
    const unique = (t) => typeof t === 'string' && t.length >= MIN_TITLE && titleCount.get(t) === 1;
    const out = {};
    for (const [role, actor] of Object.entries(actorsByRole)) {
      if (domain.visibilityScope(actor).all) continue;
      const tokens = new Map();
      for (const row of rows) {
        const state = db.toWorkItemState(row);
        const kind = kinds.get(state.kind);
        if (kind && domain.canSee(state, actor, kind)) continue;
        const what = { type: 'work item', id: row.id, code: row.code, title: row.title, departmentId: row.departmentId };
        tokens.set(row.id, what);
        tokens.set(row.code, what);
        if (unique(row.title)) tokens.set(row.title, what);
      }
      for (const p of projects) {
        if (domain.mayOnProject(actor, { chiefOfficerId: p.chiefOfficerId, pushTeamIds: p.pushTeamIds ?? [] }, 'read')) continue;
        const what = { type: 'project', id: p.id, code: p.code, title: p.name };
        tokens.set(p.id, what);
        tokens.set(p.code, what);
        if (unique(p.name)) tokens.set(p.name, what);
      }
      out[role] = tokens;
    }
    return out;
  }

  /** What a refused request must leave alone: the row's version and timestamps, and its timeline's length. */
  async function snapshot(target) {
    if (target.type === 'workItem') {
      const [r] = await q('SELECT version, updated_at::text AS u, (SELECT coalesce(max(id), 0)::text FROM work_item_events WHERE item_id = $1) AS e FROM work_items WHERE id = $1', [target.id]);
      return r ? `v${r.version} ${r.u} e${r.e}` : 'absent';
    }
    const [r] = await q('SELECT version, updated_at::text AS u, archived_at::text AS a, (SELECT array_agg(id::text) FROM project_history WHERE project_id = $1) AS h FROM projects WHERE id = $1', [target.id]);
    // The history's ids as they stood, to tell afterwards who wrote a new entry (the worker's node timers write some).
    historyAtMark.set(target.id, new Set(r?.h ?? []));
    return r ? `v${r.version} ${r.u} ${r.a} h${r.h?.length ?? 0}` : 'absent';
  }

  /** Where the timeline and the project history stand, to find afterwards what a request wrote. */
  async function writeMark(userId) {
    const [r] = await q('SELECT (SELECT coalesce(max(id), 0)::text FROM work_item_events) AS e, (SELECT count(*)::text FROM project_history WHERE actor_id = $1) AS h, (SELECT count(*)::text FROM work_items) AS w, (SELECT count(*)::text FROM projects) AS p', [userId]);
    return r;
  }

  /** The rows written since `mark` by `userId`: events, project history, new items and projects. */
  async function writesSince(mark, userId) {
    const events = await q('SELECT id::text, item_id, type FROM work_item_events WHERE id > $1 AND actor_id = $2', [mark.e, userId]);
    const [counts] = await q('SELECT (SELECT count(*)::text FROM project_history WHERE actor_id = $1) AS h, (SELECT count(*)::text FROM work_items) AS w, (SELECT count(*)::text FROM projects) AS p', [userId]);
    return { events, history: Number(counts.h) - Number(mark.h), newItems: Number(counts.w) - Number(mark.w), newProjects: Number(counts.p) - Number(mark.p) };
  }

  /** Whatever touched the row since `mark` other than `userId`: the worker (system) or nobody. */
  async function othersSince(target, mark, user) {
    // Nobody signed in (no token, a forged or expired one) wrote nothing: every new row is another's.
    const userId = user ?? '00000000-0000-0000-0000-000000000000';
    if (target.type !== 'workItem') {
      const rows = await q('SELECT id::text, type, actor_id FROM project_history WHERE project_id = $1 AND actor_id IS DISTINCT FROM $2', [target.id, userId]);
      return rows.filter((r) => !historyAtMark.get(target.id)?.has(r.id));
    }
    return q('SELECT id::text, type, actor_id FROM work_item_events WHERE item_id = $1 AND id > $2 AND actor_id IS DISTINCT FROM $3', [target.id, mark.e, userId]);
  }

  /** The item's kind and the actions the domain lets `actor` take on it now (allowedActions, as the item detail lists them). */
  async function allowed(id, actor) {
    const row = await dataSource.getRepository(db.WorkItemEntity).findOneBy({ id });
    if (!row) return { kind: null, actions: [] };
    const state = db.toWorkItemState(row);
    return { kind: state.kind, actions: domain.allowedActions(state, actor, kinds, new Date()) };
  }

  return { pools, actors, forbidden, allowed, snapshot, writeMark, writesSince, othersSince, close: () => dataSource.destroy() };
}

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCAL_COMPLAINT_TEST_KIND } from '../../../packages/domain/src/testing/local-complaint-test-kind.fixture.js';
import { ApiClient } from './support/api-client.js';
import { startTestStack, type RunningStack } from './support/stack-fixture.js';

/*
 * 重复件 over HTTP on PostgreSQL + Redis: a petition registered as a repeat of a closed one is
 * stored with its link, counted in its facts and in /stats/figures (重复件, 重复率); a repeat of an
 * open, unknown or unseen item is a 400 on repeatOfId with nothing saved; the candidates lookup
 * matches by ID number, else phone, never by masked numbers, and only within what the caller may
 * see. A park's own kind that handlers register (loaded as data) makes "unseen" possible: the
 * built-in petitions are registered by dispatchers and administrators, who see every item.
 */
describe('repeat items (重复件) over HTTP', () => {
  let running: RunningStack;
  let moduleDir: string;
  let db: pg.Client;
  const as: Record<string, ApiClient> = {};
  let util: string;

  beforeAll(async () => {
    moduleDir = mkdtempSync(join(tmpdir(), 'parkflow-repeat-kind-'));
    const module = join(moduleDir, 'local-kinds.mjs');
    writeFileSync(module, `export const kinds = ${JSON.stringify([LOCAL_COMPLAINT_TEST_KIND])};\n`);
    running = await startTestStack('postgres+redis', { PARKFLOW_KIND_MODULES: module });
    const anonymous = new ApiClient(running.url);
    for (const u of ['dispatcher', 'handler', 'handler2', 'head', 'leader', 'liaison', 'enterprise', 'admin']) as[u] = await anonymous.as(u);
    util = (await as.dispatcher!.get('/departments')).body.find((d: { code: string }) => d.code === 'UTIL').id;
    db = new pg.Client({ connectionString: running.stack.env.DATABASE_URL });
    await db.connect();
  }, 180_000);

  afterAll(async () => {
    await db?.end();
    await running?.stop();
    rmSync(moduleDir, { recursive: true, force: true });
  });

  const ok = (res: { status: number; body: unknown }, status = 200) => {
    expect(res.status, JSON.stringify(res.body)).toBe(status);
    return res.body as any;
  };
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
  const storedItems = async () => Number((await db.query('SELECT count(*) AS n FROM work_items')).rows[0].n);
  const base = (category: string, petitioner: object, kind = 'petition') => ({ kind, title: '厂区噪音扰民', description: '夜间施工噪音', channel: 'visit', category, petitioner });

  /** A petition closed at intake (不予受理): the quickest closed item, and a matter the petitioner may well bring back. */
  async function closedItem(category: string, petitioner: object, kind = 'petition'): Promise<any> {
    const body = { ...base(category, petitioner, kind), decision: { accept: false, reason: 'legal_channel' } };
    return ok(await as.dispatcher!.post('/work-items', body), 201);
  }

  const candidates = (client: ApiClient, query: Record<string, string>) => client.get(`/work-items/repeat-candidates?${new URLSearchParams(query)}`);
  const todaysPetitions = async () => ok(await as.dispatcher!.get(`/stats/figures?from=${today}&to=${today}&kind=petition`)).total;

  it('registers a repeat of a closed petition: stored, a repeated fact, and 重复件 / 重复率 move by exactly one', async () => {
    const petitioner = { name: '孙女士', phone: '13700001111', idNumber: null };
    const earlier = await closedItem('environment', petitioner);
    expect(earlier.status).toBe('closed');
    const before = await todaysPetitions();

    const repeat = ok(await as.dispatcher!.post('/work-items', { ...base('environment', petitioner), repeatOfId: earlier.id }), 201);
    expect(repeat.repeatOfId).toBe(earlier.id);
    const stored = await db.query('SELECT w.repeat_of_id, f.repeated FROM work_items w JOIN item_stat_facts f ON f.item_id = w.id WHERE w.id = $1', [repeat.id]);
    expect(stored.rows).toEqual([{ repeat_of_id: earlier.id, repeated: true }]);
    expect((await db.query('SELECT repeated FROM item_stat_facts WHERE item_id = $1', [earlier.id])).rows).toEqual([{ repeated: false }]);

    const after = await todaysPetitions();
    expect(after.registered).toBe(before.registered + 1);
    expect(after.repeated).toBe(before.repeated + 1);
    expect(after.repeatRate).toBeCloseTo((before.repeated + 1) / (before.registered + 1), 12);
    // A petition that is not a repeat counts as registered only.
    ok(await as.dispatcher!.post('/work-items', base('environment', petitioner)), 201);
    expect(await todaysPetitions()).toMatchObject({ registered: before.registered + 2, repeated: before.repeated + 1 });
    // Grouped by month, the month's row counts the same (the other shape of the SQL).
    const month = ok(await as.dispatcher!.get(`/stats/figures?from=${today}&to=${today}&kind=petition&groupBy=month`)).rows[0].figures;
    expect(month).toMatchObject({ registered: before.registered + 2, repeated: before.repeated + 1 });

    // Each page shows the link: 重复件，前件 on the repeat, 后续重复件 on the earlier item.
    const repeatPage = ok(await as.dispatcher!.get(`/work-items/${repeat.id}`));
    expect(repeatPage.repeats).toEqual({ of: expect.objectContaining({ id: earlier.id, code: earlier.code, status: 'closed' }), later: [] });
    const earlierPage = ok(await as.dispatcher!.get(`/work-items/${earlier.id}`));
    expect(earlierPage.repeats.of).toBeNull();
    expect(earlierPage.repeats.later.map((l: { code: string }) => l.code)).toEqual([repeat.code]);
  });

  it('refuses a repeat of an open, unknown or malformed item, and for a kind without repeats: 400 on repeatOfId, nothing saved', async () => {
    const petitioner = { name: '李先生', phone: '13700002222', idNumber: null };
    const open = ok(await as.dispatcher!.post('/work-items', { ...base('land', petitioner), decision: { accept: true } }), 201);
    const enterpriseId = ok(await as.enterprise!.get('/me')).enterpriseId;
    const closed = await closedItem('land', petitioner);
    const before = await storedItems();
    const refused = async (body: object, reason?: string) => {
      const res = await as.dispatcher!.post('/work-items', body);
      expect(res.status, JSON.stringify(res.body)).toBe(400);
      expect(Object.keys(res.body.fields ?? {})).toContain('repeatOfId');
      if (reason) expect(res.body.reason).toBe(reason);
    };
    await refused({ ...base('land', petitioner), repeatOfId: open.id }, 'repeat_not_closed');
    await refused({ ...base('land', petitioner), repeatOfId: '0f9c1d8e-4b2a-4c3d-9e8f-7a6b5c4d3e2f' }, 'repeat_unknown');
    await refused({ ...base('land', petitioner), repeatOfId: 'XF-1' });
    await refused({ kind: 'appeal', title: '用电', description: 'd', channel: 'online', category: 'utilities', enterpriseId, repeatOfId: closed.id }, 'repeats_not_counted');
    expect(await storedItems()).toBe(before);
  });

  it('refuses an earlier item the registrar may not see exactly as one that does not exist', async () => {
    const petitioner = { name: '赵先生', phone: '13700003333', idNumber: null };
    const earlier = await closedItem('utilities', petitioner, LOCAL_COMPLAINT_TEST_KIND.id);
    const body = { ...base('utilities', petitioner, LOCAL_COMPLAINT_TEST_KIND.id), repeatOfId: earlier.id };
    const before = await storedItems();
    // Closed at intake, it went to no department: neither handler may see it.
    const unseen = await as.handler!.post('/work-items', body);
    expect(unseen.status).toBe(400);
    expect(unseen.body).toMatchObject({ reason: 'repeat_unknown', fields: { repeatOfId: expect.any(String) } });
    expect(await storedItems()).toBe(before);
    // Filed under UTIL (by SQL: taking a complaint through its whole life to closed is workflow.int-spec's), the UTIL handler sees it, the HR handler still not.
    await db.query('UPDATE work_items SET department_id = $1 WHERE id = $2', [util, earlier.id]);
    expect((await as.handler2!.post('/work-items', body)).body).toMatchObject({ reason: 'repeat_unknown' });
    expect(await storedItems()).toBe(before);
    const repeat = ok(await as.handler!.post('/work-items', body), 201);
    expect(repeat.repeatOfId).toBe(earlier.id);
  });

  it('finds closed items of the same matter by ID number, else phone, newest first; masked numbers find nothing', async () => {
    const ID = '11010119900307123X';
    const a = await closedItem('hiring', { name: '钱先生', phone: '13911112222', idNumber: ID });
    const b = await closedItem('hiring', { name: '钱先生', phone: '139-1111-2222', idNumber: null });
    // The same phone, another ID number: a relative, not the same petitioner.
    const c = await closedItem('hiring', { name: '钱女士', phone: '139 1111 2222', idNumber: '110101199203071234' });
    const masked = await closedItem('hiring', { name: '钱先生', phone: '139****2222', idNumber: '110101********1234' });
    await closedItem('land', { name: '钱先生', phone: '13911112222', idNumber: ID }); // another matter
    ok(await as.dispatcher!.post('/work-items', { ...base('hiring', { name: '钱先生', phone: '13911112222', idNumber: ID }), decision: { accept: true } }), 201); // open
    const codes = async (query: Record<string, string>) => ok(await candidates(as.dispatcher!, { kind: 'petition', category: 'hiring', ...query })).items.map((i: { code: string }) => i.code);

    expect(await codes({ idNumber: ID.toLowerCase() })).toEqual([a.code]);
    expect(await codes({ phone: '13911112222' })).toEqual([c.code, b.code, a.code]);
    expect(await codes({ idNumber: ID, phone: '139 1111 2222' })).toEqual([b.code, a.code]);
    expect(await codes({ phone: '139****2222' })).toEqual([]);
    expect(await codes({ idNumber: '110101********1234' })).toEqual([]);
    expect(await codes({ phone: '13911112222' })).not.toContain(masked.code);
    const first = ok(await candidates(as.dispatcher!, { kind: 'petition', category: 'hiring', idNumber: ID })).items[0];
    expect(first).toEqual({ id: a.id, code: a.code, title: a.title, kind: 'petition', status: 'closed', category: 'hiring', createdAt: a.createdAt, closedAt: a.closedAt });

    // Bad input is a 400 naming the field, never a 5xx.
    const bad = async (query: Record<string, string>, field: string) => {
      const res = await candidates(as.dispatcher!, query);
      expect(res.status, JSON.stringify(query)).toBe(400);
      expect(Object.keys(res.body.fields ?? {})).toContain(field);
    };
    await bad({ kind: 'petition', category: 'hiring' }, 'phone');
    await bad({ kind: 'petition', category: 'hiring', idNumber: '', phone: '' }, 'phone');
    await bad({ kind: 'petition', category: 'weather', phone: '13911112222' }, 'category');
    await bad({ kind: 'petition', category: 'hiring', idNumber: "1' OR 1=1" }, 'idNumber');
    await bad({ category: 'hiring', phone: '13911112222' }, 'kind');
    await bad({ kind: 'boiler', category: 'hiring', phone: '13911112222' }, 'kind');
  });

  it('answers only those who register a kind that counts repeats, with only the items they may see', async () => {
    const query = { kind: 'petition', category: 'utilities', phone: '13700003333' };
    for (const who of ['handler', 'head', 'leader', 'liaison', 'enterprise']) expect((await candidates(as[who]!, query)).status, who).toBe(403);
    expect((await candidates(as.admin!, query)).status).toBe(200);
    expect((await candidates(as.dispatcher!, { ...query, kind: 'appeal' })).status).toBe(403);

    const petitioner = { name: '吴先生', phone: '13700004444', idNumber: null };
    const inUtil = await closedItem('utilities', petitioner, LOCAL_COMPLAINT_TEST_KIND.id);
    const nowhere = await closedItem('utilities', petitioner, LOCAL_COMPLAINT_TEST_KIND.id);
    await db.query('UPDATE work_items SET department_id = $1 WHERE id = $2', [util, inUtil.id]);
    const local = { kind: LOCAL_COMPLAINT_TEST_KIND.id, category: 'utilities', phone: petitioner.phone };
    const seen = async (client: ApiClient) => ok(await candidates(client, local)).items.map((i: { code: string }) => i.code);
    expect(await seen(as.dispatcher!)).toEqual([nowhere.code, inUtil.code]);
    expect(await seen(as.handler!)).toEqual([inUtil.code]);
    expect(await seen(as.handler2!)).toEqual([]);
  });
});

import { createDataSource, foldStatDeltas, ItemRatingEntity, ItemStatFactsEntity } from '@parkflow/db';
import { monthPeriod, shanghaiDate, STAT_GROUPINGS, statFigures, statFiguresBy, type DayPeriod, type ItemStatFacts, type RatingFact } from '@parkflow/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from './support/api-client.js';
import { startTestStack, type RunningStack } from './support/stack-fixture.js';

/*
 * GET /api/stats over the demo park on PostgreSQL + Redis: the SQL's figures equal the domain's
 * reference (statFiguresBy) over the same stored facts, for every grouping and for a scoped head;
 * each role reads only what statScope gives it; bad requests are 4xx; and a registration counts
 * at once (the facts are written in the action's transaction).
 */
describe('statistics over HTTP', () => {
  let running: RunningStack;
  let db: ReturnType<typeof createDataSource>;
  const as: Record<string, ApiClient> = {};
  const today = shanghaiDate(new Date());
  const YEAR: DayPeriod = { from: shanghaiDate(new Date(Date.now() - 365 * 86_400_000)), to: today };
  const query = (period: DayPeriod, extra = '') => `from=${period.from}&to=${period.to}${extra}`;

  beforeAll(async () => {
    running = await startTestStack('postgres+redis');
    const anonymous = new ApiClient(running.url);
    for (const u of ['dispatcher', 'handler', 'head', 'leader', 'enterprise', 'liaison', 'admin']) as[u] = await anonymous.as(u);
    db = createDataSource({ url: running.stack.env.DATABASE_URL!, poolSize: 1 });
    await db.initialize();
  }, 180_000);

  afterAll(async () => {
    await db?.destroy();
    await running?.stop();
  });

  const ok = (res: { status: number; body: unknown }, status = 200) => {
    expect(res.status, JSON.stringify(res.body)).toBe(status);
    return res.body as any;
  };

  type Narrow = { kind?: string; category?: string; channel?: string };
  async function storedFacts(departmentIds: string[] | null, narrow: Narrow = {}): Promise<{ facts: ItemStatFacts[]; ratings: RatingFact[] }> {
    const inScope = (d: string | null) => departmentIds === null || (d !== null && departmentIds.includes(d));
    const matches = (r: ItemStatFacts | RatingFact) => inScope(r.departmentId) && Object.entries(narrow).every(([k, v]) => r[k as keyof Narrow] === v);
    const facts = (await db.getRepository(ItemStatFactsEntity).find()).map((f) => ({ ...f, runningDueAt: f.runningDueAt?.toISOString() ?? null }));
    const ratings = (await db.getRepository(ItemRatingEntity).find()).map((r) => ({ ...r, ratedAt: r.ratedAt.toISOString() }) as RatingFact);
    return { facts: facts.filter(matches), ratings: ratings.filter(matches) };
  }

  /** The api's rows against the domain's over the same rows (overdueNow at the api's own instant). */
  async function expectSameAsDomain(client: ApiClient, departmentIds: string[] | null, narrow: Narrow = {}, period = YEAR): Promise<void> {
    let { facts, ratings } = await storedFacts(departmentIds, narrow);
    if (Object.keys(narrow).length === 0) expect(facts.length).toBeGreaterThan(0);
    const extra = Object.entries(narrow).map(([k, v]) => `&${k}=${v}`).join('');
    for (const groupBy of STAT_GROUPINGS) {
      // The worker may still be routing the demo's items (a stage job sets 交办): compare only
      // against facts that did not move while the api was asked.
      let body = ok(await client.get(`/stats/figures?${query(period, `&groupBy=${groupBy}${extra}`)}`));
      for (let attempt = 0; attempt < 10; attempt++) {
        const after = await storedFacts(departmentIds, narrow);
        if (JSON.stringify(after) === JSON.stringify({ facts, ratings })) break;
        ({ facts, ratings } = after);
        body = ok(await client.get(`/stats/figures?${query(period, `&groupBy=${groupBy}${extra}`)}`));
      }
      const now = new Date(body.asOf);
      const want = statFiguresBy(groupBy, facts, ratings, period, now);
      const got = new Map((body.rows as { key: string | null; figures: unknown }[]).map((r) => [r.key, r.figures]));
      expect(got, `${groupBy}${extra} ${period.from}..${period.to}`).toEqual(want);
      expect(body.total, `${groupBy}${extra}`).toEqual(statFigures(facts, ratings, period, now));
    }
  }

  it('gives, for every grouping, the figures the domain computes over the same stored facts', async () => {
    await expectSameAsDomain(as.dispatcher!, null);
    const total = ok(await as.admin!.get(`/stats/figures?${query(YEAR)}`)).total;
    // The demo park has answered, rated, overdue and returned items: the figures are not all zeros.
    expect(total.registered).toBeGreaterThan(5);
    expect(total.response.denominator).toBeGreaterThan(0);
    expect(total.satisfaction.denominator + total.satisfaction.unrated).toBeGreaterThan(0);
    expect(total.overdue + (total.overdueNow ?? 0)).toBeGreaterThan(0);
  });

  it('reads the same figures from the day sums, folded or not, and from the facts where the sums cannot answer', async () => {
    // Filters the sums answer (one of category and channel) and those only the facts answer (both);
    // a year with edge days and whole months, and a single whole month (the histogram alone).
    const narrows: Narrow[] = [{}, { kind: 'appeal' }, { category: 'utilities' }, { channel: 'online' }, { kind: 'petition', channel: 'visit' }, { category: 'utilities', channel: 'online' }];
    const lastMonth = monthPeriod(shanghaiDate(new Date(Date.parse(`${today.slice(0, 7)}-01T00:00:00Z`) - 86_400_000)).slice(0, 7));
    const check = async () => {
      for (const narrow of narrows) await expectSameAsDomain(as.dispatcher!, null, narrow);
      for (const narrow of [{}, { channel: 'online' }, { category: 'utilities', channel: 'online' }] as Narrow[]) {
        const { facts } = await storedFacts(null, narrow);
        const cells = new Map<string, { registered: number; overdue: number }>();
        for (const f of facts.filter((x) => x.registeredOn >= YEAR.from && x.registeredOn <= YEAR.to)) {
          const cell = cells.get(`${f.category} ${f.departmentId}`) ?? { registered: 0, overdue: 0 };
          cells.set(`${f.category} ${f.departmentId}`, { registered: cell.registered + 1, overdue: cell.overdue + (f.overdueOn ? 1 : 0) });
        }
        const extra = Object.entries(narrow).map(([k, v]) => `&${k}=${v}`).join('');
        const heat = ok(await as.dispatcher!.get(`/stats/heatmap?${query(YEAR)}${extra}`)).cells as { category: string; departmentId: string | null; registered: number; overdue: number }[];
        expect(new Map(heat.map((c) => [`${c.category} ${c.departmentId}`, { registered: c.registered, overdue: c.overdue }])), `heatmap${extra}`).toEqual(cells);
      }
      const report = ok(await as.dispatcher!.get(`/stats/monthly?kind=petition&month=${today.slice(0, 7)}`));
      const { facts: petitions } = await storedFacts(null, { kind: 'petition' });
      const byChannel = new Map<string, number>();
      for (const f of petitions.filter((x) => x.registeredOn >= report.periods.yearToDate.from && x.registeredOn <= report.periods.yearToDate.to)) byChannel.set(f.channel, (byChannel.get(f.channel) ?? 0) + 1);
      expect(new Map(report.byChannel.filter((r: { yearToDate: number }) => r.yearToDate > 0).map((r: { key: string; yearToDate: number }) => [r.key, r.yearToDate]))).toEqual(byChannel);
      await expectSameAsDomain(as.dispatcher!, null, {}, lastMonth);
      await expectSameAsDomain(as.dispatcher!, null, {}, { from: lastMonth.from, to: today });
    };
    await check();
    await foldStatDeltas(db.manager);
    const [{ pending }] = await db.query('SELECT count(*)::int AS pending FROM stat_deltas');
    expect(pending).toBe(0);
    await check();
  });

  it('shows a department head their own department only, and refuses another', async () => {
    const me = ok(await as.head!.get('/me'));
    const own = ok(await as.head!.get(`/stats/figures?${query(YEAR, '&groupBy=department')}`));
    expect(own.scope).toEqual({ all: false, departmentIds: [me.departmentId] });
    expect(own.rows.map((r: { key: string }) => r.key)).toEqual([me.departmentId]);
    await expectSameAsDomain(as.head!, [me.departmentId]);
    const departments = ok(await as.dispatcher!.get('/departments')) as { id: string }[];
    const other = departments.find((d) => d.id !== me.departmentId)!.id;
    expect((await as.head!.get(`/stats/figures?departmentId=${other}`)).status).toBe(403);
    expect((await as.head!.get(`/stats/heatmap?departmentId=${other}`)).status).toBe(403);
    expect((await as.head!.get(`/stats/monthly?departmentId=${other}`)).status).toBe(403);
    ok(await as.head!.get(`/stats/figures?departmentId=${me.departmentId}`));
  });

  it('refuses roles without statistics, and every bad request, with a 4xx', async () => {
    for (const who of ['handler', 'enterprise', 'liaison']) expect((await as[who]!.get('/stats/figures')).status, who).toBe(403);
    expect((await new ApiClient(running.url).get('/stats/figures')).status).toBe(401);
    const bad = async (path: string, status: number, field?: string) => {
      const res = await as.dispatcher!.get(path);
      expect(res.status, path).toBe(status);
      if (field) expect(Object.keys(res.body.fields ?? {}), path).toContain(field);
    };
    await bad('/stats/nonsense', 404);
    await bad('/stats/figures?from=2026-03-02&to=2026-03-01', 400, 'to');
    await bad('/stats/figures?from=2020-01-01&to=2026-12-31', 400, 'to');
    await bad('/stats/figures?from=2026-02-30', 400, 'from');
    await bad('/stats/figures?groupBy=weather', 400, 'groupBy');
    await bad('/stats/figures?departmentId=x', 400, 'departmentId');
    await bad('/stats/monthly?month=2026-13', 400, 'month');
    await bad(`/stats/figures?category=${encodeURIComponent("x' OR 1=1")}`, 400, 'category');
  });

  it('says "no data" for an empty period instead of dividing by zero', async () => {
    const body = ok(await as.dispatcher!.get('/stats/figures?from=2001-01-01&to=2001-12-31&groupBy=month'));
    expect(body.rows).toEqual([]);
    // Overdue-now is a state, not a count of the period: a department breakdown of 2001 lists only it.
    const byDepartment = ok(await as.dispatcher!.get('/stats/figures?from=2001-01-01&to=2001-12-31&groupBy=department'));
    for (const row of byDepartment.rows) expect({ ...row.figures, overdueNow: 0 }, row.key).toEqual({ ...body.total, overdueNow: 0 });
    expect(body.total.response).toEqual({ numerator: 0, denominator: 0, rate: null });
    expect(body.total.resolution.rate).toBeNull();
    expect(body.total.satisfaction.rate).toBeNull();
    expect(body.total.handling).toEqual({ closed: 0, averageDays: null, p90Days: null });
  });

  it('counts a registration at once, in the heatmap and the monthly report too', async () => {
    const before = ok(await as.dispatcher!.get(`/stats/figures?${query(YEAR)}&kind=appeal&category=utilities`)).total.registered;
    const enterpriseId = ok(await as.enterprise!.get('/me')).enterpriseId;
    ok(await as.dispatcher!.post('/work-items', { kind: 'appeal', title: '统计测试', description: 'd', channel: 'online', category: 'utilities', enterpriseId }), 201);
    expect(ok(await as.dispatcher!.get(`/stats/figures?${query(YEAR)}&kind=appeal&category=utilities`)).total.registered).toBe(before + 1);
    const heat = ok(await as.dispatcher!.get(`/stats/heatmap?${query(YEAR)}&kind=appeal`));
    const utilities = heat.cells.filter((c: { category: string }) => c.category === 'utilities').reduce((n: number, c: { registered: number }) => n + c.registered, 0);
    expect(utilities).toBe(before + 1);
    const report = ok(await as.dispatcher!.get(`/stats/monthly?kind=appeal&month=${today.slice(0, 7)}`));
    expect(report.periods.monthLastYear.from).toBe(`${Number(today.slice(0, 4)) - 1}${today.slice(4, 7)}-01`);
    expect(report.byChannel.find((r: { key: string }) => r.key === 'online').month).toBeGreaterThan(0);
    expect(report.figures.month.registered).toBe(report.byChannel.reduce((n: number, r: { month: number }) => n + r.month, 0));
  });
});

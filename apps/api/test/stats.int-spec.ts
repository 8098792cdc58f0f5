import { createDataSource, ItemRatingEntity, ItemStatFactsEntity } from '@parkflow/db';
import { shanghaiDate, STAT_GROUPINGS, statFigures, statFiguresBy, type DayPeriod, type ItemStatFacts, type RatingFact } from '@parkflow/domain';
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

  async function storedFacts(departmentIds: string[] | null): Promise<{ facts: ItemStatFacts[]; ratings: RatingFact[] }> {
    const inScope = (d: string | null) => departmentIds === null || (d !== null && departmentIds.includes(d));
    const facts = (await db.getRepository(ItemStatFactsEntity).find()).map((f) => ({ ...f, runningDueAt: f.runningDueAt?.toISOString() ?? null }));
    const ratings = (await db.getRepository(ItemRatingEntity).find()).map((r) => ({ ...r, ratedAt: r.ratedAt.toISOString() }) as RatingFact);
    return { facts: facts.filter((f) => inScope(f.departmentId)), ratings: ratings.filter((r) => inScope(r.departmentId)) };
  }

  /** The api's rows against the domain's over the same rows (overdueNow at the api's own instant). */
  async function expectSameAsDomain(client: ApiClient, departmentIds: string[] | null): Promise<void> {
    const { facts, ratings } = await storedFacts(departmentIds);
    expect(facts.length).toBeGreaterThan(0);
    for (const groupBy of STAT_GROUPINGS) {
      const body = ok(await client.get(`/stats/figures?${query(YEAR, `&groupBy=${groupBy}`)}`));
      const now = new Date(body.asOf);
      const want = statFiguresBy(groupBy, facts, ratings, YEAR, now);
      const got = new Map((body.rows as { key: string | null; figures: unknown }[]).map((r) => [r.key, r.figures]));
      expect(got, groupBy).toEqual(want);
      expect(body.total, groupBy).toEqual(statFigures(facts, ratings, YEAR, now));
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

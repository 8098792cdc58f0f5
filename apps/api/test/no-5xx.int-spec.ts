import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from './support/api-client.js';
import { startTestStack, type RunningStack } from './support/stack-fixture.js';

const ROLES = ['dispatcher', 'handler', 'head', 'leader', 'liaison', 'enterprise', 'admin'] as const;

/** Strings an attacker sends: NUL, lone surrogates, huge, odd unicode, SQL and markup, plus ordinary text. */
const nasty = fc.oneof(
  fc.constantFrom('\u0000', 'a\u0000b', '\uD800', 'x\uDFFF', '\uDC00\uD800', "'; DROP TABLE work_items; --", '<script>alert(1)</script>', '%00', '../../etc/passwd', '9999-12-31T23:59:59Z', '0000-01-01', '-1', '1e309', 'abc'),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
);
const value = fc.oneof(nasty, fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.array(nasty, { maxLength: 3 }), fc.dictionary(nasty, nasty, { maxKeys: 3 }));

type Probe = { method: 'GET' | 'POST' | 'PUT' | 'DELETE'; path: string; body?: unknown };

/**
 * No input gives a 5xx, and a refused request changes nothing: a bounded fast-check run over every
 * endpoint and role, with the strings attackers send in every field, query parameter and path.
 */
describe('no input breaks the server', () => {
  let running: RunningStack;
  const clients = {} as Record<(typeof ROLES)[number], ApiClient>;
  let itemId: string;

  beforeAll(async () => {
    running = await startTestStack('postgres+redis');
    const anonymous = new ApiClient(running.url);
    for (const r of ROLES) clients[r] = await anonymous.as(r);
    // A closed item: no timer of the worker changes it meanwhile, so any change would be a probe's.
    const list = await clients.dispatcher.get('/work-items?view=all&status=closed&pageSize=1');
    itemId = list.body.items[0].id;
  });

  afterAll(async () => {
    await running?.stop();
  });

  const probe = fc.record({
    role: fc.constantFrom(...ROLES),
    path: fc.constantFrom('work-items', 'work-items/:id', 'work-items/:id/actions', 'users', 'calendar/deadline', 'calendar/days', 'calendar/days/:date', 'notifications', 'auth/login', 'me', 'meta', 'departments', 'enterprises', 'stats/figures', 'stats/heatmap', 'stats/monthly', 'stats/:id', 'stats/monthly/xlsx', 'stats/figures/xlsx', 'stats/heatmap/xlsx', 'exports', 'exports/:id', 'exports/:id/file', 'close-outs', 'close-outs/:date', 'projects', 'projects/:id', 'projects/permits', 'projects/permits/xlsx', 'projects/:id/baseline', 'projects/:id/archive', 'projects/:id/nodes/project_filing/complete', 'project-templates', 'project-templates/new'),
    method: fc.constantFrom('GET', 'POST', 'PUT', 'DELETE'),
    query: fc.dictionary(fc.constantFrom('view', 'kind', 'stage', 'status', 'sla', 'q', 'page', 'pageSize', 'role', 'departmentId', 'from', 'amount', 'unit', 'year', 'bucket', 'sort', 'to', 'groupBy', 'month', 'category', 'channel'), nasty, { maxKeys: 4 }),
    body: fc.oneof(
      fc.dictionary(fc.constantFrom('kind', 'title', 'description', 'channel', 'category', 'urgency', 'enterpriseId', 'departmentId', 'petitioner', 'action', 'version', 'text', 'audience', 'reason', 'days', 'content', 'satisfaction', 'username', 'password', 'handlerId', 'kind', 'ledger', 'filters', 'name', 'investorName', 'investmentWan', 'type', 'phase', 'targets', 'chiefOfficerId', 'pushTeamIds', 'departmentIds', 'nodes', 'finishedOn', 'evidence', 'projectId', 'nodeKey'), value, { maxKeys: 8 }),
      value,
    ),
    segment: nasty,
    useItem: fc.boolean(),
  });

  it('answers every probe below 500, and a refused one leaves the item as it was', async () => {
    const before = await clients.dispatcher.get(`/work-items/${itemId}`);
    const failures: string[] = [];
    let acceptedOnItem = 0;
    await fc.assert(
      fc.asyncProperty(probe, async (p) => {
        // A URL cannot carry a lone surrogate at all (it has no UTF-8); the body and JSON can, and do.
        const segment = encodeURIComponent(p.segment.replace(/[\uD800-\uDFFF]/g, '\uFFFD'));
        const path = `/${p.path.replace(':id', p.useItem ? itemId : segment).replace(':date', segment)}?${new URLSearchParams(p.query as Record<string, string>)}`;
        const req: Probe = { method: p.method, path, body: p.method === 'GET' || p.method === 'DELETE' ? undefined : p.body };
        const res = await clients[p.role].request(req.method, req.path, req.body);
        // A probe can stumble on a valid action (a comment with the right small version): that one is no refusal.
        if (req.method === 'POST' && req.path.startsWith(`/work-items/${itemId}/actions`) && res.status < 300) acceptedOnItem += 1;
        if (res.status >= 500) failures.push(`${p.role} ${req.method} ${req.path} ${JSON.stringify(req.body)} → ${res.status}`);
        return res.status < 500;
      }),
      { numRuns: 300, seed: 20261202, endOnFailure: true },
    );
    expect(failures).toEqual([]);
    // Every refused probe left the item as it was: its timeline grew by the accepted ones only.
    const after = await clients.dispatcher.get(`/work-items/${itemId}`);
    expect(after.body.events.length).toBe(before.body.events.length + acceptedOnItem);
    if (acceptedOnItem === 0) expect(after.body.item.version).toBe(before.body.item.version);
  }, 300_000);

  it('refuses NUL and lone surrogates with a 400 naming the field, in bodies, nested values and queries', async () => {
    const body = { kind: 'appeal', title: '标题\u0000', description: '描述', channel: 'online', category: 'utilities', petitioner: { name: '\uD800' } };
    const res = await clients.dispatcher.post('/work-items', body);
    expect(res.status).toBe(400);
    expect(res.body.fields).toMatchObject({ title: expect.stringMatching(/NUL/), 'petitioner.name': expect.stringMatching(/surrogate/) });
    const query = await clients.dispatcher.get(`/work-items?q=${encodeURIComponent('a\u0000')}`);
    expect(query.status).toBe(400);
    expect(query.body.fields).toHaveProperty('query.q');
    const action = await clients.dispatcher.post(`/work-items/${itemId}/actions`, { action: 'comment', version: 1, text: 'x\uDC00' });
    expect(action.status).toBe(400);
    expect(action.body.fields).toHaveProperty('text');
  });

  it('bounds the calendar: far dates are a 400, not an overflow', async () => {
    expect((await clients.dispatcher.get('/calendar/deadline?from=9999-12-31T00:00:00Z&amount=3650&unit=calendar_days')).status).toBe(400);
    expect((await clients.admin.request('PUT', '/calendar/days/0000-01-01', { kind: 'holiday' })).status).toBe(400);
    expect((await clients.dispatcher.get('/calendar/deadline?from=2026-12-31T10:00:00%2B08:00&amount=3650&unit=working_days')).status).toBe(200);
  });
});

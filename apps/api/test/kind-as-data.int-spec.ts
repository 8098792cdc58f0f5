import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REINSPECTION_TEST_KIND } from '../../../packages/domain/src/testing/reinspection-test-kind.fixture.js';
import { act, ApiClient, eventually } from './support/api-client.js';
import { startTestStack, type RunningStack } from './support/stack-fixture.js';

/*
 * A kind the api, the worker and the database have never heard of, defined only in test code
 * (the domain's hazard re-inspection test kind) and loaded the way a team's package is: a module
 * named in PARKFLOW_KIND_MODULES. Nothing in apps/api, apps/worker or packages/db names it. The
 * test drives it over HTTP through its own pass/fail loop to closed, on real PostgreSQL + Redis,
 * with the real worker routing it, and checks /meta and the OpenAPI document show it.
 */

const KIND = REINSPECTION_TEST_KIND.id;

describe('a kind added as data only', () => {
  let stack: RunningStack;
  let moduleDir: string;
  let dispatcher: ApiClient;

  beforeAll(async () => {
    moduleDir = mkdtempSync(join(tmpdir(), 'parkflow-kind-'));
    const module = join(moduleDir, 'hazard-kinds.mjs');
    // The definition is pure data: a team's module would export the same list.
    writeFileSync(module, `export const kinds = ${JSON.stringify([REINSPECTION_TEST_KIND])};\n`);
    stack = await startTestStack('postgres+redis', { PARKFLOW_KIND_MODULES: module });
    dispatcher = await new ApiClient(stack.url).as('dispatcher');
  }, 180_000);

  afterAll(async () => {
    await stack?.stop();
    rmSync(moduleDir, { recursive: true, force: true });
  });

  it('is served by /meta and documented in the OpenAPI document with its own actions', async () => {
    const meta = await new ApiClient(stack.url).get('/meta');
    expect(meta.status).toBe(200);
    const kind = meta.body.kinds.find((k: { id: string }) => k.id === KIND);
    expect(kind.statusLabels.awaiting_reinspection).toEqual({ zh: '待复查', en: 'Awaiting re-inspection' });
    expect(kind.actions.reinspect.outcomes.fail).toEqual({ stage: 'handle', status: 'rectifying', newEntry: true });
    const doc = (await fetch(`${stack.url}/api/docs-json`).then((r) => r.json())) as { paths: Record<string, Record<string, { requestBody: any }>> };
    const actionBodies = doc.paths['/work-items/{id}/actions']!.post!.requestBody.content['application/json'].schema.oneOf;
    const ours = actionBodies.find((s: { title: string }) => s.title === KIND);
    expect(JSON.stringify(ours)).toContain('submit_for_reinspection');
    expect(JSON.stringify(ours)).not.toContain('"record_feedback"');
    expect(JSON.stringify(doc.paths['/work-items']!.post!.requestBody)).toContain(KIND);
  });

  it('goes through its own loop — re-inspection failed, back to rectifying, passed — to closed', async () => {
    const enterprises = (await dispatcher.get('/enterprises')).body as { id: string }[];
    const base = { kind: KIND, title: '仓库消防通道堵塞', description: '检查发现消防通道堆放货物', channel: 'visit', category: 'utilities' };
    // The kind's own links: an item of it must name its company (the per-kind contract says so).
    const missing = await dispatcher.post('/work-items', base);
    expect(missing.status).toBe(400);
    expect(Object.keys(missing.body.fields)).toEqual(['enterpriseId']);
    const created = await dispatcher.post('/work-items', { ...base, enterpriseId: enterprises[0]!.id });
    expect(created.status).toBe(201);
    expect(created.body.code).toMatch(/^YH-\d{8}-\d{4}$/);
    const id = created.body.id as string;

    // The worker knows the kind too: it routes the item by its category's rule.
    await eventually(async () => (await dispatcher.get(`/work-items/${id}`)).body.item.status === 'pending_acceptance', 30_000, 'the worker routing the item');
    const handler = await new ApiClient(stack.url).as('handler');
    const head = await new ApiClient(stack.url).as('head');
    const leader = await new ApiClient(stack.url).as('leader');

    expect((await act(handler, id, 'accept')).body).toMatchObject({ stage: 'handle', status: 'rectifying' });
    // A standard action the kind does not have is not part of its contract.
    expect((await act(handler, id, 'reply', { content: '已整改' })).status).toBe(400);
    expect((await act(handler, id, 'submit_for_reinspection', { comment: '已清理通道' })).body).toMatchObject({ stage: 'feedback', status: 'awaiting_reinspection' });
    expect((await act(head, id, 'reinspect', { outcome: 'maybe' })).status).toBe(400);
    // Only the parties the kind names: the handler may not re-inspect their own work.
    expect((await act(handler, id, 'reinspect', { outcome: 'pass' })).status).toBe(403);

    const failed = await act(head, id, 'reinspect', { outcome: 'fail', comment: '通道仍有杂物' });
    expect(failed.body).toMatchObject({ stage: 'handle', status: 'rectifying' });
    const detail = await handler.get(`/work-items/${id}`);
    expect(detail.body.allowedActions).toContain('submit_for_reinspection');
    // A fresh handling entry: its own deadline, 10 working days on the official calendar.
    expect(detail.body.item.deadlines.at(-1)).toMatchObject({ stage: 'handle', amount: 10, unit: 'working_days', metAt: null });

    await act(handler, id, 'submit_for_reinspection', { comment: '已彻底清理并设置警示' });
    expect((await act(dispatcher, id, 'reinspect', { outcome: 'pass' })).body).toMatchObject({ stage: 'close', status: 'awaiting_approval' });
    expect((await act(leader, id, 'approve_close', { comment: '同意办结' })).body).toMatchObject({ status: 'closed' });

    const timeline = (await dispatcher.get(`/work-items/${id}`)).body.events as { type: string; data: Record<string, unknown> }[];
    expect(timeline.filter((e) => e.type === 'outcome_recorded').map((e) => e.data.outcome)).toEqual(['fail', 'pass']);
    expect(timeline.filter((e) => e.type === 'advanced').map((e) => e.data.toStatus)).toEqual(['awaiting_reinspection', 'awaiting_reinspection']);
    expect(timeline.map((e) => e.type)).toContain('stage_job_processed');
  }, 120_000);
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, eventually } from './support/api-client.js';
import { startTestStack, type RunningStack } from './support/stack-fixture.js';

/** A worker killed in the middle of its jobs loses nothing and doubles nothing. */
describe('a worker crash', () => {
  let running: RunningStack;
  let dispatcher: ApiClient;

  beforeAll(async () => {
    // Short job locks, so jobs the dead worker held are taken up again within seconds.
    running = await startTestStack('postgres+redis', { PARKFLOW_JOB_LOCK_MS: '2000' });
    dispatcher = await new ApiClient(running.url).as('dispatcher');
  });

  afterAll(async () => {
    await running?.stop();
  });

  it('routes every item exactly once after SIGKILL mid-job and a restart', async () => {
    const enterpriseId = (await dispatcher.get('/enterprises')).body[0].id;
    const ids: string[] = [];
    for (let i = 0; i < 25; i += 1) {
      const res = await dispatcher.post('/work-items', { kind: 'appeal', title: `断电测试 ${i}`, description: '测试', channel: 'online', category: i % 2 ? 'utilities' : 'hiring', enterpriseId });
      expect(res.status).toBe(201);
      ids.push(res.body.id);
    }
    // The worker is busy with the assign jobs just enqueued: kill it without warning, start another.
    await running.restartWorker('SIGKILL');
    const details = await eventually(async () => {
      const all = await Promise.all(ids.map(async (id) => (await dispatcher.get(`/work-items/${id}`)).body));
      return all.every((d) => d.item.status === 'pending_acceptance') ? all : null;
    }, 45_000, 'every item routed after the crash');
    for (const d of details) {
      const processed = d.events.filter((e: { type: string }) => e.type === 'stage_job_processed');
      expect(processed, d.item.code).toHaveLength(1);
      expect(d.item.version, d.item.code).toBe(2);
      expect(d.item.departmentName).toBe(d.item.category === 'utilities' ? '公用事业服务中心' : '人力资源和社会保障局');
    }
  });
});

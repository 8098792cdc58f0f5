import { Queue } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clearRedisPrefix } from '../../../tooling/scripts/test-resources.mjs';
import { ApiClient, eventually } from './support/api-client.js';
import { startTestStack, type RunningStack } from './support/stack-fixture.js';

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

/** A worker killed in the middle of its jobs, or Redis losing its data, loses nothing and doubles nothing. */
describe('a worker crash, and Redis losing its data', () => {
  let running: RunningStack;
  let dispatcher: ApiClient;

  beforeAll(async () => {
    // Short job locks, so jobs the dead worker held are taken up again within seconds.
    // The Redis watch checks every second here (5 s by default).
    running = await startTestStack('postgres+redis', { PARKFLOW_JOB_LOCK_MS: '2000', PARKFLOW_REDIS_WATCH_MS: '1000' });
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

  it('rebuilds what Redis lost from the database: a job sent but not yet run, the timers, the periodic jobs', async () => {
    const prefix = running.stack.env.PARKFLOW_QUEUE_PREFIX!;
    const { hostname, port } = new URL(REDIS_URL);
    const connection = { host: hostname, port: Number(port || 6379) };
    const deadlines = new Queue('deadlines', { connection, prefix });
    const maintenance = new Queue('maintenance', { connection, prefix });
    try {
      const enterpriseId = (await dispatcher.get('/enterprises')).body[0].id;
      const register = async (title: string) => {
        const res = await dispatcher.post('/work-items', { kind: 'appeal', title, description: '测试', channel: 'online', category: 'utilities', enterpriseId });
        expect(res.status).toBe(201);
        return res.body.id as string;
      };
      const routed = (id: string) => eventually(async () => ((await dispatcher.get(`/work-items/${id}`)).body.item.status === 'pending_acceptance' ? true : null), 30_000, `${id} routed`);
      // An item routed, with its deadline timers waiting in Redis.
      const first = await register('数据丢失前');
      await routed(first);
      const timerIds = await eventually(async () => {
        const ids = (await deadlines.getDelayed()).filter((j) => (j.data as { itemId?: string }).itemId === first).map((j) => j.id!);
        return ids.length > 0 ? ids : null;
      }, 10_000, 'the first item has timers');
      expect((await maintenance.getJobSchedulers()).map((s) => s.key)).toContain('timers-reconcile');

      // The worker frozen: the next item's assign job reaches Redis and waits there, not yet run.
      const worker = running.stack.worker;
      process.kill(worker.pid!, 'SIGSTOP');
      let second: string;
      try {
        second = await register('数据丢失时在队列中');
        // What FLUSHALL does to this stack: every key under its prefix gone, the job with them.
        await clearRedisPrefix(REDIS_URL, prefix);
        expect(await deadlines.getJob(timerIds[0]!)).toBeFalsy();
      } finally {
        process.kill(worker.pid!, 'SIGCONT');
      }

      // The watch sees the marker gone and rebuilds: the job sent again and run once, the timers, the schedulers.
      await routed(second);
      const events = (await dispatcher.get(`/work-items/${second}`)).body.events.filter((e: { type: string }) => e.type === 'stage_job_processed');
      expect(events).toHaveLength(1);
      await eventually(async () => ((await Promise.all(timerIds.map((id) => deadlines.getJob(id)))).every(Boolean) ? true : null), 20_000, 'the first item\'s timers rebuilt');
      expect((await maintenance.getJobSchedulers()).map((s) => s.key)).toEqual(expect.arrayContaining(['timers-reconcile', 'stats-fold', 'exports-sweep']));
      expect(running.output()).toContain('Redis lost its data');
      // The first item was not routed twice by the re-sent jobs.
      const firstEvents = (await dispatcher.get(`/work-items/${first}`)).body.events.filter((e: { type: string }) => e.type === 'stage_job_processed');
      expect(firstEvents).toHaveLength(1);
    } finally {
      await deadlines.close();
      await maintenance.close();
    }
  });
});

import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../../tooling/scripts/stack.mjs';
import { ApiClient, eventually } from './support/api-client.js';
import { startTestStack, type RunningStack } from './support/stack-fixture.js';

const TEST_REDIS = new URL(process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379');

/** A TCP proxy in front of Redis that the test can cut and restore, as a network fault would. */
class CuttableProxy {
  private server: net.Server | null = null;
  private readonly sockets = new Set<net.Socket>();
  constructor(readonly port: number) {}

  async open(): Promise<void> {
    this.server = net.createServer((client) => {
      const upstream = net.connect(Number(TEST_REDIS.port || 6379), TEST_REDIS.hostname);
      for (const s of [client, upstream]) {
        this.sockets.add(s);
        s.on('close', () => this.sockets.delete(s));
        s.on('error', () => s.destroy());
      }
      client.pipe(upstream).pipe(client);
      client.on('close', () => upstream.destroy());
      upstream.on('close', () => client.destroy());
    });
    await new Promise<void>((resolve) => this.server!.listen(this.port, '127.0.0.1', resolve));
  }

  /** Stops listening and drops every connection: Redis is gone for everyone behind the proxy. */
  async cut(): Promise<void> {
    const server = this.server;
    this.server = null;
    for (const s of this.sockets) s.destroy();
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  }
}

/** A publish that fails after commit is logged with its row ids, counted in /api/health, and relayed later. */
describe('the outbox when the queue backend goes away', () => {
  let running: RunningStack;
  let proxy: CuttableProxy;
  let dispatcher: ApiClient;

  beforeAll(async () => {
    proxy = new CuttableProxy(await freePort(0));
    await proxy.open();
    running = await startTestStack('postgres+redis', { REDIS_URL: `redis://127.0.0.1:${proxy.port}` });
    dispatcher = await new ApiClient(running.url).as('dispatcher');
  });

  afterAll(async () => {
    // The stack first: a worker cut off from Redis would wait out its shutdown timeout.
    await running?.stop();
    await proxy?.cut();
  });

  it('keeps the registration, reports the backlog and the failure, and relays the row once Redis is back', async () => {
    const healthy = await dispatcher.get('/health');
    expect(healthy.status).toBe(200);
    expect(healthy.body.outbox).toMatchObject({ failing: 0, publishFailures: 0, lastPublishError: null });

    await proxy.cut();
    const enterpriseId = (await dispatcher.get('/enterprises')).body[0].id;
    const registered = await dispatcher.post('/work-items', { kind: 'appeal', title: '断网期间登记', description: '队列不可用时登记', channel: 'online', category: 'utilities', enterpriseId });
    // The commit happened: the answer is the new item, not an error.
    expect(registered.status).toBe(201);
    expect(registered.body.status).toBe('pending_assignment');

    const degraded = await dispatcher.get('/health');
    expect(degraded.status).toBe(503);
    expect(degraded.body.queue.ok).toBe(false);
    expect(degraded.body.outbox.pending).toBeGreaterThanOrEqual(1);
    expect(degraded.body.outbox.failing).toBeGreaterThanOrEqual(1);
    expect(degraded.body.outbox.publishFailures).toBeGreaterThanOrEqual(1);
    expect(degraded.body.outbox.lastPublishError).toEqual(expect.any(String));
    expect(degraded.body.outbox.oldestPendingAgeSeconds).toEqual(expect.any(Number));
    expect(running.output()).toMatch(/outbox row [0-9a-f-]{36} \(stage\.assign\) not enqueued, the relay will retry it: /);

    await proxy.open();
    // The worker's relay sends the row it finds undispatched; the worker routes the item.
    await eventually(async () => (await dispatcher.get(`/work-items/${registered.body.id}`)).body.item.status === 'pending_acceptance', 45_000, 'the item routed after Redis came back');
    const drained = await eventually(async () => {
      const res = await dispatcher.get('/health');
      return res.status === 200 && res.body.outbox.pending === 0 ? res.body : null;
    }, 30_000, 'the outbox drained');
    expect(drained.outbox).toMatchObject({ pending: 0, failing: 0, oldestPendingAgeSeconds: null });
    // The counter is this process's history, kept after the rows were relayed.
    expect(drained.outbox.publishFailures).toBeGreaterThanOrEqual(1);
  });
});

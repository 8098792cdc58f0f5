import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from './support/api-client.js';
import { startTestStack, type RunningStack } from './support/stack-fixture.js';

/** Production mode: PostgreSQL + Redis, nothing seeded, the first admin from PARKFLOW_ADMIN_PASSWORD. */
describe('a production start', () => {
  let running: RunningStack;
  let anonymous: ApiClient;

  beforeAll(async () => {
    running = await startTestStack('postgres+redis', { PARKFLOW_SEED: 'none', PARKFLOW_ADMIN_PASSWORD: 'correct-horse-battery' });
    anonymous = new ApiClient(running.url);
  });

  afterAll(async () => {
    await running?.stop();
  });

  it('seeds no demo data and has no default password', async () => {
    expect((await anonymous.post('/auth/login', { username: 'dispatcher', password: 'parkflow' })).status).toBe(401);
    expect((await anonymous.post('/auth/login', { username: 'admin', password: 'parkflow' })).status).toBe(401);
  });

  it('creates the first admin from PARKFLOW_ADMIN_PASSWORD', async () => {
    const admin = await anonymous.as('admin', 'correct-horse-battery');
    const me = await admin.get('/me');
    expect(me.body).toMatchObject({ username: 'admin', roles: ['admin'] });
    expect((await admin.get('/work-items?view=all')).body.total).toBe(0);
    expect(await admin.get('/departments')).toMatchObject({ status: 200, body: [] });
  });
});

import { ConfigError } from '@parkflow/db';
import { describe, expect, it } from 'vitest';
import { readWorkerConfig } from './worker-config.js';

/** The worker refuses a bad setting at start-up, naming it, instead of running on a default. */
describe('readWorkerConfig', () => {
  const base = { DATABASE_URL: 'postgres://u@db:5432/parkflow', REDIS_URL: 'redis://r:6379' };

  it('takes the defaults when nothing is set', () => {
    expect(readWorkerConfig(base)).toMatchObject({ concurrency: 4, outboxSweepMs: 5_000, outageRetryMs: 5_000, jobLockMs: 30_000 });
  });

  it('takes valid values', () => {
    expect(readWorkerConfig({ ...base, PARKFLOW_OUTAGE_RETRY_MS: '250', PARKFLOW_JOB_LOCK_MS: '2000' })).toMatchObject({ outageRetryMs: 250, jobLockMs: 2_000 });
  });

  it.each([
    ['PARKFLOW_OUTAGE_RETRY_MS', 'soon'],
    ['PARKFLOW_OUTAGE_RETRY_MS', '10'],
    ['PARKFLOW_JOB_LOCK_MS', '-1'],
    ['PARKFLOW_JOB_LOCK_MS', 'NaN'],
    ['PARKFLOW_WORKER_CONCURRENCY', '1.5'],
    ['PARKFLOW_REDIS_WATCH_MS', '5'],
  ])('refuses %s=%s with its name', (name, value) => {
    expect(() => readWorkerConfig({ ...base, [name]: value })).toThrow(ConfigError);
    expect(() => readWorkerConfig({ ...base, [name]: value })).toThrow(name);
  });
});

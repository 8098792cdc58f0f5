import { getKind } from '@parkflow/domain';
import { afterEach, describe, expect, it } from 'vitest';
import { ConfigError, readRuntimeConfig, redactUrl } from './runtime-config.js';
import { describeStartupError, ServiceUnreachableError } from './startup-error.js';

const DB = 'postgres://u:secret@db.example:5432/parkflow';

describe('readRuntimeConfig', () => {
  afterEach(() => readRuntimeConfig({ DATABASE_URL: DB }));

  it('chooses Redis queues with a hash-tagged prefix when REDIS_URL is set, else PostgreSQL', () => {
    expect(readRuntimeConfig({ DATABASE_URL: DB, REDIS_URL: 'redis://r:6379' }).queue).toEqual({ kind: 'redis', url: 'redis://r:6379', prefix: '{parkflow}' });
    expect(readRuntimeConfig({ DATABASE_URL: DB }).queue).toEqual({ kind: 'postgres', url: DB, schema: 'bullmq' });
    expect(readRuntimeConfig({ DATABASE_URL: DB, PARKFLOW_DB_MODE: 'embedded', PARKFLOW_QUEUE_SCHEMA: 'other' }).queue).toMatchObject({ schema: 'bullmq' });
  });

  it('names the variable that is wrong', () => {
    expect(() => readRuntimeConfig({})).toThrow(/DATABASE_URL is not set/);
    expect(() => readRuntimeConfig({ DATABASE_URL: 'mysql://x/y' })).toThrow(/DATABASE_URL must start with postgres:/);
    expect(() => readRuntimeConfig({ DATABASE_URL: DB, REDIS_URL: 'localhost:6379' })).toThrow(/REDIS_URL must start with redis: or rediss:/);
    expect(() => readRuntimeConfig({ DATABASE_URL: DB, PARKFLOW_QUEUE_SCHEMA: 'x; drop' })).toThrow(ConfigError);
  });

  it('applies a park\'s own time limits to the kinds, and rejects bad ones', () => {
    readRuntimeConfig({ DATABASE_URL: DB, PARKFLOW_KIND_CONFIG: '{"appeal":{"stages":{"handle":{"amount":3,"unit":"working_days"}}}}' });
    expect(getKind('appeal')!.stages.handle.deadline).toEqual({ amount: 3, unit: 'working_days' });
    expect(() => readRuntimeConfig({ DATABASE_URL: DB, PARKFLOW_KIND_CONFIG: '{"appeal":' })).toThrow(/PARKFLOW_KIND_CONFIG is not valid JSON/);
    expect(() => readRuntimeConfig({ DATABASE_URL: DB, PARKFLOW_KIND_CONFIG: '{"ticket":{}}' })).toThrow(/unknown kind "ticket"/);
    expect(() => readRuntimeConfig({ DATABASE_URL: DB, PARKFLOW_KIND_CONFIG: '{"appeal":{"stages":{"handle":{"amount":3,"unit":"weeks"}}}}' })).toThrow(/appeal.stages.handle.unit/);
  });
});

describe('start-up errors', () => {
  it('hides passwords in URLs', () => {
    expect(redactUrl(DB)).toBe('postgres://u:***@db.example:5432/parkflow');
  });

  it('gives one line per failure', () => {
    const unreachable = new ServiceUnreachableError('database', DB, Object.assign(new Error('connect ECONNREFUSED 1.2.3.4:5432'), { code: 'ECONNREFUSED' }));
    expect(describeStartupError(unreachable)).toBe('The database at postgres://u:***@db.example:5432/parkflow is unreachable (connect ECONNREFUSED 1.2.3.4:5432)');
    expect(describeStartupError(Object.assign(new Error('listen EADDRINUSE'), { code: 'EADDRINUSE' }), { port: 3000 })).toMatch(/^Port 3000 is already in use/);
    expect(describeStartupError(new Error('first line\nstack...'))).toBe('first line');
  });
});

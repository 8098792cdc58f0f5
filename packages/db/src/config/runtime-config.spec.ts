import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadKindRegistry } from './kind-loader.js';
import { ConfigError, readRuntimeConfig, redactUrl } from './runtime-config.js';
import { describeStartupError, ServiceUnreachableError } from './startup-error.js';

const DB = 'postgres://u:secret@db.example:5432/parkflow';

describe('readRuntimeConfig', () => {
  it('chooses Redis queues with a hash-tagged prefix when REDIS_URL is set, else PostgreSQL', () => {
    expect(readRuntimeConfig({ DATABASE_URL: DB, REDIS_URL: 'redis://r:6379' }).queue).toEqual({ kind: 'redis', url: 'redis://r:6379', prefix: '{parkflow}' });
    expect(readRuntimeConfig({ DATABASE_URL: DB }).queue).toEqual({ kind: 'postgres', url: DB, schema: 'bullmq' });
    expect(readRuntimeConfig({ DATABASE_URL: DB, PARKFLOW_DB_MODE: 'embedded', PARKFLOW_QUEUE_SCHEMA: 'other' }).queue).toMatchObject({ schema: 'bullmq' });
  });

  it('puts ledger exports under the data directory unless told otherwise, kept a day by default', () => {
    expect(readRuntimeConfig({ DATABASE_URL: DB, PARKFLOW_DATA_DIR: '/srv/parkflow' }).exports).toEqual({ dir: '/srv/parkflow/exports', ttlSeconds: 86_400 });
    expect(readRuntimeConfig({ DATABASE_URL: DB, PARKFLOW_EXPORT_DIR: '/mnt/shared/ledgers', PARKFLOW_EXPORT_TTL_SECONDS: '3600' }).exports).toEqual({ dir: '/mnt/shared/ledgers', ttlSeconds: 3600 });
    expect(readRuntimeConfig({ DATABASE_URL: DB }).exports.dir).toBe(join(process.cwd(), '.data', 'exports'));
    expect(() => readRuntimeConfig({ DATABASE_URL: DB, PARKFLOW_EXPORT_TTL_SECONDS: '1.5' })).toThrow(/PARKFLOW_EXPORT_TTL_SECONDS/);
  });

  it('names the variable that is wrong', () => {
    expect(() => readRuntimeConfig({})).toThrow(/DATABASE_URL is not set/);
    expect(() => readRuntimeConfig({ DATABASE_URL: 'mysql://x/y' })).toThrow(/DATABASE_URL must start with postgres:/);
    expect(() => readRuntimeConfig({ DATABASE_URL: DB, REDIS_URL: 'localhost:6379' })).toThrow(/REDIS_URL must start with redis: or rediss:/);
    expect(() => readRuntimeConfig({ DATABASE_URL: DB, PARKFLOW_QUEUE_SCHEMA: 'x; drop' })).toThrow(ConfigError);
  });

  it('applies a park\'s own time limits to the kinds, and rejects bad ones', async () => {
    const kinds = (config: string) => loadKindRegistry(readRuntimeConfig({ DATABASE_URL: DB, PARKFLOW_KIND_CONFIG: config }).kinds);
    expect((await kinds('{"appeal":{"stages":{"handle":{"amount":3,"unit":"working_days"}}}}')).get('appeal')!.stages.handle.deadline).toEqual({ amount: 3, unit: 'working_days' });
    // The registry is a value: another process's (or this test's other) registry is untouched.
    expect((await loadKindRegistry(readRuntimeConfig({ DATABASE_URL: DB }).kinds)).get('appeal')!.stages.handle.deadline.amount).toBe(5);
    expect(() => readRuntimeConfig({ DATABASE_URL: DB, PARKFLOW_KIND_CONFIG: '{"appeal":' })).toThrow(/PARKFLOW_KIND_CONFIG is not valid JSON/);
    await expect(kinds('{"ticket":{}}')).rejects.toThrow(/PARKFLOW_KIND_CONFIG.*unknown kind "ticket"/);
    await expect(kinds('{"appeal":{"stages":{"handle":{"amount":3,"unit":"weeks"}}}}')).rejects.toThrow(/appeal.stages.handle.unit/);
  });

  it('loads a team\'s own kinds from PARKFLOW_KIND_MODULES, and names a module that is not one', async () => {
    const load = (modules: string) => loadKindRegistry(readRuntimeConfig({ DATABASE_URL: DB, PARKFLOW_KIND_MODULES: modules }).kinds);
    await expect(load('./no/such/module.mjs')).rejects.toThrow(/PARKFLOW_KIND_MODULES: cannot load "\.\/no\/such\/module\.mjs"/);
    await expect(load('node:path')).rejects.toThrow(/must export `kinds`/);
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

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createKindRegistry } from '@parkflow/domain';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from '../../../tooling/scripts/stack.mjs';
import { createDatabase, dropDatabase, runScopedName } from '../../../tooling/scripts/test-resources.mjs';
import { createDataSource, migrateDatabase, seedDemoData, startEmbeddedPostgres, UserEntity, WorkItemEntity } from '../src/index.js';

const SERVER = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/** Entities and migrations must agree: after migrating, TypeORM finds nothing to change. */
async function expectNoDrift(url: string): Promise<void> {
  const dataSource = createDataSource({ url, poolSize: 2 });
  await dataSource.initialize();
  try {
    const applied = await migrateDatabase(dataSource);
    expect(applied.length).toBeGreaterThan(0);
    expect(await migrateDatabase(dataSource)).toEqual([]);
    const pending = await dataSource.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((q) => q.query)).toEqual([]);
    // The demo seed runs once: a second call finds users and does nothing.
    const first = await seedDemoData(dataSource, createKindRegistry());
    expect(first.seeded).toBe(true);
    expect(await seedDemoData(dataSource, createKindRegistry())).toEqual({ seeded: false, items: 0 });
    expect(await dataSource.getRepository(UserEntity).count()).toBe(8);
    const stages = await dataSource.getRepository(WorkItemEntity).createQueryBuilder('w').select('DISTINCT w.stage', 'stage').getRawMany<{ stage: string }>();
    expect(stages.map((s) => s.stage).sort()).toEqual(['assign', 'close', 'feedback', 'handle']);
    expect(await dataSource.getRepository(WorkItemEntity).countBy({ sla: 'overdue' })).toBeGreaterThan(0);
  } finally {
    await dataSource.destroy();
  }
}

describe('schema', () => {
  const cleanups: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const c of cleanups.reverse()) await c();
  });

  it('migrates a fresh PostgreSQL database to exactly the entities', async () => {
    const name = runScopedName('schema');
    const url = await createDatabase(SERVER, name);
    cleanups.push(() => dropDatabase(SERVER, name));
    await expectNoDrift(url);
  });

  it('migrates the embedded PGlite database to exactly the entities', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'parkflow-pglite-'));
    cleanups.push(async () => rmSync(dataDir, { recursive: true, force: true }));
    const embedded = await startEmbeddedPostgres({ dataDir, port: await freePort(0) });
    cleanups.push(() => embedded.stop());
    await expectNoDrift(embedded.url);
  });
});

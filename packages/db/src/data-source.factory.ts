import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { ENTITIES } from './entities/index.js';
import { MIGRATIONS } from './migrations/index.js';

export interface DataSourceOptions {
  url: string;
  /** Connections in this process's pool. The embedded server serialises them anyway. */
  poolSize?: number;
  logging?: boolean;
}

/** The one way every process opens the database: migrations only, never `synchronize`. */
export function createDataSource(options: DataSourceOptions): DataSource {
  return new DataSource({
    type: 'postgres',
    url: options.url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'parkflow_migrations',
    synchronize: false,
    logging: options.logging ? ['error', 'warn', 'migration'] : ['error'],
    extra: { max: options.poolSize ?? 10, connectionTimeoutMillis: 10_000 },
  });
}

/**
 * Applies pending migrations once, even when several api and worker replicas start together:
 * a session advisory lock serialises them and the late ones find nothing to do.
 */
export async function migrateDatabase(dataSource: DataSource): Promise<string[]> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock(7305190)');
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((m) => m.name);
  } finally {
    await runner.query('SELECT pg_advisory_unlock(7305190)').catch(() => undefined);
    await runner.release();
  }
}

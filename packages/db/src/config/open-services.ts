import { createDataSource, migrateDatabase } from '../data-source.factory.js';
import type { RuntimeConfig } from './runtime-config.js';
import { probe } from './startup-error.js';
import { createQueueBackend, migrateQueueSchema, pingRedis, type QueueBackend } from '@parkflow/queues';
import type { DataSource } from 'typeorm';

/**
 * Opens what api and worker both need, in an order that names the failing service: the database
 * (migrated), then the queue backend (Redis answering, or BullMQ's tables in PostgreSQL).
 */
export async function openServices(config: RuntimeConfig, options: { migrate: boolean; poolSize?: number }): Promise<{ dataSource: DataSource; backend: QueueBackend }> {
  const dataSource = createDataSource({ url: config.databaseUrl, poolSize: options.poolSize ?? 10 });
  await probe('database', config.databaseUrl, () => dataSource.initialize());
  try {
    // Every service answers before anything is written, so a bad REDIS_URL changes no database.
    if (config.queue.kind === 'redis') {
      const url = config.queue.url;
      await probe('Redis', url, () => pingRedis(url));
    }
    if (options.migrate) await migrateDatabase(dataSource);
    if (config.queue.kind === 'postgres') await migrateQueueSchema(config.queue.url, config.queue.schema);
    return { dataSource, backend: createQueueBackend(config.queue) };
  } catch (error) {
    await dataSource.destroy().catch(() => undefined);
    throw error;
  }
}

import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { describeStartupError, handleStopSignals, loadKindRegistry, openServices } from '@parkflow/db';
import { readWorkerConfig } from './config/worker-config.js';
import { WorkerModule } from './worker.module.js';

async function main(): Promise<void> {
  // From the first line: a stop during start-up ends the process; after it, the close below.
  const stop = handleStopSignals('worker');
  try {
    const config = readWorkerConfig();
    const kinds = await loadKindRegistry(config.kinds);
    const { dataSource, backend } = await openServices(config, { migrate: true, poolSize: config.concurrency + 4 });
    const app = await NestFactory.createApplicationContext(WorkerModule.create(config, dataSource, backend, kinds), { logger: ['error', 'warn', 'log'] });
    await app.init();
    // The context closes first — BullMQ workers stop taking jobs and finish the active ones — and
    // only then the connections they were using.
    stop.closeWith(async () => {
      await app.close();
      await backend.close();
      if (dataSource.isInitialized) await dataSource.destroy();
    });
    console.log(`[worker] processing queues (database: ${config.databaseMode}, queues: ${config.queue.kind})`);
  } catch (error) {
    console.error(`ParkFlow worker cannot start: ${describeStartupError(error)}`);
    process.exit(1);
  }
}

void main();

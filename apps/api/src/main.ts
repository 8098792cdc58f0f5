import 'reflect-metadata';
import { createServer } from 'node:net';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import { describeStartupError, ensureAdmin, handleStopSignals, loadKindRegistry, openServices, seedDemoData } from '@parkflow/db';
import { createKindContracts } from '@parkflow/contracts';
import type { KindRegistry } from '@parkflow/domain';
import type { DataSource } from 'typeorm';
import { mountQueueBoard, QUEUE_BOARD_PATH } from './admin/queue-board.js';
import { applySecurityHeaders } from './http/security-headers.js';
import { rejectUnsafeText } from './http/unsafe-text.middleware.js';
import { AppModule } from './app.module.js';

import { readApiConfig, type ApiConfig } from './config/api-config.js';
import { buildOpenApiDocument } from './openapi/openapi.document.js';
import { serveWebClient } from './web/web-client.js';

/** Fails before touching the database when the port is taken, instead of after migrating and seeding. */
function assertPortFree(port: number, host: string): Promise<void> {
  if (port === 0) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(port, host, () => probe.close(() => resolve()));
  });
}

async function seed(config: ApiConfig, dataSource: DataSource, kinds: KindRegistry): Promise<void> {
  if (config.seedDemo) {
    const result = await seedDemoData(dataSource, kinds);
    if (result.seeded) console.log(`[api] seeded demo data: ${result.items} work items`);
  }
  if (config.adminPassword && (await ensureAdmin(dataSource, config.adminPassword))) console.log('[api] created the first admin account "admin"');
}

async function main(): Promise<void> {
  let port: number | undefined;
  // From the first line: a stop during migration or seeding ends the process; after start, app.close().
  const stop = handleStopSignals('api');
  try {
    const config = readApiConfig();
    port = config.port;
    // Before any service: a bad kind definition or override stops the start with its message.
    const kinds = await loadKindRegistry(config.kinds);
    // One contract for validation and for the OpenAPI document, built from the registry once.
    const contracts = createKindContracts(kinds);
    await assertPortFree(config.port, config.host);
    const { dataSource, backend } = await openServices(config, { migrate: true });
    await seed(config, dataSource, kinds);
    const app = await NestFactory.create<NestExpressApplication>(AppModule.create(config, dataSource, backend, kinds, contracts), {
      logger: ['error', 'warn'],
      bodyParser: false,
    });
    // Behind a load balancer the client address (sign-in throttling, the audit log) is in X-Forwarded-For.
    if (config.trustProxy !== null) app.set('trust proxy', config.trustProxy);
    applySecurityHeaders(app, ['/api/docs', QUEUE_BOARD_PATH]);
    app.useBodyParser('json', { limit: '256kb' });
    // After the body parser, before every route: NUL and lone surrogates are a 400 per field.
    app.use(rejectUnsafeText);
    app.setGlobalPrefix('api');
    mountQueueBoard(app);
    SwaggerModule.setup('api/docs', app, buildOpenApiDocument(contracts) as unknown as OpenAPIObject, { jsonDocumentUrl: 'api/docs-json' });
    const web = config.webDistDir ? serveWebClient(app, config.webDistDir) : false;
    await app.listen(config.port, config.host);
    // Shutdown hooks (onApplicationShutdown) run in app.close(); the signals are handled above.
    stop.closeWith(() => app.close());
    console.log(`[api] listening on http://localhost:${config.port} (database: ${config.databaseMode}, queues: ${config.queue.kind}${web ? ', web client served' : ''})`);
  } catch (error) {
    console.error(`ParkFlow API cannot start: ${describeStartupError(error, { port })}`);
    process.exit(1);
  }
}

void main();

import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { EMBEDDED_QUEUE_SCHEMA } from '../config/runtime-config.js';
import { AtomicQueryQueue } from './atomic-query-queue.js';
import { EmbeddedSocketServer } from './embedded-socket-server.js';
import { PasswordGate } from './password-gate.js';

export interface EmbeddedPostgres {
  url: string;
  stop(): Promise<void>;
}

export interface EmbeddedPostgresOptions {
  dataDir: string;
  port: number;
  host?: string;
  /** api + worker pools + BullMQ's LISTEN clients; PGlite serialises them anyway. */
  maxConnections?: number;
  /** The password every client must give (the launcher generates one into the data directory); none: no password asked. */
  password?: string;
}


/**
 * Real PostgreSQL (PGlite, in WASM) served over the wire protocol so api and worker connect to
 * it with the ordinary `pg` driver, exactly as they would to a server.
 *
 * PGlite has a single session that every socket client shares: a `SET` by one client is seen by
 * all, and startup options (BullMQ pins `search_path` that way) are ignored. So the search path
 * is set once, here, to reach both our tables (public) and BullMQ's schema.
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgres> {
  mkdirSync(options.dataDir, { recursive: true });
  const db = await PGlite.create(options.dataDir);
  await db.exec(`CREATE SCHEMA IF NOT EXISTS ${EMBEDDED_QUEUE_SCHEMA}`);
  await db.exec(`SET search_path TO public, ${EMBEDDED_QUEUE_SCHEMA}`);
  await db.exec(`SET TIME ZONE 'UTC'`);
  const host = options.host ?? '127.0.0.1';
  // Our queue keeps each client's Parse…Sync together; it goes in through the handler's public option.
  const queue = new AtomicQueryQueue(db, options.password ? new PasswordGate(options.password) : null);
  const server = new EmbeddedSocketServer(queue, options.maxConnections ?? 256);
  try {
    await server.listen(options.port, host);
  } catch (error) {
    await db.close();
    throw error;
  }
  return {
    url: options.password ? `postgres://postgres:${encodeURIComponent(options.password)}@${host}:${options.port}/postgres` : `postgres://postgres@${host}:${options.port}/postgres`,
    stop: async () => {
      await server.stop();
      await db.close();
    },
  };
}

import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { EMBEDDED_QUEUE_SCHEMA } from '../config/runtime-config.js';
import { AtomicQueryQueue } from './atomic-query-queue.js';
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
  const server = new PGLiteSocketServer({ db, port: options.port, host, maxConnections: options.maxConnections ?? 256 });
  // Replace the per-message queue with one that keeps each client's Parse…Sync together.
  const internals = server as unknown as { queryQueue?: unknown };
  if (!internals.queryQueue) throw new Error('pglite-socket changed: no queryQueue to replace (ParkFlow pins 0.2.17)');
  internals.queryQueue = new AtomicQueryQueue(db, options.password ? new PasswordGate(options.password) : null);
  try {
    await server.start();
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

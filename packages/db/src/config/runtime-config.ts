import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { QueueBackendConfig } from '@parkflow/queues';

/** A configuration problem, reported as one line naming the variable and what is wrong. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

export interface RuntimeConfig {
  databaseUrl: string;
  /** embedded: PGlite served by the launcher; external: a PostgreSQL server. */
  databaseMode: 'embedded' | 'external';
  queue: QueueBackendConfig;
  /** The kinds to work with: a team's definition modules and the park's overrides (config/kind-loader.ts builds the registry). */
  kinds: KindSource;
  /** Ledger exports: where the worker writes the files the api serves, and how long they are kept. */
  exports: ExportFilesConfig;
}

export interface ExportFilesConfig {
  /** Absolute; api and worker must see the same directory (a shared volume when they run on different hosts). */
  dir: string;
  /** A finished file is kept this long, then the sweep deletes it (and a download answers 410). */
  ttlSeconds: number;
}

export interface KindSource {
  /** Modules (paths or package names) whose `kinds` export lists extra kind definitions (PARKFLOW_KIND_MODULES). */
  modules: string[];
  /** The park's overrides per kind, parsed but not yet applied (PARKFLOW_KIND_CONFIG / _FILE). */
  overrides: unknown;
  /** Where the overrides came from, for messages. */
  overridesSource: string;
}

const DEFAULT_QUEUE_PREFIX = '{parkflow}';
const DEFAULT_QUEUE_SCHEMA = 'bullmq';
/** Schema BullMQ's PostgreSQL backend lives in, in embedded mode (on the embedded server's search path). */
export const EMBEDDED_QUEUE_SCHEMA = 'bullmq';

function parseUrl(name: string, value: string, protocols: string[]): URL {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigError(`${name} is not a valid URL (expected ${protocols[0]}//host:port/...)`);
  }
  if (!protocols.includes(url.protocol)) {
    throw new ConfigError(`${name} must start with ${protocols.join(' or ')}// (got ${url.protocol}//)`);
  }
  if (!url.hostname) throw new ConfigError(`${name} names no host`);
  return url;
}

/**
 * The park's own time limits per kind (PARKFLOW_KIND_CONFIG as JSON, or PARKFLOW_KIND_CONFIG_FILE)
 * and a team's own kinds (PARKFLOW_KIND_MODULES, comma-separated). Read here, applied when the
 * registry is built (loadKindRegistry). Every api and worker process must get the same.
 */
function readKindSource(env: NodeJS.ProcessEnv): KindSource {
  const file = env.PARKFLOW_KIND_CONFIG_FILE?.trim();
  const inline = env.PARKFLOW_KIND_CONFIG?.trim();
  const overridesSource = inline ? 'PARKFLOW_KIND_CONFIG' : `PARKFLOW_KIND_CONFIG_FILE (${file})`;
  let raw = inline ?? '';
  if (!raw && file) {
    try {
      raw = readFileSync(file, 'utf8');
    } catch (error) {
      throw new ConfigError(`${overridesSource} cannot be read: ${(error as Error).message}`);
    }
  }
  let overrides: unknown = null;
  if (raw.trim()) {
    try {
      overrides = JSON.parse(raw);
    } catch (error) {
      throw new ConfigError(`${overridesSource} is not valid JSON: ${(error as Error).message}`);
    }
  }
  const modules = (env.PARKFLOW_KIND_MODULES ?? '').split(',').map((m) => m.trim()).filter(Boolean);
  return { modules, overrides, overridesSource };
}

/**
 * PARKFLOW_EXPORT_DIR, by default `exports/` in the data directory (PARKFLOW_DATA_DIR, which the
 * launcher passes to both processes); relative paths are taken from the working directory.
 */
function readExportFiles(env: NodeJS.ProcessEnv): ExportFilesConfig {
  const dir = env.PARKFLOW_EXPORT_DIR?.trim() || join(env.PARKFLOW_DATA_DIR?.trim() || '.data', 'exports');
  const raw = env.PARKFLOW_EXPORT_TTL_SECONDS?.trim();
  const ttlSeconds = raw ? Number(raw) : 24 * 3600;
  if (!Number.isInteger(ttlSeconds) || ttlSeconds < 1) throw new ConfigError(`PARKFLOW_EXPORT_TTL_SECONDS "${raw}" must be a whole number of at least 1`);
  return { dir: resolve(dir), ttlSeconds };
}

/** What api and worker share: where the database is and which queue backend to use. */
export function readRuntimeConfig(env: NodeJS.ProcessEnv = process.env): RuntimeConfig {
  const kinds = readKindSource(env);
  const databaseUrl = env.DATABASE_URL?.trim();
  if (!databaseUrl) {
    throw new ConfigError('DATABASE_URL is not set (start ParkFlow with `npm start` for the embedded database)');
  }
  parseUrl('DATABASE_URL', databaseUrl, ['postgres:', 'postgresql:']);
  const databaseMode = env.PARKFLOW_DB_MODE === 'embedded' ? 'embedded' : 'external';
  const redisUrl = env.REDIS_URL?.trim();
  let queue: QueueBackendConfig;
  if (redisUrl) {
    parseUrl('REDIS_URL', redisUrl, ['redis:', 'rediss:']);
    const prefix = env.PARKFLOW_QUEUE_PREFIX?.trim() || DEFAULT_QUEUE_PREFIX;
    queue = { kind: 'redis', url: redisUrl, prefix };
  } else {
    const schema = databaseMode === 'embedded' ? EMBEDDED_QUEUE_SCHEMA : env.PARKFLOW_QUEUE_SCHEMA?.trim() || DEFAULT_QUEUE_SCHEMA;
    if (!/^[A-Za-z_][A-Za-z0-9_]{0,62}$/.test(schema)) throw new ConfigError(`PARKFLOW_QUEUE_SCHEMA "${schema}" is not a plain identifier`);
    queue = { kind: 'postgres', url: databaseUrl, schema };
  }
  return { databaseUrl, databaseMode, queue, kinds, exports: readExportFiles(env) };
}

/** The address of a URL without its password, for messages. */
export function redactUrl(value: string): string {
  try {
    const url = new URL(value);
    if (url.password) url.password = '***';
    return url.toString();
  } catch {
    return '(unparseable URL)';
  }
}

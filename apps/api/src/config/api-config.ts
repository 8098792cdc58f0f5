import { ConfigError, readRuntimeConfig, type RuntimeConfig } from '@parkflow/db';

export interface ApiConfig extends RuntimeConfig {
  port: number;
  host: string;
  tokenSecret: string;
  tokenTtlSeconds: number;
  /** Built web client to serve beside /api; null when it is served elsewhere. */
  webDistDir: string | null;
  seedDemo: boolean;
  adminPassword: string | null;
}

export const API_CONFIG = Symbol('API_CONFIG');

export function readApiConfig(env: NodeJS.ProcessEnv = process.env): ApiConfig {
  const runtime = readRuntimeConfig(env);
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new ConfigError(`PORT "${env.PORT}" is not a port number`);
  const tokenSecret = env.PARKFLOW_TOKEN_SECRET?.trim();
  if (!tokenSecret || tokenSecret.length < 16) {
    throw new ConfigError('PARKFLOW_TOKEN_SECRET must be set to at least 16 characters (npm start generates one under .data/)');
  }
  const seed = env.PARKFLOW_SEED?.trim() || (runtime.databaseMode === 'embedded' ? 'demo' : 'none');
  if (seed !== 'demo' && seed !== 'none') throw new ConfigError(`PARKFLOW_SEED must be "demo" or "none" (got "${seed}")`);
  return {
    ...runtime,
    port,
    host: env.HOST?.trim() || '0.0.0.0',
    tokenSecret,
    tokenTtlSeconds: Number(env.PARKFLOW_TOKEN_TTL_SECONDS ?? 12 * 3600),
    webDistDir: env.PARKFLOW_WEB_DIST?.trim() || null,
    seedDemo: seed === 'demo',
    adminPassword: env.PARKFLOW_ADMIN_PASSWORD?.trim() || null,
  };
}

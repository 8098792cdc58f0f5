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
  /** Sign-in throttling: at most `perAccount` / `perAddress` attempts per window, then blocked for a window. */
  signInThrottle: { windowSeconds: number; perAccount: number; perAddress: number };
  /** Express `trust proxy`: which proxies' X-Forwarded-For gives the client address (null: none, use the socket). */
  trustProxy: string | number | null;
  /** How often an open notification stream re-checks that its account is still active. */
  sessionRecheckMs: number;
}

function positiveInteger(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) throw new ConfigError(`${name} "${raw}" must be a whole number of at least 1`);
  return value;
}

function trustProxy(raw: string | undefined): string | number | null {
  const value = raw?.trim();
  if (!value) return null;
  return /^\d+$/.test(value) ? Number(value) : value;
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
    // Checked: a non-number here once meant tokens that never verify, so nobody could sign in.
    tokenTtlSeconds: positiveInteger(env, 'PARKFLOW_TOKEN_TTL_SECONDS', 12 * 3600),
    webDistDir: env.PARKFLOW_WEB_DIST?.trim() || null,
    seedDemo: seed === 'demo',
    adminPassword: env.PARKFLOW_ADMIN_PASSWORD?.trim() || null,
    signInThrottle: {
      windowSeconds: positiveInteger(env, 'PARKFLOW_SIGNIN_WINDOW_SECONDS', 600),
      perAccount: positiveInteger(env, 'PARKFLOW_SIGNIN_PER_ACCOUNT', 10),
      perAddress: positiveInteger(env, 'PARKFLOW_SIGNIN_PER_ADDRESS', 100),
    },
    trustProxy: trustProxy(env.PARKFLOW_TRUST_PROXY),
    sessionRecheckMs: positiveInteger(env, 'PARKFLOW_SESSION_RECHECK_MS', 30_000),
  };
}

import { ConfigError, readRuntimeConfig, type RuntimeConfig } from '@parkflow/db';

export interface WorkerConfig extends RuntimeConfig {
  /** Jobs processed at once per queue in this replica. */
  concurrency: number;
  /** How often the relay sweeps outbox rows the api could not send (ms). */
  outboxSweepMs: number;
}

export const WORKER_CONFIG = Symbol('WORKER_CONFIG');

export function readWorkerConfig(env: NodeJS.ProcessEnv = process.env): WorkerConfig {
  const concurrency = Number(env.PARKFLOW_WORKER_CONCURRENCY ?? 4);
  if (!Number.isInteger(concurrency) || concurrency < 1) throw new ConfigError('PARKFLOW_WORKER_CONCURRENCY must be a whole number ≥ 1');
  const outboxSweepMs = Number(env.PARKFLOW_OUTBOX_SWEEP_MS ?? 5_000);
  if (!Number.isFinite(outboxSweepMs) || outboxSweepMs < 100) throw new ConfigError('PARKFLOW_OUTBOX_SWEEP_MS must be at least 100');
  return { ...readRuntimeConfig(env), concurrency, outboxSweepMs };
}

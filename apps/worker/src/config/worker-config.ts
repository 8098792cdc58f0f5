import { ConfigError, readRuntimeConfig, type RuntimeConfig } from '@parkflow/db';

export interface WorkerConfig extends RuntimeConfig {
  /** Jobs processed at once per queue in this replica. */
  concurrency: number;
  /** How often the relay sweeps outbox rows the api could not send (ms). */
  outboxSweepMs: number;
  /** How often the reconcile job re-creates missing deadline timers from the database (ms). */
  reconcileMs: number;
  /** How often the sweep deletes expired ledger export files (ms). */
  exportSweepMs: number;
  /** How often the statistics deltas are folded into the day sums (ms). Reads are exact either way; folding keeps them fast. */
  statsFoldMs: number;
  /** How often the worker checks that Redis still holds its data (ms); redis-loss-watch.service.ts. */
  redisWatchMs: number;
  /** How long a job waits to try again while the database is away (ms); outage-tolerant.host.ts. */
  outageRetryMs: number;
  /** A job's lock, and how often stalled jobs are looked for (ms). */
  jobLockMs: number;
}

export const WORKER_CONFIG = Symbol('WORKER_CONFIG');

/**
 * Jobs each processor runs at once. Read when the processor classes load (their decorators need
 * it then); readWorkerConfig validates the same variable before anything starts.
 */
const lockMs = Math.max(1_000, Number(process.env.PARKFLOW_JOB_LOCK_MS ?? 30_000) || 30_000);
export const PROCESSOR_OPTIONS = {
  concurrency: Math.max(1, Math.floor(Number(process.env.PARKFLOW_WORKER_CONCURRENCY ?? 4)) || 1),
  // A job whose worker died is taken up again once its lock lapses (checked every lockMs).
  lockDuration: lockMs,
  stalledInterval: lockMs,
  // BullMQ fails a job for good once it stalled more than this (default 1): two worker crashes
  // while holding the same stage job left its item unrouted (tooling/chaos/worker-kill.chaos.mjs).
  // Bounded, so a job that itself kills the worker every time still ends among the failed.
  maxStalledCount: 10,
};

export function readWorkerConfig(env: NodeJS.ProcessEnv = process.env): WorkerConfig {
  const concurrency = Number(env.PARKFLOW_WORKER_CONCURRENCY ?? 4);
  if (!Number.isInteger(concurrency) || concurrency < 1) throw new ConfigError('PARKFLOW_WORKER_CONCURRENCY must be a whole number ≥ 1');
  const outboxSweepMs = Number(env.PARKFLOW_OUTBOX_SWEEP_MS ?? 5_000);
  if (!Number.isFinite(outboxSweepMs) || outboxSweepMs < 100) throw new ConfigError('PARKFLOW_OUTBOX_SWEEP_MS must be at least 100');
  const reconcileMs = Number(env.PARKFLOW_RECONCILE_MS ?? 5 * 60_000);
  if (!Number.isFinite(reconcileMs) || reconcileMs < 1_000) throw new ConfigError('PARKFLOW_RECONCILE_MS must be at least 1000');
  const exportSweepMs = Number(env.PARKFLOW_EXPORT_SWEEP_MS ?? 10 * 60_000);
  if (!Number.isFinite(exportSweepMs) || exportSweepMs < 1_000) throw new ConfigError('PARKFLOW_EXPORT_SWEEP_MS must be at least 1000');
  const statsFoldMs = Number(env.PARKFLOW_STATS_FOLD_MS ?? 10_000);
  if (!Number.isFinite(statsFoldMs) || statsFoldMs < 500) throw new ConfigError('PARKFLOW_STATS_FOLD_MS must be at least 500');
  const redisWatchMs = Number(env.PARKFLOW_REDIS_WATCH_MS ?? 5_000);
  if (!Number.isFinite(redisWatchMs) || redisWatchMs < 200) throw new ConfigError('PARKFLOW_REDIS_WATCH_MS must be at least 200');
  // These two are read when the processor classes load (OUTAGE_RETRY_MS, PROCESSOR_OPTIONS); a bad
  // value there falls back to the default, so it is refused here, before anything starts, instead.
  const outageRetryMs = Number(env.PARKFLOW_OUTAGE_RETRY_MS ?? 5_000);
  if (!Number.isFinite(outageRetryMs) || outageRetryMs < 50) throw new ConfigError('PARKFLOW_OUTAGE_RETRY_MS must be at least 50');
  const jobLockMs = Number(env.PARKFLOW_JOB_LOCK_MS ?? 30_000);
  if (!Number.isFinite(jobLockMs) || jobLockMs < 1_000) throw new ConfigError('PARKFLOW_JOB_LOCK_MS must be at least 1000');
  return { ...readRuntimeConfig(env), concurrency, outboxSweepMs, reconcileMs, exportSweepMs, statsFoldMs, redisWatchMs, outageRetryMs, jobLockMs };
}

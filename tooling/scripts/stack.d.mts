import type { ChildProcess } from 'node:child_process';

export const ROOT: string;
export function freePort(preferred?: number): Promise<number>;
export interface Stack {
  url: string;
  env: Record<string, string | undefined>;
  api: ChildProcess;
  worker: ChildProcess;
  embedded: boolean;
  stop(): Promise<void>;
  exited: Promise<{ name: string; code: number | null; signal: string | null }>;
  restartWorker(signal?: NodeJS.Signals): Promise<ChildProcess>;
}
export function startStack(options?: {
  port?: number;
  dataDir?: string;
  env?: Record<string, string | undefined>;
  stdio?: 'inherit' | 'pipe';
  log?: (line: string) => void;
  /** Extra node flags per process, e.g. the benchmark's CPU profiler. */
  nodeArgs?: { api?: string[]; worker?: string[] };
}): Promise<Stack>;

// Types for queue-budget.mjs, so src/app/queue-budget.spec.ts type-checks against it.
export interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}
export type Manifest = Record<string, ManifestChunk>;
export interface QueueMeasurement {
  chunks: { file: string; gzip: number }[];
  total: number;
  queueInline: boolean;
}
export interface QueueVerdict {
  ok: boolean;
  line: string;
  largest: { file: string; gzip: number }[];
  failure: string | undefined;
}

export const KB: number;
export const QUEUE_BUDGET_BYTES: number;
export const QUEUE_GOAL_BYTES: number;
export const QUEUE_ROUTE: string;
export function gzipSize(bytes: Uint8Array): number;
export function queueChunkKeys(manifest: Manifest, queueRoute?: string): { keys: Set<string>; queueInline: boolean };
export function measureQueueRoute(manifest: Manifest, gzipBytesOf: (file: string) => number, queueRoute?: string): QueueMeasurement;
export function checkQueueBudget(measurement: QueueMeasurement, budget?: number, goal?: number): QueueVerdict;

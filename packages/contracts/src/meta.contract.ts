import { z } from 'zod';
import { KindDefinitionSchema } from './kind-definition.contract.js';

const LabelSchema = z.object({ zh: z.string(), en: z.string() });
const OptionSchema = z.object({ id: z.string(), label: LabelSchema });

export const MetaSchema = z.object({
  /** The registry's kinds, in full and with the park's overrides: the web builds its registry from them. */
  kinds: z.array(KindDefinitionSchema),
  channels: z.array(OptionSchema),
  categories: z.array(OptionSchema),
  urgencies: z.array(OptionSchema),
});
export type Meta = z.infer<typeof MetaSchema>;

export const DepartmentSchema = z.object({ id: z.string().uuid(), code: z.string(), name: z.string() });
export type Department = z.infer<typeof DepartmentSchema>;

export const EnterpriseSchema = z.object({ id: z.string().uuid(), name: z.string() });
export type Enterprise = z.infer<typeof EnterpriseSchema>;

export const HealthSchema = z.object({
  status: z.enum(['ok', 'degraded']),
  database: z.object({ ok: z.boolean(), mode: z.enum(['embedded', 'external']), error: z.string().optional() }),
  queue: z.object({ ok: z.boolean(), backend: z.enum(['redis', 'postgres']), error: z.string().optional() }),
  /**
   * The outbox between the database and the queues. `pending`, `failing` and the oldest row's age
   * are read from the database (the same on every replica); the failure counts are this api
   * process's since it started. A growing age means nothing reaches the queues: alert on it.
   */
  outbox: z.object({
    pending: z.number().int().describe('rows committed but not yet on a queue'),
    failing: z.number().int().describe('of those, rows whose sending failed at least once'),
    oldestPendingAgeSeconds: z.number().int().nullable().describe('age of the oldest row not yet on a queue'),
    publishFailures: z.number().int().describe('rows this api process failed to enqueue after commit since it started (the relay re-sends them)'),
    queueErrors: z.number().int().describe('queue backend connection errors this api process saw since it started'),
    lastPublishError: z.string().nullable(),
    error: z.string().optional(),
  }),
});
export type Health = z.infer<typeof HealthSchema>;

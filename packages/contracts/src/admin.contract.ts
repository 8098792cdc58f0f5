import { z } from 'zod';

export const AUDIT_EVENT_KINDS = ['sign_in_succeeded', 'sign_in_failed', 'sign_in_throttled'] as const;

/** `GET /admin/audit-log?kind=&username=&page=&pageSize=` (administrators). */
export const AuditLogQuerySchema = z.object({
  kind: z.enum(AUDIT_EVENT_KINDS).optional(),
  username: z.string().trim().min(1).max(64).optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});

export const AuditEventSchema = z.object({
  id: z.string(),
  at: z.string(),
  kind: z.string(),
  userId: z.string().uuid().nullable(),
  username: z.string().nullable(),
  address: z.string().nullable(),
  detail: z.record(z.string(), z.unknown()),
});

export const AuditLogPageSchema = z.object({ items: z.array(AuditEventSchema), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() });
export type AuditLogPage = z.infer<typeof AuditLogPageSchema>;

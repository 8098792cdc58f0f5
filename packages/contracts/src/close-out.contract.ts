import { CLOSE_OUT_REASONS, isCalendarDate, STAGES } from '@parkflow/domain';
import { z } from 'zod';

/*
 * GET /api/close-outs and /api/close-outs/:day — the 每日清零 ledger (docs/operations.md, "The
 * daily close-out"). Days are Beijing dates; instants are ISO strings (UTC).
 */

/** `GET /close-outs?page=&pageSize=`: the days that ran, newest first. */
export const CloseOutListQuerySchema = z.object({
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(30),
});
export type CloseOutListQuery = z.input<typeof CloseOutListQuerySchema>;

/** The `:day` of `GET /close-outs/:day`. */
export const CloseOutDaySchema = z.string().refine(isCalendarDate, 'not a date (YYYY-MM-DD)');

/** One listed item as it stood when the day ran (the domain's CloseOutEntry). */
export const CloseOutEntrySchema = z.object({
  itemId: z.string().uuid(),
  code: z.string(),
  title: z.string(),
  kind: z.string(),
  departmentId: z.string().uuid().nullable(),
  handlerId: z.string().uuid().nullable(),
  stage: z.enum(STAGES),
  status: z.string(),
  registeredAt: z.string(),
  dueAt: z.string().nullable().describe('for an overdue item the earliest due time it is past, else its running stage deadline'),
  reasons: z.array(z.enum(CLOSE_OUT_REASONS)).describe('unsigned: registered that day and not signed for (签收); overdue: past due when the day ran'),
});
export type CloseOutEntryView = z.infer<typeof CloseOutEntrySchema>;

export const CloseOutSummarySchema = z.object({
  day: z.string(),
  ranAt: z.string().describe('the instant the (latest) run listed the items'),
  runs: z.number().int().describe('more than 1 when the day ran again (a retry or a run by hand), which replaced its list'),
  unsigned: z.number().int(),
  overdue: z.number().int(),
});
export type CloseOutSummary = z.infer<typeof CloseOutSummarySchema>;

export const CloseOutPageSchema = z.object({
  items: z.array(CloseOutSummarySchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  next: z.object({ day: z.string(), at: z.string() }).describe('the next close-out on the calendar as it stands (the office closing time of the next working day)'),
});
export type CloseOutPage = z.infer<typeof CloseOutPageSchema>;

export const CloseOutLedgerSchema = CloseOutSummarySchema.extend({ entries: z.array(CloseOutEntrySchema) });
export type CloseOutLedger = z.infer<typeof CloseOutLedgerSchema>;

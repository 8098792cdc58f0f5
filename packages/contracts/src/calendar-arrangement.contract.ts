import { ARRANGEMENT_FORMATS, ARRANGEMENT_YEARS } from '@parkflow/domain';
import { z } from 'zod';

/** The pasted or uploaded text is bounded (a notice is ~1,000 characters, a year of ICS ~10,000); 80,000 CJK characters stay under the 256 KB body limit. */
export const ARRANGEMENT_TEXT_MAX = 80_000;

/** `POST /calendar/arrangements/preview` and `POST /calendar/arrangements`: the same body. */
export const ArrangementRequestSchema = z.object({
  format: z.enum(ARRANGEMENT_FORMATS),
  text: z.string().min(1, 'required').max(ARRANGEMENT_TEXT_MAX, `at most ${ARRANGEMENT_TEXT_MAX} characters`),
  /** Defaults to the year the text names. */
  year: z.number().int().min(ARRANGEMENT_YEARS.min).max(ARRANGEMENT_YEARS.max).optional(),
});
export type ArrangementRequest = z.infer<typeof ArrangementRequestSchema>;

const DayKindSchema = z.enum(['holiday', 'workday']);
const DayWorkingSchema = z.enum(['working', 'rest']);

/** A parser's finding: a code with params (the web words it), the line it is on, and the English message. */
export const ArrangementIssueSchema = z.object({
  code: z.string(),
  params: z.record(z.string(), z.unknown()),
  line: z.number().int().optional(),
  message: z.string(),
});
export type ArrangementIssueBody = z.infer<typeof ArrangementIssueSchema>;

export const ArrangementPreviewSchema = z.object({
  year: z.number().int(),
  days: z.array(z.object({ date: z.string(), kind: DayKindSchema, name: z.string() })),
  /** The days whose working status changes against the calendar as it is now. */
  changes: z.array(z.object({ date: z.string(), before: DayWorkingSchema, after: DayWorkingSchema, name: z.string().nullable() })),
  warnings: z.array(ArrangementIssueSchema),
  /** Open items whose running deadline would move (computed, not estimated: the same re-timing a save runs, without writing). */
  affectedItems: z.number().int(),
});
export type ArrangementPreview = z.infer<typeof ArrangementPreviewSchema>;

export const ArrangementSavedSchema = ArrangementPreviewSchema.extend({
  /** Open items whose running deadline was moved, in the same transaction as the save. */
  retimedItems: z.number().int(),
});
export type ArrangementSaved = z.infer<typeof ArrangementSavedSchema>;

/** A 400 of a bad import: every problem the parser found. */
export const ArrangementErrorSchema = z.object({
  statusCode: z.literal(400),
  error: z.string(),
  message: z.string(),
  errors: z.array(ArrangementIssueSchema),
  warnings: z.array(ArrangementIssueSchema),
});
export type ArrangementError = z.infer<typeof ArrangementErrorSchema>;

export const ArrangementListSchema = z.object({
  items: z.array(
    z.object({
      year: z.number().int(),
      format: z.enum(ARRANGEMENT_FORMATS),
      holidays: z.number().int(),
      workdays: z.number().int(),
      loadedBy: z.string().nullable(),
      loadedAt: z.string(),
    }),
  ),
});
export type ArrangementList = z.infer<typeof ArrangementListSchema>;

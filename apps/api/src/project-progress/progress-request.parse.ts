import { isCalendarDate } from '@parkflow/domain';
import { z } from 'zod';
import { InvalidInputException, zodFields } from '../http/zod-validation.pipe.js';

/** The text fields of a multipart progress report (every part arrives as a string). */
const ProgressFieldsSchema = z.object({
  percent: z.string().trim().regex(/^-?\d+$/, 'a whole percentage from 0 to 100').transform(Number),
  note: z.string().trim().max(2000, 'at most 2,000 characters').default(''),
  reason: z.string().trim().max(1000, 'at most 1,000 characters').optional().transform((r) => (r ? r : null)),
  reportedOn: z.string().refine(isCalendarDate, 'not a date (YYYY-MM-DD)').optional(),
});
export type ProgressFields = z.output<typeof ProgressFieldsSchema>;

export function parseProgressFields(raw: unknown): ProgressFields {
  const result = ProgressFieldsSchema.safeParse(raw ?? {});
  if (!result.success) throw new InvalidInputException('Invalid progress report', zodFields(result.error));
  return result.data;
}

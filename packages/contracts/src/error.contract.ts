import { REFUSAL_REASONS } from '@parkflow/domain';
import { z } from 'zod';
import { ArrangementIssueSchema } from './calendar-arrangement.contract.js';

/**
 * Every 4xx/5xx body. `fields` names each bad input with its own message. A refusal of the rules
 * (403/422, and 400 from the rules) also says why as `reason` + `params`, for the client to word in
 * its language; `message` is the same in English. `reason` is a plain string here, not an enum,
 * so that a client older than the server still reads the body and falls back to `message`.
 */
export const ApiErrorSchema = z.object({
  statusCode: z.number().int(),
  error: z.string(),
  message: z.string().describe('English, for logs and API clients; the web words `reason` instead when it knows it'),
  fields: z.record(z.string(), z.string()).optional(),
  reason: z
    .string()
    .optional()
    .describe(`why the rules refused (domain RefusalReasonParams), one of: ${REFUSAL_REASONS.join(', ')}`),
  params: z
    .record(z.string(), z.union([z.string(), z.number(), z.boolean()]))
    .optional()
    .describe("the reason's parameters, e.g. { action, status } for wrong_status; action is the kind's action name"),
  errors: z.array(ArrangementIssueSchema).optional().describe('a bad holiday arrangement import: every problem the parser found, with its line'),
  warnings: z.array(ArrangementIssueSchema).optional(),
});
export type ApiError = z.infer<typeof ApiErrorSchema>;

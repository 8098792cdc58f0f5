import { DURATION_UNITS, HANDLER_IDS, PARTIES, ROLES, STAGES } from '@parkflow/domain';
import { z } from 'zod';

/*
 * A kind definition as `GET /meta` serves it: the registry's own data (with the park's
 * overrides applied), so the web builds the same registry and computes forms, allowed actions
 * and countdowns with the domain's functions instead of a bundled copy.
 */

const LabelSchema = z.object({ zh: z.string(), en: z.string() });
const AmountSchema = z.object({ amount: z.number(), unit: z.enum(DURATION_UNITS) });
const TargetSchema = z.object({ stage: z.enum(STAGES), status: z.string(), newEntry: z.boolean().optional() });

const FieldSpecSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('text'), required: z.boolean(), maxLength: z.number().int() }),
  z.object({ type: z.literal('id'), required: z.boolean() }),
  z.object({ type: z.literal('integer'), required: z.boolean(), min: z.number().int(), max: z.number().int() }),
  z.object({ type: z.literal('date'), required: z.boolean() }),
  z.object({ type: z.literal('enum'), required: z.boolean(), values: z.array(z.string()), labels: z.record(z.string(), LabelSchema).optional() }),
]);

const ActionDefinitionSchema = z.object({
  label: LabelSchema,
  handler: z.enum(HANDLER_IDS).describe('the transition of the shared library'),
  parties: z.array(z.enum(PARTIES)),
  statuses: z.array(z.string()),
  inputs: z.record(z.string(), FieldSpecSchema),
  to: TargetSchema.optional(),
  outcomes: z.record(z.string(), TargetSchema).optional(),
});

const StageDefinitionSchema = z.object({
  statuses: z.array(z.string()),
  deadline: AmountSchema.extend({ urgentAmount: z.number().optional(), fromDate: z.string().optional(), startsFrom: z.literal('received').optional() }),
  onDue: z.object({ timeout: z.string() }).optional(),
});

export const KindDefinitionSchema = z.object({
  id: z.string(),
  label: LabelSchema,
  codePrefix: z.string(),
  registerRoles: z.array(z.enum(ROLES)),
  stages: z.object(Object.fromEntries(STAGES.map((s) => [s, StageDefinitionSchema])) as Record<(typeof STAGES)[number], typeof StageDefinitionSchema>),
  statusLabels: z.record(z.string(), LabelSchema),
  warnShare: z.number(),
  extensionCapDays: z.number().int(),
  enterpriseLink: z.enum(['raised_by', 'concerns']),
  links: z.object({ petitioner: z.enum(['required', 'optional', 'none']), enterprise: z.enum(['required', 'optional', 'none']), project: z.enum(['required', 'optional', 'none']).optional() }),
  actions: z.record(z.string(), ActionDefinitionSchema),
  escalation: z.array(z.object({ after: AmountSchema, audience: z.enum(['department_head', 'leader']) })),
  // The statute's rules (信访工作条例): the web shows the statutory clock, the review window and the 复查 / 复核 offer from them.
  statutoryClock: AmountSchema.extend({ label: LabelSchema, startsOn: z.enum(['acceptance', 'received']) }).optional(),
  extensionLimit: z.number().int().optional(),
  objectionWindow: AmountSchema.optional(),
  periodEnd: z.literal('next_working_day').optional(),
  review: z.object({ of: z.string(), window: AmountSchema }).optional(),
  // 重复件: the web offers the repeat lookup for the kinds that count repeats.
  repeats: z.object({ of: z.array(z.string()) }).optional(),
});

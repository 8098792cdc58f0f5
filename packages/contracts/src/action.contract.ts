import { DURATION_UNITS, HUMAN_ACTIONS, ROLES, STANDARD_ACTIONS, type FieldSpec } from '@parkflow/domain';
import { z } from 'zod';

/** One input field of an action, from the domain's own field spec: the rule is written once. */
function fieldSchema(spec: FieldSpec): z.ZodType {
  let schema: z.ZodType;
  switch (spec.type) {
    case 'text': {
      const text = z.string().trim().max(spec.maxLength, `at most ${spec.maxLength} characters`);
      schema = spec.required ? text.min(1, 'required') : text;
      break;
    }
    case 'id':
      schema = z.string().uuid('not a valid id');
      break;
    case 'integer':
      schema = z.number({ error: 'must be a whole number' }).int('must be a whole number').min(spec.min, `at least ${spec.min}`).max(spec.max, `at most ${spec.max}`);
      break;
    case 'enum':
      schema = z.enum(spec.values as [string, ...string[]]);
      break;
  }
  return spec.required ? schema : schema.optional();
}

const version = z.number({ error: 'version is required: the item version you are acting on' }).int().min(1);

/** `POST /work-items/:id/actions`: `{action, version, ...input}`, one shape per action. */
export const WorkItemActionRequestSchema = z.discriminatedUnion(
  'action',
  HUMAN_ACTIONS.map((action) =>
    z.object({
      action: z.literal(action),
      version,
      ...Object.fromEntries(Object.entries(STANDARD_ACTIONS[action].inputs).map(([name, spec]) => [name, fieldSchema(spec)])),
    }),
  ) as unknown as [z.ZodObject, ...z.ZodObject[]],
  { error: `action must be one of ${HUMAN_ACTIONS.join(', ')}` },
);
export type WorkItemActionRequest = { action: (typeof HUMAN_ACTIONS)[number]; version: number } & Record<string, unknown>;

/** The years the calendar API accepts: wide enough for any real deadline, and every date in it is representable. */
export const CALENDAR_YEARS = { min: 2000, max: 2100 } as const;
const inCalendarYears = (iso: string) => {
  const year = new Date(iso).getUTCFullYear();
  return year >= CALENDAR_YEARS.min && year <= CALENDAR_YEARS.max;
};

export const DeadlineQuerySchema = z.object({
  from: z
    .string()
    .datetime({ offset: true, error: 'from must be an ISO date-time, e.g. 2026-09-18T10:00:00+08:00' })
    .refine(inCalendarYears, `from must fall in the years ${CALENDAR_YEARS.min} to ${CALENDAR_YEARS.max}`),
  amount: z.coerce.number().int('must be a whole number').min(0).max(3650),
  unit: z.enum(DURATION_UNITS),
});

export const DeadlineResponseSchema = z.object({
  due: z.string(),
  warnAt: z.string(),
  uncoveredYears: z.array(z.number().int()),
});
export type DeadlineResponse = z.infer<typeof DeadlineResponseSchema>;

export const NotificationSchema = z.object({
  id: z.string().uuid(),
  itemId: z.string().uuid().nullable(),
  topic: z.string(),
  message: z.string(),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});
export type Notification = z.infer<typeof NotificationSchema>;

export const NotificationListSchema = z.object({ items: z.array(NotificationSchema), unread: z.number().int() });
export type NotificationList = z.infer<typeof NotificationListSchema>;

export const CalendarYearQuerySchema = z.object({ year: z.coerce.number().int().min(CALENDAR_YEARS.min).max(CALENDAR_YEARS.max) });

/** `GET /users?role=&departmentId=`: both optional, both checked (an unknown role or a malformed id is a 400, not a 500). */
export const UserListQuerySchema = z.object({
  role: z.enum(ROLES).optional(),
  departmentId: z.string().uuid('not a valid id').optional(),
});

export const CalendarYearSchema = z.object({
  year: z.number().int(),
  covered: z.boolean(),
  days: z.array(z.object({ date: z.string(), working: z.boolean(), source: z.enum(['override', 'official', 'weekday', 'uncovered']), name: z.string().nullable() })),
});
export type CalendarYear = z.infer<typeof CalendarYearSchema>;

export const CalendarDayRequestSchema = z.object({
  kind: z.enum(['holiday', 'workday']),
  name: z.string().trim().max(50, 'at most 50 characters').nullable().optional(),
});
export type CalendarDayRequest = z.infer<typeof CalendarDayRequestSchema>;

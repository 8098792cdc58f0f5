import { DURATION_UNITS, ROLES } from '@parkflow/domain';
import { z } from 'zod';

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

/**
 * A notification: what happened as a topic code with its parameters, which the client words in
 * its language (the domain's NotificationParamsMap). Rows written before codes have no params,
 * only their zh-CN `message`; new rows have params and no message. A client shows the message,
 * else the topic, for a topic it cannot word.
 */
export const NotificationSchema = z.object({
  id: z.string().uuid(),
  itemId: z.string().uuid().nullable(),
  topic: z.string(),
  params: z.record(z.string(), z.unknown()).nullable(),
  message: z.string().nullable(),
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

/**
 * Why a day is working or not; mirrors the domain's DaySource ('statutory': a fixed holiday of the 放假办法 in a provisional year;
 * 'arrangement': a day of a year's arrangement an admin loaded).
 */
export const CALENDAR_DAY_SOURCES = ['override', 'arrangement', 'official', 'statutory', 'weekday', 'uncovered'] as const;

export const CalendarYearSchema = z.object({
  year: z.number().int(),
  /** The State Council arrangement for the year is known (admin overrides do not count). */
  covered: z.boolean(),
  /** Not covered, so the statute's fixed holidays and weekends stand in until it is published. */
  provisional: z.boolean(),
  days: z.array(z.object({ date: z.string(), working: z.boolean(), source: z.enum(CALENDAR_DAY_SOURCES), name: z.string().nullable() })),
});
export type CalendarYear = z.infer<typeof CalendarYearSchema>;

export const CalendarDayRequestSchema = z.object({
  kind: z.enum(['holiday', 'workday']),
  name: z.string().trim().max(50, 'at most 50 characters').nullable().optional(),
});
export type CalendarDayRequest = z.infer<typeof CalendarDayRequestSchema>;

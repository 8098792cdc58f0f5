import { isCalendarDate, STAT_GROUPINGS } from '@parkflow/domain';
import { z } from 'zod';
import { KindIdSchema } from './work-item.contract.js';

/*
 * GET /api/stats/:report (docs/statistics.md). Periods are Beijing dates, both ends included;
 * without them, this year so far. Every figure is scoped to the departments the caller may read.
 */
export const STAT_REPORTS = ['figures', 'heatmap', 'monthly'] as const;
export type StatReport = (typeof STAT_REPORTS)[number];

const Day = z.string().refine(isCalendarDate, 'not a date (YYYY-MM-DD)');
const Code = z.string().regex(/^[a-z][a-z0-9_]{0,63}$/, 'not a code');
// The years a Day takes (isCalendarDate: 1900–2199). Before, month 0644-07 passed and its period
// (monthsOf compares unpadded YYYY strings) had no months and no edges: the SQL read `FROM ()`, a 500.
const Month = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'not a month (YYYY-MM)')
  .refine((m) => isCalendarDate(`${m}-01`), 'not a month (YYYY-MM) of the years 1900–2199');

/** What narrows every report: the period, and at most one value of each dimension. */
export const StatFilterQuerySchema = z.object({
  from: Day.optional(),
  to: Day.optional(),
  departmentId: z.string().uuid('not a department id').optional(),
  kind: KindIdSchema.optional(),
  category: Code.optional(),
  channel: Code.optional(),
});

export const StatFiguresQuerySchema = StatFilterQuerySchema.extend({ groupBy: z.enum(STAT_GROUPINGS).default('total') });
export type StatFiguresQuery = z.input<typeof StatFiguresQuerySchema>;

/** 信访月报: a month (default: this month in Beijing) of one kind (default: petitions). */
export const MonthlyReportQuerySchema = z.object({
  month: Month.optional(),
  kind: KindIdSchema.default('petition'),
  departmentId: z.string().uuid('not a department id').optional(),
});
export type MonthlyReportQuery = z.input<typeof MonthlyReportQuerySchema>;

const RateSchema = z.object({ numerator: z.number().int(), denominator: z.number().int(), rate: z.number().nullable().describe('null: no data (nothing to count)') });

export const StatFiguresSchema = z.object({
  registered: z.number().int(),
  repeated: z.number().int().describe('重复件: of the items registered in the period, those registered as a repeat of an earlier, closed item'),
  repeatRate: z.number().nullable().describe('重复率 = repeated ÷ registered; null: nothing registered'),
  response: RateSchema.describe('响应率 = signed for within the assign deadline ÷ first assigned in the period'),
  resolution: RateSchema.describe('按期办结率 = resolution deadline met ÷ resolution deadlines falling due in the period'),
  satisfaction: RateSchema.extend({ unrated: z.number().int() }).describe('满意率 = (满意 + 基本满意) ÷ rated; timed-out feedback is unrated'),
  overdue: z.number().int(),
  extended: z.number().int(),
  returned: z.number().int(),
  handling: z.object({ closed: z.number().int(), averageDays: z.number().nullable(), p90Days: z.number().nullable() }),
  overdueNow: z.number().int().nullable().describe('open items past a running deadline now; null in month rows and in a monthly report\'s other periods (counted once, with the month)'),
});
export type StatFiguresView = z.infer<typeof StatFiguresSchema>;

const PeriodSchema = z.object({ from: z.string(), to: z.string() });
const ScopeSchema = z.object({ all: z.boolean(), departmentIds: z.array(z.string()).describe('when not all: the departments counted') });

export const StatFiguresResponseSchema = z.object({
  period: PeriodSchema,
  groupBy: z.enum(STAT_GROUPINGS),
  scope: ScopeSchema,
  /** When the figures were read (overdueNow is as of then). */
  asOf: z.string(),
  total: StatFiguresSchema,
  rows: z.array(z.object({ key: z.string().nullable().describe("the dimension's value; null: none (e.g. not yet assigned); YYYY-MM for months"), figures: StatFiguresSchema })),
});
export type StatFiguresResponse = z.infer<typeof StatFiguresResponseSchema>;

/** Category × department: items registered in the period, and of them those that went overdue. */
export const StatHeatmapResponseSchema = z.object({
  period: PeriodSchema,
  scope: ScopeSchema,
  cells: z.array(z.object({ category: z.string(), departmentId: z.string().nullable(), registered: z.number().int(), overdue: z.number().int() })),
});
export type StatHeatmapResponse = z.infer<typeof StatHeatmapResponseSchema>;

const CountRowSchema = z.object({ key: z.string().nullable(), month: z.number().int(), yearToDate: z.number().int(), monthLastYear: z.number().int(), yearToDateLastYear: z.number().int() });

export const MonthlyReportSchema = z.object({
  month: z.string(),
  kind: z.string(),
  scope: ScopeSchema,
  asOf: z.string(),
  periods: z.object({ month: PeriodSchema, yearToDate: PeriodSchema, monthLastYear: PeriodSchema, yearToDateLastYear: PeriodSchema }),
  /** Every figure for each of the four periods. */
  figures: z.object({ month: StatFiguresSchema, yearToDate: StatFiguresSchema, monthLastYear: StatFiguresSchema, yearToDateLastYear: StatFiguresSchema }),
  /** Items registered, by channel, category and department, in each period. */
  byChannel: z.array(CountRowSchema),
  byCategory: z.array(CountRowSchema),
  byDepartment: z.array(CountRowSchema.extend({ response: RateSchema, resolution: RateSchema, satisfaction: RateSchema.extend({ unrated: z.number().int() }) })),
  /** Items that went overdue in the month or are overdue now, oldest due first (at most 200). */
  overdueItems: z.array(
    z.object({ id: z.string(), code: z.string(), title: z.string(), departmentId: z.string().nullable(), stage: z.string(), overdueOn: z.string().nullable(), runningDueAt: z.string().nullable(), closed: z.boolean() }),
  ),
  overdueItemsTotal: z.number().int(),
});
export type MonthlyReport = z.infer<typeof MonthlyReportSchema>;

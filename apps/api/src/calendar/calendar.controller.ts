import { Body, Controller, Delete, ForbiddenException, Get, HttpCode, Inject, Param, Put, Query } from '@nestjs/common';
import {
  CALENDAR_YEARS,
  CalendarDayRequestSchema,
  CalendarYearQuerySchema,
  DeadlineQuerySchema,
  type CalendarDayRequest,
  type CalendarYear,
  type DeadlineResponse,
} from '@parkflow/contracts';
import { CalendarDayEntity } from '@parkflow/db';
import { computeDeadline } from '@parkflow/domain';
import { DataSource } from 'typeorm';
import type { z } from 'zod';
import { CurrentUser, type CurrentUserContext } from '../auth/current-user.js';
import { DATA_SOURCE } from '../database/database.module.js';
import { InvalidInputException, ZodBody, ZodQuery } from '../http/zod-validation.pipe.js';
import { CalendarService } from '../work-items/calendar.service.js';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function assertAdmin(current: CurrentUserContext): void {
  if (!current.actor.roles.includes('admin')) throw new ForbiddenException('Only an administrator changes the calendar');
}

function assertDate(date: string): void {
  const valid = DATE.test(date) && !Number.isNaN(Date.parse(`${date}T00:00:00Z`)) && new Date(`${date}T00:00:00Z`).toISOString().startsWith(date);
  if (!valid) throw new InvalidInputException('Invalid date', { date: 'expected a calendar date YYYY-MM-DD' });
  const year = Number(date.slice(0, 4));
  if (year < CALENDAR_YEARS.min || year > CALENDAR_YEARS.max) {
    throw new InvalidInputException('Date out of range', { date: `the calendar covers the years ${CALENDAR_YEARS.min} to ${CALENDAR_YEARS.max}` });
  }
}

@Controller('calendar')
export class CalendarController {
  constructor(
    private readonly calendars: CalendarService,
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
  ) {}

  /** When `amount` `unit` from `from` ends, on the official calendar in Asia/Shanghai, with the admins' overrides. */
  @Get('deadline')
  async deadline(@Query(ZodQuery(DeadlineQuerySchema)) query: z.output<typeof DeadlineQuerySchema>): Promise<DeadlineResponse> {
    const calendar = await this.calendars.current();
    const { dueAt, warnAt, uncoveredYears } = computeDeadline(calendar, new Date(query.from), query.amount, query.unit);
    return { due: dueAt.toISOString(), warnAt: warnAt.toISOString(), uncoveredYears };
  }

  /** Every day of a year: working or not, and why (an admin's override, the official calendar, the statute's fixed holidays, or weekdays). */
  @Get('days')
  async year(@Query(ZodQuery(CalendarYearQuerySchema)) query: z.output<typeof CalendarYearQuerySchema>): Promise<CalendarYear> {
    const calendar = await this.calendars.current();
    const days: CalendarYear['days'] = [];
    for (let t = Date.UTC(query.year, 0, 1); t < Date.UTC(query.year + 1, 0, 1); t += 86_400_000) {
      days.push(calendar.dayInfo(new Date(t).toISOString().slice(0, 10)));
    }
    return { year: query.year, covered: calendar.covers(query.year), provisional: calendar.isProvisional(query.year), days };
  }

  /** Marks a day as a holiday or a (make-up) working day. Deadlines computed from now on use it. */
  @Put('days/:date')
  async setDay(@Param('date') date: string, @Body(ZodBody(CalendarDayRequestSchema)) body: CalendarDayRequest, @CurrentUser() current: CurrentUserContext) {
    assertAdmin(current);
    assertDate(date);
    await this.dataSource.getRepository(CalendarDayEntity).upsert({ date, kind: body.kind, name: body.name ?? null }, ['date']);
    this.calendars.invalidate();
    return (await this.calendars.current()).dayInfo(date);
  }

  /** Removes an override: the day follows the official calendar again. */
  @Delete('days/:date')
  @HttpCode(200)
  async resetDay(@Param('date') date: string, @CurrentUser() current: CurrentUserContext) {
    assertAdmin(current);
    assertDate(date);
    await this.dataSource.getRepository(CalendarDayEntity).delete({ date });
    this.calendars.invalidate();
    return (await this.calendars.current()).dayInfo(date);
  }
}

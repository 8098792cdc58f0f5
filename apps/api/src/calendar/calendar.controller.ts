import { Controller, Get, Query } from '@nestjs/common';
import { DeadlineQuerySchema, type DeadlineResponse } from '@parkflow/contracts';
import { computeDeadline } from '@parkflow/domain';
import type { z } from 'zod';
import { ZodQuery } from '../http/zod-validation.pipe.js';
import { CalendarService } from '../work-items/calendar.service.js';

@Controller('calendar')
export class CalendarController {
  constructor(private readonly calendars: CalendarService) {}

  /** When `amount` `unit` from `from` ends, on the official calendar in Asia/Shanghai, with the admins' overrides. */
  @Get('deadline')
  async deadline(@Query(ZodQuery(DeadlineQuerySchema)) query: z.output<typeof DeadlineQuerySchema>): Promise<DeadlineResponse> {
    const calendar = await this.calendars.current();
    const { dueAt, warnAt, uncoveredYears } = computeDeadline(calendar, new Date(query.from), query.amount, query.unit);
    return { due: dueAt.toISOString(), warnAt: warnAt.toISOString(), uncoveredYears };
  }
}

import { Controller, ForbiddenException, Get, Inject, NotFoundException, Param, Query } from '@nestjs/common';
import { CloseOutDaySchema, CloseOutListQuerySchema, type CloseOutLedger, type CloseOutPage, type CloseOutSummary } from '@parkflow/contracts';
import { CloseOutLedgerEntity, findCloseOut } from '@parkflow/db';
import { canReadCloseOuts, nextCloseOutAt } from '@parkflow/domain';
import { DataSource } from 'typeorm';
import { CurrentUser, type CurrentUserContext } from '../auth/current-user.js';
import { DATA_SOURCE } from '../database/database.module.js';
import { InvalidInputException, zodFields } from '../http/zod-validation.pipe.js';
import { CalendarService } from '../work-items/calendar.service.js';

/** The ledger's columns but the list: what the list of days shows. */
const SUMMARY_COLUMNS = { day: true, ranAt: true, runs: true, unsignedCount: true, overdueCount: true } as const;

function summary(row: Pick<CloseOutLedgerEntity, keyof typeof SUMMARY_COLUMNS>): CloseOutSummary {
  return { day: row.day, ranAt: row.ranAt.toISOString(), runs: row.runs, unsigned: row.unsignedCount, overdue: row.overdueCount };
}

/** `GET /api/close-outs[/:day]` — the 每日清零 ledger the worker keeps, for the command centre, admins and leaders. */
@Controller('close-outs')
export class CloseOutsController {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    private readonly calendars: CalendarService,
  ) {}

  @Get()
  async list(@Query() raw: Record<string, unknown>, @CurrentUser() current: CurrentUserContext): Promise<CloseOutPage> {
    assertReader(current);
    const parsed = CloseOutListQuerySchema.safeParse(raw ?? {});
    if (!parsed.success) throw new InvalidInputException('Invalid query', zodFields(parsed.error));
    const { page, pageSize } = parsed.data;
    const [rows, total] = await this.dataSource.getRepository(CloseOutLedgerEntity).findAndCount({
      select: SUMMARY_COLUMNS,
      order: { day: 'DESC' },
      skip: (page - 1) * pageSize,
      take: pageSize,
    });
    const next = nextCloseOutAt(new Date(), await this.calendars.current());
    return { items: rows.map(summary), total, page, pageSize, next: { day: next.day, at: next.at.toISOString() } };
  }

  @Get(':day')
  async day(@Param('day') day: string, @CurrentUser() current: CurrentUserContext): Promise<CloseOutLedger> {
    assertReader(current);
    if (!CloseOutDaySchema.safeParse(day).success) throw new InvalidInputException('Invalid day', { day: 'expected a calendar date YYYY-MM-DD' });
    const row = await findCloseOut(this.dataSource.manager, day);
    if (!row) throw new NotFoundException(`No close-out ledger for ${day}: the close-out did not run that day (a rest day, or before it was scheduled)`);
    return { ...summary(row), entries: row.entries };
  }
}

/** 403 before the request is read: a role without the ledger learns nothing from a 400 or a 404. */
function assertReader(current: CurrentUserContext): void {
  if (!canReadCloseOuts(current.actor)) throw new ForbiddenException('The close-out ledger is for dispatchers, administrators and leaders');
}

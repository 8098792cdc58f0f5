import { BadRequestException, Inject, Injectable } from '@nestjs/common';
import type { ArrangementList, ArrangementPreview, ArrangementRequest, ArrangementSaved } from '@parkflow/contracts';
import { CalendarArrangementEntity, loadArrangements, loadWorkCalendar, retimeOpenItems } from '@parkflow/db';
import { arrangementDayCounts, diffArrangement, parseArrangement, type ArrangementIssue, type YearArrangement } from '@parkflow/domain';
import { DataSource, type EntityManager } from 'typeorm';
import type { CurrentUserContext } from '../auth/current-user.js';
import { DATA_SOURCE } from '../database/database.module.js';
import { KIND_REGISTRY, type KindRegistry } from '../kinds/kind-registry.provider.js';
import { QueueProducerService } from '../queues/queue-producer.service.js';
import { CalendarService } from '../work-items/calendar.service.js';

/** One import at a time (two admins saving at once would re-time the same items on two calendars). */
const IMPORT_LOCK = 0x7066_6361; // 'pfca'

function refuse(errors: ArrangementIssue[], warnings: ArrangementIssue[]): BadRequestException {
  return new BadRequestException({
    message: `The arrangement cannot be loaded: ${errors.length} problem(s)`,
    fields: { text: errors.map((e) => (e.line ? `line ${e.line}: ${e.message}` : e.message)).join('; ').slice(0, 1000) },
    errors,
    warnings,
  });
}

/**
 * Loading a year's holiday arrangement: parse (domain), compare with the calendar as it is, and
 * on save store it and re-time the open items in one transaction; the outbox rows replace their
 * timers after commit. The worker's calendar (CalendarCache) re-reads the tables within its TTL.
 */
@Injectable()
export class ArrangementImportService {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    private readonly calendars: CalendarService,
    private readonly producer: QueueProducerService,
    @Inject(KIND_REGISTRY) private readonly kinds: KindRegistry,
  ) {}

  private parse(body: ArrangementRequest): { arrangement: YearArrangement; warnings: ArrangementIssue[] } {
    const result = parseArrangement(body.format, body.text, body.year);
    if (!result.ok) throw refuse(result.errors, result.warnings);
    return { arrangement: result.arrangement, warnings: result.warnings };
  }

  /** The calendar now, the one with `arrangement` loaded, and the days that change between them. */
  private async compare(manager: EntityManager, arrangement: YearArrangement) {
    const stored = await loadArrangements(manager);
    const before = await loadWorkCalendar(manager, stored);
    const after = await loadWorkCalendar(manager, [...stored.filter((a) => a.year !== arrangement.year), arrangement]);
    return { after, changes: diffArrangement(before, arrangement) };
  }

  async preview(body: ArrangementRequest, current: CurrentUserContext): Promise<ArrangementPreview> {
    const { arrangement, warnings } = this.parse(body);
    const manager = this.dataSource.manager;
    const { after, changes } = await this.compare(manager, arrangement);
    const cause = { year: arrangement.year, actorId: current.actor.id };
    const { retimed } = await retimeOpenItems(manager, after, this.kinds, cause, new Date(), { dryRun: true });
    return { ...arrangement, changes, warnings, affectedItems: retimed };
  }

  async save(body: ArrangementRequest, current: CurrentUserContext): Promise<ArrangementSaved> {
    const { arrangement, warnings } = this.parse(body);
    const now = new Date();
    const { changes, retimed, outbox } = await this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock($1)', [IMPORT_LOCK]);
      const { after, changes } = await this.compare(manager, arrangement);
      await manager.getRepository(CalendarArrangementEntity).upsert(
        { year: arrangement.year, days: arrangement.days, sourceFormat: body.format, sourceText: body.text, loadedBy: current.actor.id, loadedAt: now },
        ['year'],
      );
      const cause = { year: arrangement.year, actorId: current.actor.id };
      return { changes, ...(await retimeOpenItems(manager, after, this.kinds, cause, now)) };
    });
    this.calendars.invalidate();
    await this.producer.publishAfterCommit(outbox);
    return { ...arrangement, changes, warnings, affectedItems: retimed, retimedItems: retimed };
  }

  async list(): Promise<ArrangementList> {
    const rows = await this.dataSource.getRepository(CalendarArrangementEntity).find({ order: { year: 'ASC' } });
    return {
      items: rows.map((r) => ({
        year: r.year,
        format: r.sourceFormat as ArrangementList['items'][number]['format'],
        ...arrangementDayCounts(r.days),
        loadedBy: r.loadedBy,
        loadedAt: r.loadedAt.toISOString(),
      })),
    };
  }
}

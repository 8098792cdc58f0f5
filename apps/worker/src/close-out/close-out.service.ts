import { Inject, Injectable, Logger } from '@nestjs/common';
import { loadWorkCalendar, recordCloseOut } from '@parkflow/db';
import { CLOSE_OUT_AUDIENCES, closeOutCheck, closeOutEntries, closeOutNotice, type CloseOutCheck } from '@parkflow/domain';
import { closeOutJobId } from '@parkflow/queues';
import { DataSource } from 'typeorm';
import { resolveAudience } from '../notifications/audience-resolver.js';
import { announceNotifications, insertNotifications } from '../notifications/notification-rows.writer.js';
import { DATA_SOURCE } from '../worker.tokens.js';
import { loadCloseOutCandidates } from './close-out-candidates.query.js';

export type CloseOutResult =
  | { day: string; outcome: Exclude<CloseOutCheck, 'run'> }
  | { day: string; outcome: 'listed'; ranAt: string; runs: number; unsigned: number; overdue: number; notified: number };

/**
 * Runs one day's close-out (问题不过夜): lists, as of `now`, the day's unsigned items and every
 * overdue one (domain closeOutEntries), keeps them as the day's ledger and tells the dispatchers and
 * the command centre's leader — ledger and notices in one transaction, so a crash leaves neither.
 * Running a day again replaces its list; its notices go out once (their source is the day).
 */
@Injectable()
export class CloseOutService {
  private readonly logger = new Logger('close-out');

  constructor(@Inject(DATA_SOURCE) private readonly dataSource: DataSource) {}

  async run(day: string, now: Date): Promise<CloseOutResult> {
    // Read now, not from the cache: an admin who made today a holiday a second ago is obeyed.
    const check = closeOutCheck(day, now, await loadWorkCalendar(this.dataSource));
    if (check !== 'run') {
      this.logger.log(`${day}: no close-out (${check === 'rest_day' ? 'not a working day' : 'a day still to come'})`);
      return { day, outcome: check };
    }
    const { runs, entries, delivered } = await this.dataSource.transaction(async (manager) => {
      const entries = closeOutEntries(await loadCloseOutCandidates(manager, day, now), day, now);
      const runs = await recordCloseOut(manager, { day, ranAt: now, entries });
      const recipients = new Set<string>();
      for (const audience of CLOSE_OUT_AUDIENCES) for (const id of await resolveAudience(manager, { userIds: [], audience })) recipients.add(id);
      const notice = closeOutNotice(day, entries);
      const delivered = await insertNotifications(manager, { sourceId: closeOutJobId(day), itemId: null, ...notice, message: null }, [...recipients], now);
      return { runs, entries, delivered };
    });
    await announceNotifications(this.dataSource, delivered);
    const { params } = closeOutNotice(day, entries);
    this.logger.log(`${day}: ${params.unsigned} unsigned, ${params.overdue} overdue listed (run ${runs}), ${delivered.length} notified`);
    return { day, outcome: 'listed', ranAt: now.toISOString(), runs, unsigned: params.unsigned, overdue: params.overdue, notified: delivered.length };
  }
}

import { closeOutCounts, type CloseOutEntry } from '@parkflow/domain';
import type { EntityManager } from 'typeorm';
import { CloseOutLedgerEntity } from '../entities/close-out-ledger.entity.js';

/*
 * Writes a day's close-out ledger. The day is the key: a second run of the same day (a retried
 * job, a run by hand) replaces the list and the instant and counts the run, in one statement, so
 * two runs at once still leave one row.
 */

export interface CloseOutRecord {
  day: string;
  ranAt: Date;
  entries: readonly CloseOutEntry[];
}

/** Saves `record` as its day's ledger; returns how many times the day has run, this one included. */
export async function recordCloseOut(manager: EntityManager, record: CloseOutRecord): Promise<number> {
  const counts = closeOutCounts(record.entries);
  const rows = (await manager.query(
    `INSERT INTO "close_out_ledgers" ("day", "ran_at", "runs", "unsigned_count", "overdue_count", "entries")
     VALUES ($1, $2, 1, $3, $4, $5::jsonb)
     ON CONFLICT ("day") DO UPDATE SET "ran_at" = EXCLUDED."ran_at", "runs" = "close_out_ledgers"."runs" + 1,
       "unsigned_count" = EXCLUDED."unsigned_count", "overdue_count" = EXCLUDED."overdue_count", "entries" = EXCLUDED."entries"
     RETURNING "runs"`,
    [record.day, record.ranAt.toISOString(), counts.unsigned, counts.overdue, JSON.stringify(record.entries)],
  )) as { runs: number }[];
  return rows[0]!.runs;
}

/** A day's ledger, or null when its close-out never ran. */
export function findCloseOut(manager: EntityManager, day: string): Promise<CloseOutLedgerEntity | null> {
  return manager.findOneBy(CloseOutLedgerEntity, { day });
}

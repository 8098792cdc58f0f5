import { DAY_COUNTS, factContributions, mergeContributions, ratingContribution, type DayCount, type ItemStatFacts, type RatingFact, type StatContribution } from '@parkflow/domain';
import type { EntityManager } from 'typeorm';

/*
 * 日汇总 in PostgreSQL: the day counts of domain stat-contributions.ts, kept incrementally.
 * - stat_deltas: appended by every action, inside its transaction (the domain's statDelta: its
 *   new facts' contributions minus the old). Append-only, so concurrent actions never wait on
 *   each other here.
 * - stat_day_sums: the folded counts per (dimension, value, day, department, kind). Dimension
 *   'total' has no value; 'category', 'channel' and 'handler' repeat the counts under their value,
 *   so a figure filtered or grouped by one of them reads its own rows.
 * - stat_month_handling: the handling-days histogram per month, for the 90th percentile.
 * The worker's stats.fold job moves deltas into the sums; a reader adds sums and deltas in one
 * statement (apps/api/src/stats/stat-day-sums.query.ts), so a figure is exact whenever it is read.
 * These tables have no entities: TypeORM cannot declare their NULLS NOT DISTINCT keys.
 */

/** Column names of the day counts, in DAY_COUNTS order. */
export const DAY_COUNT_COLUMNS: Record<DayCount, string> = {
  registered: 'registered', repeated: 'repeated', registeredOverdue: 'registered_overdue', assigned: 'assigned', respondedOnTime: 'responded_on_time',
  due: 'due', resolvedOnTime: 'resolved_on_time', overdue: 'overdue', extended: 'extended', returned: 'returned', closed: 'closed',
  handlingCount: 'handling_count', handlingSum: 'handling_sum', rated: 'rated', satisfied: 'satisfied', unrated: 'unrated',
};
const COUNT_COLUMNS = DAY_COUNTS.map((c) => DAY_COUNT_COLUMNS[c]);

/** The dimensions whose values repeat the counts (besides the department and the kind every row has). */
export const STAT_SUM_DIMENSIONS = ['total', 'category', 'channel', 'handler'] as const;
export type StatSumDimension = (typeof STAT_SUM_DIMENSIONS)[number];

/** One session at a time folds (and rebuilds): two folds adding into the same rows could deadlock. */
const FOLD_LOCK = 7_420_301;
const FOLD_BATCH = 20_000;

/** Appends an action's delta (domain statDelta). Nothing to append when no figure changed. */
export async function appendStatDelta(manager: EntityManager, delta: readonly StatContribution[]): Promise<void> {
  if (delta.length === 0) return;
  await manager.query(statDeltaInsertSql('$1'), [statDeltaRowsJson(delta)]);
}

/** appendStatDelta's INSERT with its rows in parameter `param` (statDeltaRowsJson), for a caller that sends it with other rows in one statement. */
export const statDeltaInsertSql = (param: string) =>
  `INSERT INTO stat_deltas (day, kind, category, channel, department_id, handler_id, handling_days, ${COUNT_COLUMNS.join(', ')})
     SELECT day, kind, category, channel, department_id, handler_id, handling_days, ${COUNT_COLUMNS.join(', ')}
     FROM json_populate_recordset(NULL::stat_deltas, ${param}::json)`;

export const statDeltaRowsJson = (delta: readonly StatContribution[]) => JSON.stringify(delta.map(toDeltaRow));

/**
 * Folds the appended deltas into the sums, oldest first, in batches; returns how many were
 * folded. Each batch is one statement: the deltas it deletes are the ones it adds, so a reader
 * sees them either still appended or already summed, never both or neither.
 */
export async function foldStatDeltas(manager: EntityManager): Promise<number> {
  let folded = 0;
  for (;;) {
    const moved = await manager.transaction(async (tx) => {
      // Another fold (or a rebuild) is at work: it will fold these too; waiting would hold a connection for nothing.
      const [{ locked }] = await tx.query('SELECT pg_try_advisory_xact_lock($1) AS locked', [FOLD_LOCK]);
      if (!locked) return 0;
      const [{ n }] = await tx.query(FOLD_SQL, [FOLD_BATCH]);
      return Number(n);
    });
    folded += moved;
    if (moved < FOLD_BATCH) return folded;
  }
}

const sumsOf = (columns: readonly string[]) => columns.map((c) => `sum(${c})`).join(', ');
const addTo = (table: string, columns: readonly string[]) => columns.map((c) => `${c} = ${table}.${c} + EXCLUDED.${c}`).join(', ');

/**
 * Adds the rows of `moved` into the sums, spread over the dimensions. The histogram is not kept
 * by handler: a handler's closures are too few a month to be worth summing (their 90th
 * percentile reads the facts).
 */
const foldSql = (moved: string) => `
WITH moved AS (${moved}), spread AS (
  SELECT 'total' AS dimension, NULL::text AS value, moved.* FROM moved
  UNION ALL SELECT 'category', category, moved.* FROM moved
  UNION ALL SELECT 'channel', channel, moved.* FROM moved
  UNION ALL SELECT 'handler', handler_id::text, moved.* FROM moved
), days AS (
  INSERT INTO stat_day_sums (dimension, value, day, department_id, kind, ${COUNT_COLUMNS.join(', ')})
  SELECT dimension, value, day, department_id, kind, ${sumsOf(COUNT_COLUMNS)} FROM spread GROUP BY 1, 2, 3, 4, 5
  ON CONFLICT (dimension, value, day, department_id, kind) DO UPDATE SET ${addTo('stat_day_sums', COUNT_COLUMNS)}
), months AS (
  INSERT INTO stat_month_handling (dimension, value, month, department_id, kind, days, items)
  SELECT dimension, value, date_trunc('month', day)::date, department_id, kind, handling_days, sum(closed) FROM spread
  WHERE handling_days IS NOT NULL AND dimension <> 'handler' GROUP BY 1, 2, 3, 4, 5, 6 HAVING sum(closed) <> 0
  ON CONFLICT (dimension, value, month, department_id, kind, days) DO UPDATE SET items = stat_month_handling.items + EXCLUDED.items
)
SELECT count(*) AS n FROM moved`;

/** The oldest deltas, deleted as they are added: a reader sees each either appended or summed. */
const FOLD_SQL = foldSql('DELETE FROM stat_deltas WHERE id IN (SELECT id FROM stat_deltas ORDER BY id LIMIT $1) RETURNING *');
/** A rebuild adds every delta at once into the emptied sums, then empties the deltas (cheaper than deleting row by row). */
const FOLD_ALL_SQL = foldSql('SELECT * FROM stat_deltas');

/**
 * Recomputes every sum from the stored facts and ratings, through the domain's contributions
 * (a fresh install's migration, a bench, a repair). Locks the three tables for its duration:
 * actions wait to append their deltas until the sums they add to are complete.
 */
export async function rebuildStatDaySums(manager: EntityManager, pageSize = 5_000): Promise<{ items: number; ratings: number }> {
  const run = async (tx: EntityManager) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [FOLD_LOCK]);
    await tx.query('TRUNCATE stat_deltas, stat_day_sums, stat_month_handling');
    const pending = new MergedContributions(tx);
    let items = 0;
    let ratings = 0;
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const rows: ItemStatFacts[] = await tx.query(`SELECT ${FACT_SELECT} FROM item_stat_facts WHERE item_id > $1 ORDER BY item_id LIMIT $2`, [after, pageSize]);
      if (rows.length === 0) break;
      after = rows.at(-1)!.itemId;
      items += rows.length;
      await pending.add(rows.flatMap(factContributions));
    }
    let afterRating: [string, string] = ['00000000-0000-0000-0000-000000000000', '1970-01-01T00:00:00Z'];
    for (;;) {
      const rows: (RatingFact & { ratedAtKey: string })[] = await tx.query(
        `SELECT item_id AS "itemId", rated_at AS "ratedAtKey", rated_on::text AS "ratedOn", satisfaction, kind, category, channel, department_id AS "departmentId", handler_id AS "handlerId"
         FROM item_ratings WHERE (item_id, rated_at) > ($1::uuid, $2::timestamptz) ORDER BY item_id, rated_at LIMIT $3`,
        [...afterRating, pageSize],
      );
      if (rows.length === 0) break;
      const last = rows.at(-1)!;
      afterRating = [last.itemId, new Date(last.ratedAtKey).toISOString()];
      ratings += rows.length;
      await pending.add(rows.map(ratingContribution));
    }
    await pending.flush();
    return { items, ratings };
  };
  return manager.queryRunner?.isTransactionActive ? run(manager) : manager.transaction(run);
}

/** A page's contributions merged by their row (domain mergeContributions) before they are appended: fewer rows to fold. */
class MergedContributions {
  constructor(private readonly tx: EntityManager) {}

  async add(contributions: readonly StatContribution[]): Promise<void> {
    await appendStatDelta(this.tx, mergeContributions(contributions));
  }

  async flush(): Promise<void> {
    await this.tx.query(FOLD_ALL_SQL);
    await this.tx.query('TRUNCATE stat_deltas');
  }
}

function toDeltaRow(c: StatContribution): Record<string, unknown> {
  const row: Record<string, unknown> = {
    day: c.day, kind: c.kind, category: c.category, channel: c.channel, department_id: c.departmentId, handler_id: c.handlerId, handling_days: c.handlingDays,
  };
  for (const name of DAY_COUNTS) row[DAY_COUNT_COLUMNS[name]] = c.counts[name] ?? 0;
  return row;
}

const FACT_SELECT = `item_id AS "itemId", kind, category, channel, department_id AS "departmentId", handler_id AS "handlerId",
  registered_on::text AS "registeredOn", assigned_on::text AS "assignedOn", signed_on::text AS "signedOn", responded_on_time AS "respondedOnTime",
  resolution_due_on::text AS "resolutionDueOn", resolved_on_time AS "resolvedOnTime", closed_on::text AS "closedOn", handling_working_days AS "handlingWorkingDays",
  overdue_on::text AS "overdueOn", extended_on::text AS "extendedOn", extension_count AS "extensionCount", returned_on::text AS "returnedOn",
  return_count AS "returnCount", NULL AS "runningDueAt", repeated`;

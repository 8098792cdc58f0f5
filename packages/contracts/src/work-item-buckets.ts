/**
 * The dispatcher board's columns: waiting to be assigned, sent back, overdue, supervised, and
 * 问题不过夜 (registered today, nobody signed). A module without zod: the web's queue route
 * imports the names without the schemas (apps/web docs/benchmarks.md, the queue's JavaScript).
 */
export const WORK_ITEM_BUCKETS = ['unassigned', 'returned', 'overdue', 'supervised', 'today_unsigned'] as const;

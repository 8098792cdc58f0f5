import type { DayPeriod, StatScope } from '@parkflow/domain';

/** What narrows the rows a figure counts: the caller's scope and at most one value per dimension. */
export interface StatFilter {
  scope: StatScope;
  kind?: string;
  category?: string;
  channel?: string;
}

/** Positional parameters, collected while the SQL is written. */
export class SqlParams {
  readonly values: unknown[] = [];
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/**
 * The filter as SQL conditions over item_stat_facts or item_ratings (same dimension columns).
 * A scope of no departments matches nothing; items without a department are only in `all`.
 */
export function filterConditions(filter: StatFilter, p: SqlParams, alias = ''): string[] {
  const col = (name: string) => (alias ? `${alias}.${name}` : name);
  const where: string[] = [];
  if (!filter.scope.all) where.push(filter.scope.departmentIds.length === 0 ? 'false' : `${col('department_id')} = ANY(${p.add(filter.scope.departmentIds)}::uuid[])`);
  if (filter.kind) where.push(`${col('kind')} = ${p.add(filter.kind)}`);
  if (filter.category) where.push(`${col('category')} = ${p.add(filter.category)}`);
  if (filter.channel) where.push(`${col('channel')} = ${p.add(filter.channel)}`);
  return where;
}

/** `column BETWEEN from AND to`, Beijing dates both ends included (the columns are dates). */
export function within(column: string, period: DayPeriod, p: SqlParams): string {
  return `${column} BETWEEN ${p.add(period.from)}::date AND ${p.add(period.to)}::date`;
}

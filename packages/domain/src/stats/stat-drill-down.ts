import type { Actor } from '../roles/role.js';
import type { ItemStatFacts, RatingFact, StatDimensions } from './item-stat-facts.js';
import { factsMatch, ratingMatches, statFactRule, type StatFact } from './stat-fact.catalog.js';
import type { DayPeriod } from './stat-figures.js';
import { statPeriodOf, statPeriodProblem } from './stat-period.js';
import { narrowStatScope, statScope, statScopeCovers, type StatScope } from './stat-scope.js';

/*
 * 穿透: the items behind one figure. A figure is a fact (stat-fact.catalog.ts) counted over a
 * period, within the reader's statistics scope, for one row of a breakdown (a department, a
 * handler, a category, a channel, a kind, or a month, which is a period). The queue lists
 * exactly the items whose facts the figure counted, with the same dimensions: those the facts
 * carry (the item's current ones; a rating keeps the item's when it was given).
 */
export interface StatDrillDown {
  fact: StatFact;
  period: DayPeriod;
  /** undefined: any within the scope; null: none (items not yet assigned, or without a handler). */
  departmentId?: string | null | undefined;
  handlerId?: string | null | undefined;
  kind?: string | undefined;
  category?: string | undefined;
  channel?: string | undefined;
}

/**
 * no_statistics: the role reads no figures, so it may not list what is behind them (403);
 * department_not_in_scope: a department, or "no department", the reader's figures do not cover
 * (403; items without a department are only in an all-departments reading); reversed, too_long:
 * the period (400), as for the figures.
 */
export type StatDrillDownProblem = 'no_statistics' | 'department_not_in_scope' | 'reversed' | 'too_long';

export function statDrillDownProblem(actor: Actor, drill: Pick<StatDrillDown, 'period' | 'departmentId'>): StatDrillDownProblem | null {
  const scope = statScope(actor);
  if (!scope) return 'no_statistics';
  if (drill.departmentId === null && !scope.all) return 'department_not_in_scope';
  if (typeof drill.departmentId === 'string' && !statScopeCovers(scope, drill.departmentId)) return 'department_not_in_scope';
  return statPeriodProblem(drill.period);
}

/** The departments the list may hold: the reader's scope, narrowed to the one asked for. Call after statDrillDownProblem. */
export function statDrillDownScope(actor: Actor, drill: Pick<StatDrillDown, 'departmentId'>): StatScope {
  const scope = statScope(actor) ?? { all: false, departmentIds: [] };
  return narrowStatScope(scope, drill.departmentId ?? undefined);
}

/** The row's dimensions hold for these facts (or this rating), within the scope. */
export function drillDimensionsMatch(d: StatDimensions, drill: StatDrillDown, scope: StatScope): boolean {
  if (!scope.all && (d.departmentId === null || !scope.departmentIds.includes(d.departmentId))) return false;
  if (drill.departmentId !== undefined && d.departmentId !== drill.departmentId) return false;
  if (drill.handlerId !== undefined && d.handlerId !== drill.handlerId) return false;
  if (drill.kind !== undefined && d.kind !== drill.kind) return false;
  if (drill.category !== undefined && d.category !== drill.category) return false;
  return drill.channel === undefined || d.channel === drill.channel;
}

/** The reference: the ids of the items a figure counted, sorted (the SQL in packages/db must list the same). */
export function statDrillDownItemIds(drill: StatDrillDown, scope: StatScope, facts: readonly ItemStatFacts[], ratings: readonly RatingFact[], now: Date): string[] {
  const rule = statFactRule(drill.fact);
  const ids = new Set<string>();
  if (rule.source === 'rating') {
    for (const r of ratings) if (drillDimensionsMatch(r, drill, scope) && ratingMatches(rule, r, drill.period)) ids.add(r.itemId);
  } else {
    for (const f of facts) if (drillDimensionsMatch(f, drill, scope) && factsMatch(rule, f, drill.period, now)) ids.add(f.itemId);
  }
  return [...ids].sort();
}

/** A row without a department or a handler, as a query writes it (departmentId=none). */
export const NO_DIMENSION = 'none';

/** The drill-down as the queue's query carries it (GET /api/work-items, a ledger's filters). */
export interface StatDrillDownQuery {
  fact?: StatFact | undefined;
  from?: string | undefined;
  to?: string | undefined;
  departmentId?: string | undefined;
  handlerId?: string | undefined;
  kind?: string | undefined;
  category?: string | undefined;
  channel?: string | undefined;
}

/** The fields that only mean something with a fact: given alone, the list could not know what to count (400). */
export const DRILL_DOWN_FIELDS = ['from', 'to', 'departmentId', 'handlerId', 'category', 'channel'] as const;
export const drillFieldsWithoutFact = (q: StatDrillDownQuery): string[] => (q.fact ? [] : DRILL_DOWN_FIELDS.filter((f) => q[f] !== undefined));

/** The query's drill-down, its period defaulted as the figures default it; null without a fact. */
export function statDrillDownOf(q: StatDrillDownQuery, now: Date): StatDrillDown | null {
  if (!q.fact) return null;
  const dimension = (v: string | undefined) => (v === NO_DIMENSION ? null : v);
  return {
    fact: q.fact,
    period: statPeriodOf(q.from, q.to, now),
    departmentId: dimension(q.departmentId),
    handlerId: dimension(q.handlerId),
    kind: q.kind,
    category: q.category,
    channel: q.channel,
  };
}

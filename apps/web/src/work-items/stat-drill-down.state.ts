import { isCalendarDate, NO_DIMENSION, STAT_FACTS, type StatFact } from '@parkflow/domain';

/*
 * 穿透 in the queue's URL: the dashboard links a figure to `/work-items?view=all&fact=…`, with the
 * figure's period and row (a department, a handler, a category, a channel; `none` for a row
 * without one). The queue lists the items the figure counted and shows which figure it is.
 */
export interface QueueDrillDown {
  fact: StatFact;
  from?: string;
  to?: string;
  departmentId?: string;
  handlerId?: string;
  category?: string;
  channel?: string;
}

export const DRILL_KEYS = ['fact', 'from', 'to', 'departmentId', 'handlerId', 'category', 'channel'] as const;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const CODE = /^[a-z][a-z0-9_]{0,63}$/;
const dimension = (raw: string | null) => (raw !== null && (raw === NO_DIMENSION || UUID.test(raw)) ? raw : undefined);
const code = (raw: string | null) => (raw !== null && CODE.test(raw) ? raw : undefined);
const day = (raw: string | null) => (raw !== null && isCalendarDate(raw) ? raw : undefined);

/** The drill-down in the URL, or undefined without a known fact; an odd value is dropped, not sent (the api would refuse it). */
export function parseDrillDown(params: URLSearchParams): QueueDrillDown | undefined {
  const fact = STAT_FACTS.find((f) => f === params.get('fact'));
  if (!fact) return undefined;
  const drill: QueueDrillDown = { fact };
  const put = <K extends keyof QueueDrillDown>(key: K, value: QueueDrillDown[K] | undefined) => value !== undefined && (drill[key] = value);
  put('from', day(params.get('from')));
  put('to', day(params.get('to')));
  put('departmentId', dimension(params.get('departmentId')));
  put('handlerId', dimension(params.get('handlerId')));
  put('category', code(params.get('category')));
  put('channel', code(params.get('channel')));
  return drill;
}

/** Writes the drill-down into `params` (or removes every trace of one). */
export function writeDrillDown(params: URLSearchParams, drill: QueueDrillDown | undefined): void {
  for (const key of DRILL_KEYS) {
    const value = drill?.[key];
    if (value === undefined) params.delete(key);
    else params.set(key, value);
  }
}

/** A figure's row as the statistics name it (a department id, null for none) → the drill-down's dimension value. */
export const rowDimension = (key: string | null): string => key ?? NO_DIMENSION;

/** The queue's URL for the items behind one figure (kind stays the queue's own filter). */
export function drillDownHref(queuePath: string, drill: QueueDrillDown, kind?: string): string {
  const params = new URLSearchParams({ view: 'all' });
  if (kind) params.set('kind', kind);
  writeDrillDown(params, drill);
  return `${queuePath}?${params.toString()}`;
}

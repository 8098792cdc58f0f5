import type { WorkItemEvent } from '@parkflow/contracts';

/** What an event says, as i18n keys under `event.*` with their parameters. */
export interface EventSummary {
  /** The event type: `registered`, `stage_job_processed`, or an unknown type shown as it is. */
  what: { key: 'registered' | 'stage_job_processed' } | { key: 'unknown'; type: string };
  /** What came of it, for events that carry a result. */
  result?:
    | { key: 'routed'; department: string }
    | { key: 'already_routed' | 'no_rule' }
    | { key: 'unknownResult'; result: string };
}

const KNOWN_TYPES = ['registered', 'stage_job_processed'] as const;

const asString = (value: unknown): string | null => (typeof value === 'string' && value.length > 0 ? value : null);

/**
 * Describes a timeline event. `departmentName` resolves a department id; when it cannot, the rule
 * code the worker routed by (e.g. `UTIL`) or the id itself is shown.
 */
export function summarizeEvent(
  event: Pick<WorkItemEvent, 'type' | 'data'>,
  departmentName: (id: string) => string | null,
): EventSummary {
  const known = KNOWN_TYPES.find((type) => type === event.type);
  const what: EventSummary['what'] = known ? { key: known } : { key: 'unknown', type: event.type };
  if (event.type !== 'stage_job_processed') return { what };

  const result = asString(event.data.result);
  if (result === null) return { what };
  if (result === 'routed') {
    const id = asString(event.data.departmentId);
    const department = (id && departmentName(id)) ?? asString(event.data.rule) ?? id ?? '?';
    return { what, result: { key: 'routed', department } };
  }
  if (result === 'already_routed' || result === 'no_rule') return { what, result: { key: result } };
  return { what, result: { key: 'unknownResult', result } };
}

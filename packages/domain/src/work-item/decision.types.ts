import type { DecisionWarning } from './decision-warning.types.js';
import type { DomainEvent, Effect, WorkItemState } from './work-item.types.js';

/** Why the rules refuse: maps to HTTP 403 (forbidden), 422 (invalid_status) and 400 (invalid_input). */
export type RefusalCode = 'forbidden' | 'invalid_status' | 'invalid_input';

export interface Refusal {
  code: RefusalCode;
  message: string;
  /** Field name → message, for invalid_input. */
  fields?: Record<string, string>;
}

export interface Accepted {
  ok: true;
  next: WorkItemState;
  events: DomainEvent[];
  effects: Effect[];
  /** Things the user should know but that do not stop the action (e.g. a deadline in an uncovered calendar year). */
  warnings: DecisionWarning[];
}

export type Decision = Accepted | { ok: false; refusal: Refusal };

export function refuse(code: RefusalCode, message: string, fields?: Record<string, string>): Decision {
  return fields ? { ok: false, refusal: { code, message, fields } } : { ok: false, refusal: { code, message } };
}

import type { DecisionWarning } from './decision-warning.types.js';
import type { RefusalCause } from './refusal-reason.types.js';
import type { DomainEvent, Effect, WorkItemState } from './work-item.types.js';

/** Why the rules refuse: maps to HTTP 403 (forbidden), 422 (invalid_status) and 400 (invalid_input). */
export type RefusalCode = 'forbidden' | 'invalid_status' | 'invalid_input';

/**
 * `code` is the HTTP class; `reason` and `params` say why, for the client to word
 * (refusal-reason.types.ts); `message` is the same in English, for logs and API clients.
 */
export type Refusal = RefusalCause & {
  code: RefusalCode;
  /** Field name → message, for invalid_input. */
  fields?: Record<string, string>;
};

export interface Accepted {
  ok: true;
  next: WorkItemState;
  events: DomainEvent[];
  effects: Effect[];
  /** Things the user should know but that do not stop the action (e.g. a deadline in an uncovered calendar year). */
  warnings: DecisionWarning[];
}

export type Decision = Accepted | { ok: false; refusal: Refusal };

/** A refusal decision; `cause` comes from `because(reason, params, message)`. */
export function refuse(code: RefusalCode, cause: RefusalCause, fields?: Record<string, string>): Decision {
  return fields ? { ok: false, refusal: { code, ...cause, fields } } : { ok: false, refusal: { code, ...cause } };
}

import type { ApiError } from '@parkflow/contracts';

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const optional = (value: unknown, check: (v: unknown) => boolean) => value === undefined || check(value);
const recordOf = (check: (v: unknown) => boolean) => (value: unknown) => isRecord(value) && Object.values(value).every(check);
const isString = (v: unknown) => typeof v === 'string';
const isParam = (v: unknown) => typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';
const isIssue = (v: unknown) => isRecord(v) && typeof v.code === 'string' && isRecord(v.params) && optional(v.line, Number.isInteger) && typeof v.message === 'string';
const issues = (v: unknown) => Array.isArray(v) && v.every(isIssue);

/**
 * An error answer's body as the contract's `ApiErrorSchema` describes it, or null when it is not
 * one. Written by hand, not with zod: every call on the queue route can fail, and zod (89 kB) is
 * not part of that route (docs/benchmarks.md). Checks what the client reads (`message`, `reason`,
 * `params`, `fields`, the arrangement `errors`/`warnings`); api-error.guard.spec.ts holds it to
 * the schema on the same bodies.
 */
export function readApiError(payload: unknown): ApiError | null {
  if (!isRecord(payload)) return null;
  const ok =
    Number.isInteger(payload.statusCode) &&
    typeof payload.error === 'string' &&
    typeof payload.message === 'string' &&
    optional(payload.fields, recordOf(isString)) &&
    optional(payload.reason, isString) &&
    optional(payload.params, recordOf(isParam)) &&
    optional(payload.errors, issues) &&
    optional(payload.warnings, issues);
  return ok ? (payload as ApiError) : null;
}

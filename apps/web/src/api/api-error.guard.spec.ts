import { ApiErrorSchema } from '@parkflow/contracts';
import { describe, expect, it } from 'vitest';
import { readApiError } from './api-error.guard';

const base = { statusCode: 422, error: 'Unprocessable Entity', message: 'wrong status' };

/** Bodies the schema accepts: the guard reads each of them as the same body. */
const VALID: unknown[] = [
  base,
  { ...base, reason: 'wrong_status', params: { action: 'accept', status: 'closed', days: 3, late: true } },
  { ...base, statusCode: 400, fields: { title: 'required', 'petitioner.phone': 'not a phone number' } },
  { ...base, errors: [{ code: 'bad_date', params: { day: 32 }, line: 2, message: 'no such day' }], warnings: [{ code: 'no_year', params: {}, message: 'no year' }] },
];

/** Bodies the schema refuses: the guard says "not an error body" (null) to each. */
const INVALID: unknown[] = [
  null,
  'Bad Gateway',
  [base],
  { ...base, statusCode: '422' },
  { ...base, statusCode: 422.5 },
  { statusCode: 500, error: 'Internal Server Error' },
  { ...base, reason: 7 },
  { ...base, params: { action: { nested: true } } },
  { ...base, fields: { title: 1 } },
  { ...base, errors: [{ code: 'bad_date', params: {}, line: 'two', message: 'x' }] },
  { ...base, warnings: [{ params: {}, message: 'no code' }] },
];

describe('readApiError', () => {
  it.each(VALID.map((body) => [body]))('reads %j as the schema does', (body) => {
    expect(ApiErrorSchema.safeParse(body).success).toBe(true);
    expect(readApiError(body)).toEqual(ApiErrorSchema.parse(body));
  });

  it.each(INVALID.map((body) => [body]))('refuses %j as the schema does', (body) => {
    expect(ApiErrorSchema.safeParse(body).success).toBe(false);
    expect(readApiError(body)).toBeNull();
  });
});

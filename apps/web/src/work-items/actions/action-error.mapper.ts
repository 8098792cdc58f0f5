import { ApiRequestError } from '../../api/api-client';
import { mapFieldErrors, type FieldPath, type MappedFieldErrors } from '../field-errors.mapper';
import type { RefusalBody } from './refusal-text.format';

/**
 * What went wrong with `POST /work-items/:id/actions`, as the form shows it:
 * - fields: 400 with a message per input, shown beside each field;
 * - conflict: 409, someone else changed the item (stale version): reload and tell the user;
 * - forbidden: 403, this user may not (any more);
 * - notNow: 422, the item is no longer where the action expects it;
 * - notFound: 404, the item is gone or no longer visible;
 * - other: network, 5xx, or a 400 without fields.
 * forbidden, notNow and other carry the body's reason and params beside the server's English
 * message (RefusalBody), for refusalText to word in the UI language.
 */
export type ActionFailure =
  | { kind: 'fields'; errors: MappedFieldErrors }
  | { kind: 'conflict' }
  | ({ kind: 'forbidden' } & RefusalBody)
  | ({ kind: 'notNow' } & RefusalBody)
  | { kind: 'notFound' }
  | ({ kind: 'other' } & RefusalBody);

export function classifyActionError(error: unknown, formFields: readonly FieldPath[]): ActionFailure {
  if (!(error instanceof ApiRequestError)) return { kind: 'other', message: error instanceof Error ? error.message : String(error) };
  const message = error.body?.message ?? error.message;
  const why = error.body?.reason === undefined ? {} : { reason: error.body.reason, params: error.body.params };
  switch (error.status) {
    case 400: {
      const fields = error.body?.fields;
      if (fields && Object.keys(fields).length > 0) return { kind: 'fields', errors: mapFieldErrors(fields, formFields) };
      return { kind: 'other', message, ...why };
    }
    case 403:
      return { kind: 'forbidden', message, ...why };
    case 404:
      return { kind: 'notFound' };
    case 409:
      return { kind: 'conflict' };
    case 422:
      return { kind: 'notNow', message, ...why };
    default:
      return { kind: 'other', message };
  }
}

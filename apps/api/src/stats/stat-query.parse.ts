import type { z } from 'zod';
import { InvalidInputException, zodFields } from '../http/zod-validation.pipe.js';

/** A stats query read by its contract: 400 with a message per field, never a half-read query. */
export function parseStatQuery<S extends z.ZodType>(schema: S, raw: unknown): z.output<S> {
  const result = schema.safeParse(raw ?? {});
  if (!result.success) throw new InvalidInputException('Invalid query', zodFields(result.error));
  return result.data;
}

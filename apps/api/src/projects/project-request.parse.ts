import type { z } from 'zod';
import { InvalidInputException, zodFields } from '../http/zod-validation.pipe.js';

/** A body checked against its contract after the role and the project were checked (a 403 or 404 says nothing about the body). */
export function parseBody<S extends z.ZodType>(schema: S, raw: unknown): z.output<S> {
  const result = schema.safeParse(raw ?? {});
  if (!result.success) throw new InvalidInputException('Invalid request body', zodFields(result.error));
  return result.data;
}

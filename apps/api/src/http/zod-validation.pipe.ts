import { BadRequestException, type PipeTransform } from '@nestjs/common';
import type { z } from 'zod';

/** Field path → message, the shape of `fields` in every 400. */
export function zodFields(error: z.ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.length > 0 ? issue.path.join('.') : '_';
    fields[key] ??= issue.message;
  }
  return fields;
}

/** A refusal's reason code and params (refusal.exception.ts); absent for a malformed request. */
export type RefusalWhyBody = { reason: string; params: Record<string, string | number | boolean> };

export class InvalidInputException extends BadRequestException {
  constructor(message: string, readonly fields: Record<string, string>, why?: RefusalWhyBody) {
    super({ message, fields, ...why });
  }
}

class ZodPipe<S extends z.ZodType> implements PipeTransform {
  constructor(
    private readonly schema: S,
    private readonly what: string,
  ) {}

  transform(value: unknown): z.infer<S> {
    const result = this.schema.safeParse(value ?? {});
    if (!result.success) throw new InvalidInputException(`Invalid ${this.what}`, zodFields(result.error));
    return result.data;
  }
}

/** Validates a request body against its contract schema: 400 with a message per field. */
export const ZodBody = <S extends z.ZodType>(schema: S) => new ZodPipe(schema, 'request body');
/** Validates the query string against its contract schema. */
export const ZodQuery = <S extends z.ZodType>(schema: S) => new ZodPipe(schema, 'query');

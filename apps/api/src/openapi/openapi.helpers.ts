import { ApiErrorSchema } from '@parkflow/contracts';
import { z } from 'zod';

/** JSON Schema pieces of the OpenAPI document, from the zod contracts. */
export type Json = Record<string, unknown>;
export const schema = (s: z.ZodType, io: 'input' | 'output' = 'output'): Json => z.toJSONSchema(s, { io, unrepresentable: 'any' }) as Json;
export const json = (s: z.ZodType, io: 'input' | 'output' = 'output') => ({ content: { 'application/json': { schema: schema(s, io) } } });
export const error = (description: string) => ({ description, ...json(ApiErrorSchema) });

export function queryParameters(s: z.ZodObject): Json[] {
  const props = (schema(s, 'input').properties ?? {}) as Record<string, Json>;
  return Object.entries(props).map(([name, p]) => ({ name, in: 'query', required: false, schema: p }));
}

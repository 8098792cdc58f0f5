import type * as Contracts from '@parkflow/contracts';
import type { ContractSchema, LazyContract } from './api-client';

type SchemaName = { [N in keyof typeof Contracts]: N extends `${string}Schema` ? N : never }[keyof typeof Contracts];
type Shape<N extends SchemaName> = (typeof Contracts)[N] extends { _output: infer T } ? T : never;

const load = () => import('@parkflow/contracts');

/**
 * A contract schema from `@parkflow/contracts`, loaded (with zod) in a chunk of its own: the
 * queue route's modules do not import zod, so the route is interactive before it arrives.
 * `check` (the default): the answer is used as it came and checked once the schema is there —
 * only for schemas without defaults or transforms, whose parse would return the same data.
 * `parse`: the call waits for the schema and returns its parse (a detail with event defaults).
 */
export function lazyContract<N extends SchemaName>(name: N, mode: LazyContract<unknown>['mode'] = 'check'): LazyContract<Shape<N>> {
  return { mode, lazy: () => load().then((contracts) => contracts[name] as unknown as ContractSchema<Shape<N>>) };
}

/** The same for an array of the schema's items (`schema.array()` once loaded). */
export function lazyArrayContract<N extends SchemaName>(name: N): LazyContract<Shape<N>[]> {
  return { mode: 'check', lazy: () => load().then((contracts) => (contracts[name] as unknown as { array(): ContractSchema<Shape<N>[]> }).array()) };
}

import type { KindContracts } from '@parkflow/contracts';
import type { KindRegistry } from '@parkflow/domain';

/*
 * The kind registry main.ts builds at start (built-in kinds, PARKFLOW_KIND_MODULES, the park's
 * overrides) and the HTTP contract built from it, injected wherever the api decides, validates
 * or describes: no module holds kinds of its own.
 */
export const KIND_REGISTRY = Symbol('KIND_REGISTRY');
export const KIND_CONTRACTS = Symbol('KIND_CONTRACTS');

export type { KindContracts, KindRegistry };

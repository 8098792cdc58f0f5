import { createKindRegistry } from '@parkflow/domain';

/**
 * TEMPORARY: the built-in kinds compiled into the web bundle, until the web builds its registry
 * from `GET /meta` (issue 9, next step). A park's overrides do not reach this copy.
 */
export const bundledKinds = createKindRegistry();

import * as all from './all.entities.js';

export * from './all.entities.js';

/** Every entity, for the DataSource: one list, in all.entities.ts. */
export const ENTITIES = Object.values(all);

import { Initial1763800000000 } from './1763800000000-initial.migration.js';

/** Every migration, oldest first. The schema is never synchronised from the entities. */
export const MIGRATIONS = [Initial1763800000000];

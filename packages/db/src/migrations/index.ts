import { Initial1763800000000 } from './1763800000000-initial.migration.js';
import { Workflow1763900000000 } from './1763900000000-workflow.migration.js';

/** Every migration, oldest first. The schema is never synchronised from the entities. */
export const MIGRATIONS = [Initial1763800000000, Workflow1763900000000];

export * from './queue-names.js';
export * from './job-registry.js';
export * from './queue-backend.js';
export * from './effect-jobs.js';

export * from './close-out-day.rule.js';
export * from './close-out-list.rule.js';
export * from './close-out-notice.js';
export * from './close-out-access.rule.js';

export * from './notice-type.catalog.js';
export * from './notice-placeholders.catalog.js';
export * from './notice-template.js';
export * from './notice-facts.js';
export * from './default-notice-templates.js';

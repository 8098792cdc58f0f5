/**
 * Units a deadline rule can be written in. `seconds` exists for test policies only (deadline
 * tests fire in seconds instead of days); real policies use the first three.
 */
export const DURATION_UNITS = ['calendar_days', 'working_days', 'working_hours', 'seconds'] as const;
export type DurationUnit = (typeof DURATION_UNITS)[number];

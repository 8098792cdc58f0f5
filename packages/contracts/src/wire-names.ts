/*
 * The contract's plain names and helpers, without zod: a second entry (`@parkflow/contracts/wire-names`)
 * for clients that must not download the schemas with them — the web's queue route, which loads
 * the schemas on demand (apps/web/src/api/lazy-contract.ts; docs/benchmarks.md).
 */
export { CSRF_COOKIE, CSRF_HEADER, SESSION_COOKIE, readCookieValue } from './session.contract.js';
export { WORK_ITEM_BUCKETS } from './work-item-buckets.js';

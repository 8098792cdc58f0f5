/**
 * Tells a database that cannot be reached (down, restarting, refusing connections, the connection
 * cut under a query) from a query that failed on its own merits. The first is the service being
 * away: the api answers 503 with Retry-After (api-exception.filter.ts) and the worker puts the job
 * back without spending one of its attempts (outage-tolerant.host.ts). The second is a bug: a 500,
 * a failed attempt.
 */

/** Socket errors of the connection itself (node's `code`). */
const SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);

/**
 * SQLSTATEs of a server going away or not taking connections: class 08 (connection exception),
 * 57P01 admin_shutdown (a fast stop or restart), 57P02 crash_shutdown, 57P03 cannot_connect_now
 * (starting up or recovering), 53300 too_many_connections.
 */
const SQLSTATES = new Set(['57P01', '57P02', '57P03', '53300']);

/** What pg and its pool say without a code when the socket closes or no connection comes. */
const MESSAGES = [/connection terminated/i, /timeout exceeded when trying to connect/i, /connection (is )?not (yet )?(open|established)/i, /client has encountered a connection error/i, /the database system is (starting up|shutting down|in recovery mode)/i];

/**
 * TypeORM releases a query runner whose connection reported an error; the transaction's next query
 * then raises this. In ParkFlow's code that only follows a connection cut under a transaction, so
 * it counts as the database away (a runner used after its own release would be a bug shown as 503).
 */
const RELEASED_RUNNER = 'QueryRunnerAlreadyReleasedError';

function own(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  if ((error as { name?: unknown }).name === RELEASED_RUNNER) return true;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && (SOCKET_CODES.has(code) || SQLSTATES.has(code) || code.startsWith('08'))) return true;
  const message = (error as { message?: unknown }).message;
  return typeof message === 'string' && MESSAGES.some((m) => m.test(message));
}

/** True when the error, or what it wraps (TypeORM's driverError, a cause, an AggregateError's errors), is the database being away. */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (depth > 4 || typeof error !== 'object' || error === null) return false;
  if (own(error)) return true;
  const e = error as { driverError?: unknown; cause?: unknown; errors?: unknown };
  const inner = [e.driverError, e.cause, ...(Array.isArray(e.errors) ? e.errors : [])];
  return inner.some((i) => isDatabaseUnavailable(i, depth + 1));
}

import { ServiceUnavailableException } from '@nestjs/common';

/** What @nestjs/throttler's storage returns (its own type is not exported from the package root). */
export interface ThrottlerStorageRecord {
  totalHits: number;
  timeToExpire: number;
  isBlocked: boolean;
  timeToBlockExpire: number;
}

/** One key's counter: hits in the window that ends at `windowEndsAt`, and a block, if any. */
export interface ThrottleState {
  hits: number;
  windowEndsAt: number;
  blockedUntil: number | null;
}

/**
 * The counting rule both stores share (Redis in production, PostgreSQL without Redis): a fixed
 * window of `ttlMs` from the first hit; the hit past `limit` blocks the key for `blockMs`; a
 * blocked key's hits are not counted; when the block ends the key starts afresh. Times in ms,
 * the record's times in seconds, as @nestjs/throttler's own storage reports them.
 */
export function nextThrottleState(previous: ThrottleState | null, now: number, ttlMs: number, limit: number, blockMs: number): { state: ThrottleState; record: ThrottlerStorageRecord } {
  let state: ThrottleState;
  if (previous && previous.blockedUntil !== null && previous.blockedUntil > now) {
    state = previous;
  } else if (!previous || previous.windowEndsAt <= now || previous.blockedUntil !== null) {
    state = { hits: 1, windowEndsAt: now + ttlMs, blockedUntil: null };
  } else {
    state = { ...previous, hits: previous.hits + 1 };
  }
  if (state.blockedUntil === null && state.hits > limit) state = { ...state, blockedUntil: now + blockMs };
  return { state, record: throttleRecord(state, now) };
}

/** A key's state as @nestjs/throttler wants it answered, at `now`. */
export function throttleRecord(state: ThrottleState, now: number): ThrottlerStorageRecord {
  const seconds = (ms: number) => Math.max(0, Math.ceil(ms / 1000));
  return {
    totalHits: state.hits,
    timeToExpire: seconds(state.windowEndsAt - now),
    isBlocked: state.blockedUntil !== null && state.blockedUntil > now,
    timeToBlockExpire: state.blockedUntil !== null ? seconds(state.blockedUntil - now) : 0,
  };
}

/** Without its counters sign-in would be unthrottled: both stores refuse it plainly (503), never a 500. */
export function throttleStoreUnavailable(error: unknown): ServiceUnavailableException {
  return new ServiceUnavailableException(`Sign-in is unavailable: the throttle counters cannot be reached (${error instanceof Error ? error.message : String(error)})`);
}

import { describe, expect, it } from 'vitest';
import { nextThrottleState, type ThrottleState } from './throttle-window.js';

describe('the sign-in throttle window', () => {
  const step = (prev: ThrottleState | null, now: number) => nextThrottleState(prev, now, 60_000, 3, 120_000);

  it('counts hits in the window, blocks the hit past the limit, and holds the block without counting', () => {
    let s: ThrottleState | null = null;
    for (let i = 1; i <= 3; i += 1) {
      const r = step(s, i * 1000);
      expect(r.record).toMatchObject({ totalHits: i, isBlocked: false });
      s = r.state;
    }
    const blocked = step(s, 4000);
    expect(blocked.record).toMatchObject({ totalHits: 4, isBlocked: true, timeToBlockExpire: 120 });
    const still = step(blocked.state, 60_000);
    expect(still.record).toMatchObject({ totalHits: 4, isBlocked: true, timeToBlockExpire: 64 });
  });

  it('starts afresh after the window or the block ends', () => {
    const first = step(null, 0);
    expect(step(first.state, 61_000).record).toMatchObject({ totalHits: 1, isBlocked: false });
    const blocked: ThrottleState = { hits: 4, windowEndsAt: 60_000, blockedUntil: 100_000 };
    expect(step(blocked, 100_001).record).toMatchObject({ totalHits: 1, isBlocked: false, timeToBlockExpire: 0 });
  });
});

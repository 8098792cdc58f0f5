import type { WorkItem } from '@parkflow/contracts';
import { afterEach, describe, expect, it } from 'vitest';
import { currentDeadline, formatCurrentDeadline, formatShanghai } from './shanghai-time.format';

type Deadline = WorkItem['deadlines'][number];

const deadline = (over: Partial<Deadline>): Deadline => ({
  stage: 'assign',
  stageSeq: 1,
  startedAt: '2026-11-20T01:00:00.000Z',
  dueAt: '2026-11-20T09:30:00.000Z',
  warnAt: '2026-11-20T08:00:00.000Z',
  amount: 0,
  unit: 'working_days',
  metAt: null,
  ...over,
});

describe('formatShanghai', () => {
  const originalTz = process.env.TZ;
  afterEach(() => {
    process.env.TZ = originalTz;
  });

  it('shows an instant in UTC+8', () => {
    expect(formatShanghai('2026-11-20T09:30:00.000Z')).toBe('2026-11-20 17:30');
  });

  it('crosses midnight into the next Shanghai day', () => {
    expect(formatShanghai('2026-12-31T16:00:00Z')).toBe('2027-01-01 00:00');
  });

  it('honours an explicit offset in the input', () => {
    expect(formatShanghai('2026-11-20T17:30:00+08:00')).toBe('2026-11-20 17:30');
  });

  it('does not depend on the host time zone', () => {
    for (const tz of ['America/Los_Angeles', 'Europe/Berlin', 'Asia/Kolkata', 'UTC']) {
      process.env.TZ = tz;
      expect(formatShanghai('2026-03-29T01:30:00Z')).toBe('2026-03-29 09:30');
    }
  });

  it('returns null for missing or invalid input', () => {
    expect(formatShanghai(null)).toBeNull();
    expect(formatShanghai(undefined)).toBeNull();
    expect(formatShanghai('')).toBeNull();
    expect(formatShanghai('not a date')).toBeNull();
  });

  it('accepts a custom pattern', () => {
    expect(formatShanghai('2026-11-20T09:30:05Z', 'YYYY-MM-DD HH:mm:ss')).toBe('2026-11-20 17:30:05');
  });
});

describe('currentDeadline', () => {
  it('picks the entry whose deadline is not met', () => {
    const met = deadline({ stageSeq: 1, metAt: '2026-11-20T03:00:00Z' });
    const open = deadline({ stage: 'handle', stageSeq: 2, dueAt: '2026-11-27T09:30:00Z' });
    expect(currentDeadline([met, open])).toBe(open);
    expect(formatCurrentDeadline([met, open])).toBe('2026-11-27 17:30');
  });

  it('prefers the latest stage entry if several are open', () => {
    const older = deadline({ stageSeq: 1 });
    const newer = deadline({ stage: 'handle', stageSeq: 2 });
    expect(currentDeadline([newer, older])).toBe(newer);
  });

  it('is null when every deadline is met', () => {
    expect(currentDeadline([deadline({ metAt: '2026-11-20T03:00:00Z' })])).toBeNull();
    expect(formatCurrentDeadline([])).toBeNull();
  });
});

import { createWorkCalendar } from '@parkflow/domain';
import { describe, expect, it } from 'vitest';
import { demoInstant } from './demo-clock.js';

const calendar = createWorkCalendar();
const shanghai = (local: string) => new Date(`${local}+08:00`);

describe('demo times', () => {
  it('count back whole working days on the official calendar, in Asia/Shanghai', () => {
    // Thursday after the National Day holiday (1–7 October 2026): the working day before is 30 September.
    const now = shanghai('2026-10-08T10:00:00');
    expect(demoInstant({ day: -1, hour: 2 }, now, calendar)).toEqual(shanghai('2026-09-30T11:00:00'));
    expect(demoInstant({ day: -2 }, now, calendar)).toEqual(shanghai('2026-09-29T09:00:00'));
    // Office hours skip lunch: 4 hours after opening is 14:30; 7 is closing time.
    expect(demoInstant({ day: -1, hour: 4 }, now, calendar)).toEqual(shanghai('2026-09-30T14:30:00'));
    expect(demoInstant({ day: -1, hour: 7 }, now, calendar)).toEqual(shanghai('2026-09-30T17:30:00'));
    // Saturday 10 October is a make-up working day, so it is "the working day before" Sunday the 11th.
    expect(demoInstant({ day: -1 }, shanghai('2026-10-11T08:00:00'), calendar)).toEqual(shanghai('2026-10-10T09:00:00'));
    expect(demoInstant('now', now, calendar)).toBe(now);
  });

  it('refuse today, fractions of days and hours past closing', () => {
    const now = shanghai('2026-10-08T10:00:00');
    expect(() => demoInstant({ day: 0 }, now, calendar)).toThrow(/-1 or less/);
    expect(() => demoInstant({ day: -1.5 }, now, calendar)).toThrow(/-1 or less/);
    expect(() => demoInstant({ day: -1, hour: 8 }, now, calendar)).toThrow(/past the end of the working day/);
  });
});

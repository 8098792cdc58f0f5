import { describe, expect, it } from 'vitest';
import { createWorkCalendar } from '../calendar/work-calendar.js';
import { closeOutAt, closeOutCheck, closeOutDayOf, nextCloseOutAt } from './close-out-day.rule.js';

/*
 * The close-out's days on the official 2026 calendar (National Day: 1–7 October off, Sunday
 * 20 September and Saturday 10 October worked), driven by the instant passed in — no waiting,
 * no host clock or time zone.
 */
const official = createWorkCalendar();
const beijing = (wall: string) => new Date(`${wall}+08:00`);

describe('closeOutAt', () => {
  it('runs at the office closing time, 17:30 Beijing, on an ordinary working day', () => {
    expect(closeOutAt('2026-03-04', official)?.toISOString()).toBe('2026-03-04T09:30:00.000Z'); // Wednesday
  });

  it('runs on a make-up working day (调休): Saturday 10 October 2026', () => {
    expect(closeOutAt('2026-10-10', official)).toEqual(beijing('2026-10-10T17:30:00'));
    expect(closeOutAt('2026-09-20', official)).toEqual(beijing('2026-09-20T17:30:00')); // the Sunday one
  });

  it('skips a holiday Monday: Monday 5 October 2026, inside National Day', () => {
    expect(closeOutAt('2026-10-05', official)).toBeNull();
  });

  it('skips an ordinary Sunday and Saturday', () => {
    expect(closeOutAt('2026-03-08', official)).toBeNull();
    expect(closeOutAt('2026-03-07', official)).toBeNull();
  });

  it('follows the admins’ overrides, as the deadlines do', () => {
    const park = createWorkCalendar([
      { date: '2026-03-04', kind: 'holiday', name: '园区运动会' },
      { date: '2026-03-08', kind: 'workday' },
    ]);
    expect(closeOutAt('2026-03-04', park)).toBeNull();
    expect(closeOutAt('2026-03-08', park)).toEqual(beijing('2026-03-08T17:30:00'));
  });

  it('refuses a day that is not a date', () => {
    expect(() => closeOutAt('2026-02-30', official)).toThrow(/No such calendar date/);
  });
});

describe('closeOutDayOf', () => {
  it('takes the Beijing day of the instant, not the UTC one', () => {
    // 2026-10-09 Friday 23:30 UTC is already Saturday 10 October (a make-up day) in Beijing.
    expect(closeOutDayOf(new Date('2026-10-09T23:30:00Z'), official)).toEqual({ day: '2026-10-10', working: true });
    expect(closeOutDayOf(new Date('2026-10-04T16:30:00Z'), official)).toEqual({ day: '2026-10-05', working: false });
  });
});

describe('closeOutCheck', () => {
  it('runs a working day’s job, the make-up Saturday’s too, and skips a holiday Monday and a Sunday', () => {
    expect(closeOutCheck('2026-10-10', beijing('2026-10-10T17:30:00'), official)).toBe('run');
    expect(closeOutCheck('2026-10-05', beijing('2026-10-05T17:30:00'), official)).toBe('rest_day');
    expect(closeOutCheck('2026-03-08', beijing('2026-03-08T17:30:00'), official)).toBe('rest_day');
  });

  it('re-reads the calendar: a day an admin made a holiday after it was scheduled is skipped', () => {
    const park = createWorkCalendar([{ date: '2026-03-04', kind: 'holiday', name: '园区运动会' }]);
    expect(closeOutCheck('2026-03-04', beijing('2026-03-04T17:30:00'), official)).toBe('run');
    expect(closeOutCheck('2026-03-04', beijing('2026-03-04T17:30:00'), park)).toBe('rest_day');
  });

  it('runs a past day late, and never a day still to come', () => {
    expect(closeOutCheck('2026-03-04', beijing('2026-03-05T08:00:00'), official)).toBe('run');
    expect(closeOutCheck('2026-03-05', beijing('2026-03-04T23:59:59'), official)).toBe('future_day');
  });
});

describe('nextCloseOutAt', () => {
  it('is today’s close-out while the office is open, tomorrow’s from 17:30 on', () => {
    expect(nextCloseOutAt(beijing('2026-03-04T09:00:00'), official)).toEqual({ day: '2026-03-04', at: beijing('2026-03-04T17:30:00') });
    expect(nextCloseOutAt(beijing('2026-03-04T17:29:59.999'), official).day).toBe('2026-03-04');
    // The run itself, at 17:30 sharp, schedules the next working day, never itself again.
    expect(nextCloseOutAt(beijing('2026-03-04T17:30:00'), official)).toEqual({ day: '2026-03-05', at: beijing('2026-03-05T17:30:00') });
  });

  it('passes over an ordinary weekend', () => {
    expect(nextCloseOutAt(beijing('2026-03-06T17:30:00'), official)).toEqual({ day: '2026-03-09', at: beijing('2026-03-09T17:30:00') });
    expect(nextCloseOutAt(beijing('2026-03-08T12:00:00'), official).day).toBe('2026-03-09');
  });

  it('passes over the National Day holidays, the Monday among them, to the next working day', () => {
    expect(nextCloseOutAt(beijing('2026-09-30T17:30:00'), official)).toEqual({ day: '2026-10-08', at: beijing('2026-10-08T17:30:00') });
    expect(nextCloseOutAt(beijing('2026-10-05T09:00:00'), official).day).toBe('2026-10-08');
  });

  it('lands on the make-up Saturday after a working Friday', () => {
    expect(nextCloseOutAt(beijing('2026-10-09T17:30:00'), official)).toEqual({ day: '2026-10-10', at: beijing('2026-10-10T17:30:00') });
    expect(nextCloseOutAt(beijing('2026-09-19T20:00:00'), official).day).toBe('2026-09-20');
  });

  it('gives the same answer whatever the host time zone', () => {
    const before = process.env.TZ;
    try {
      for (const tz of ['UTC', 'America/Los_Angeles', 'Asia/Shanghai']) {
        process.env.TZ = tz;
        expect(nextCloseOutAt(new Date('2026-10-09T09:30:00Z'), official).at.toISOString(), tz).toBe('2026-10-10T09:30:00.000Z');
      }
    } finally {
      if (before === undefined) delete process.env.TZ;
      else process.env.TZ = before;
    }
  });

  it('stops with an error on a calendar with no working day at all', () => {
    const never = { ...official, isWorkingDay: () => false };
    expect(() => nextCloseOutAt(beijing('2026-03-04T09:00:00'), never)).toThrow(/No working day/);
  });
});

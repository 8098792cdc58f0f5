import { describe, expect, it } from 'vitest';
import { CalendarInputError } from './calendar-input.error.js';
import { createWorkCalendar } from './work-calendar.js';

const arrangement2027 = {
  year: 2027,
  days: [
    { date: '2027-02-09', kind: 'holiday' as const, name: '春节' }, // a Tuesday
    { date: '2027-02-20', kind: 'workday' as const, name: '春节' }, // a Saturday
  ],
};

describe('createWorkCalendar with a loaded arrangement', () => {
  it('makes the year official and its days replace the statute’s', () => {
    const calendar = createWorkCalendar([], undefined, [arrangement2027]);
    expect(calendar.covers(2027)).toBe(true);
    expect(calendar.isProvisional(2027)).toBe(false);
    expect(calendar.dayInfo('2027-02-09')).toEqual({ date: '2027-02-09', working: false, source: 'arrangement', name: '春节' });
    expect(calendar.dayInfo('2027-02-20')).toEqual({ date: '2027-02-20', working: true, source: 'arrangement', name: '春节' });
    // The statute's 元旦 is not in this (partial) arrangement: a plain Friday of a covered year.
    expect(calendar.dayInfo('2027-01-01')).toEqual({ date: '2027-01-01', working: true, source: 'weekday', name: null });
    expect(createWorkCalendar().dayInfo('2027-01-01').source).toBe('statutory');
  });

  it('replaces chinese-days’ days of a year it knows', () => {
    const calendar = createWorkCalendar([], undefined, [{ year: 2026, days: [{ date: '2026-10-09', kind: 'holiday', name: '国庆节' }] }]);
    expect(calendar.isWorkingDay('2026-10-09')).toBe(false);
    // 2026-10-01 is official in chinese-days but not in this arrangement: the arrangement wins.
    expect(calendar.dayInfo('2026-10-01')).toMatchObject({ working: true, source: 'weekday' });
  });

  it('lets an admin’s single-day override win over the arrangement', () => {
    const calendar = createWorkCalendar([{ date: '2027-02-09', kind: 'workday', name: '值班' }], undefined, [arrangement2027]);
    expect(calendar.dayInfo('2027-02-09')).toMatchObject({ working: true, source: 'override' });
  });

  it('refuses a stored arrangement with a day of another year', () => {
    expect(() => createWorkCalendar([], undefined, [{ year: 2027, days: [{ date: '2028-01-01', kind: 'holiday', name: 'x' }] }])).toThrow(CalendarInputError);
  });
});

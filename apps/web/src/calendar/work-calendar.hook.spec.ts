import type { CalendarYear } from '@parkflow/contracts';
import { createWorkCalendar } from '@parkflow/domain';
import { describe, expect, it } from 'vitest';
import { arrangementsOf, overridesOf } from './work-calendar.hook';

const year: CalendarYear = {
  year: 2027,
  covered: false,
  provisional: true,
  days: [
    { date: '2027-01-01', working: false, source: 'statutory', name: '元旦' },
    { date: '2027-01-04', working: false, source: 'override', name: '园区运动会' },
    { date: '2027-01-09', working: true, source: 'override', name: null },
    { date: '2027-01-11', working: true, source: 'weekday', name: null },
  ],
};

describe('overridesOf', () => {
  it('keeps only the administrators’ overrides, as the domain’s override kinds', () => {
    expect(overridesOf(year)).toEqual([
      { date: '2027-01-04', kind: 'holiday', name: '园区运动会' },
      { date: '2027-01-09', kind: 'workday', name: null },
    ]);
    expect(overridesOf(undefined)).toEqual([]);
  });

  it('gives a calendar that follows them: a Monday off, a Saturday at work', () => {
    const calendar = createWorkCalendar(overridesOf(year));
    expect(calendar.isWorkingDay('2027-01-04')).toBe(false);
    expect(calendar.isWorkingDay('2027-01-09')).toBe(true);
    expect(calendar.isWorkingDay('2027-01-11')).toBe(true);
    // Overrides do not publish the arrangement; the statute still rules the rest of 2027.
    expect(calendar.covers(2027)).toBe(false);
    expect(calendar.isProvisional(2027)).toBe(true);
    expect(calendar.isWorkingDay('2027-01-01')).toBe(false);
  });
});

describe('arrangementsOf', () => {
  it('rebuilds a loaded year’s arrangement, so the browser’s countdowns treat the year as official', () => {
    const loaded: CalendarYear = {
      year: 2027,
      covered: true,
      provisional: false,
      days: [
        { date: '2027-01-01', working: false, source: 'arrangement', name: '元旦' },
        { date: '2027-01-02', working: true, source: 'arrangement', name: '元旦' },
        { date: '2027-01-04', working: true, source: 'weekday', name: null },
      ],
    };
    const arrangements = arrangementsOf(loaded);
    expect(arrangements).toEqual([{ year: 2027, days: [{ date: '2027-01-01', kind: 'holiday', name: '元旦' }, { date: '2027-01-02', kind: 'workday', name: '元旦' }] }]);
    const calendar = createWorkCalendar([], undefined, arrangements);
    expect(calendar.covers(2027)).toBe(true);
    expect(calendar.isWorkingDay('2027-01-02')).toBe(true);
    expect(arrangementsOf(year)).toEqual([]);
  });
});

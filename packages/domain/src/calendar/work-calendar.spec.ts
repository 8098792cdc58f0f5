import { describe, expect, it } from 'vitest';
import { CalendarInputError } from './calendar-input.error.js';
import { DEFAULT_OFFICE_HOURS } from './office-hours.js';
import { createWorkCalendar } from './work-calendar.js';

const official = createWorkCalendar();
const withOverrides = createWorkCalendar([
  { date: '2027-03-03', kind: 'holiday', name: '园区运动会' }, // a Wednesday
  { date: '2027-03-06', kind: 'workday' }, // a Saturday
  { date: '2026-10-08', kind: 'holiday', name: '延长假期' }, // an official working day
]);

describe('createWorkCalendar', () => {
  it.each([
    ['2026-09-18', true, 'weekday', null], // Friday
    ['2026-09-19', false, 'weekday', null], // plain Saturday
    ['2026-09-20', true, 'official', '国庆节'], // Sunday make-up day (调休上班) before National Day
    ['2026-10-01', false, 'official', '国庆节'],
    ['2026-10-10', true, 'official', '国庆节'], // Saturday make-up day
    ['2026-02-14', true, 'official', '春节'],
    ['2026-02-16', false, 'official', '春节'], // a Monday inside the Spring Festival
    ['2027-03-03', true, 'uncovered', null], // no 2027 arrangement: Mon-Fri …
    ['2027-03-06', false, 'uncovered', null],
    ['2027-01-01', false, 'statutory', '元旦'], // … except the statute's fixed holidays
    ['2027-10-01', false, 'statutory', '国庆节'],
  ] as const)('official calendar: %s → working=%s (%s)', (date, working, source, name) => {
    expect(official.dayInfo(date)).toEqual({ date, working, source, name });
    expect(official.isWorkingDay(date)).toBe(working);
  });

  it('lets overrides win over official data and the weekday rule', () => {
    expect(withOverrides.dayInfo('2027-03-03')).toEqual({ date: '2027-03-03', working: false, source: 'override', name: '园区运动会' });
    expect(withOverrides.dayInfo('2027-03-06')).toEqual({ date: '2027-03-06', working: true, source: 'override', name: null });
    expect(withOverrides.isWorkingDay('2026-10-08')).toBe(false);
    // An override covers its own day only: the rest of 2027 still awaits the arrangement.
    expect(withOverrides.dayInfo('2027-03-04').source).toBe('uncovered');
  });

  it('reports coverage per year', () => {
    expect(official.covers(2004)).toBe(true);
    expect(official.covers(2026)).toBe(true);
    expect(official.covers(2027)).toBe(false);
    expect(official.covers(2003)).toBe(false);
    // Overrides never make a year covered (they used to: one park holiday hid the warning).
    expect(withOverrides.covers(2027)).toBe(false);
    expect(withOverrides.covers(2028)).toBe(false);
  });

  it('marks uncovered years the statute applies to as provisional', () => {
    expect(official.isProvisional(2026)).toBe(false); // published
    expect(official.isProvisional(2027)).toBe(true);
    expect(withOverrides.isProvisional(2027)).toBe(true);
    expect(official.isProvisional(2099)).toBe(true);
    expect(official.isProvisional(2003)).toBe(false); // before the amended statute: plain guess
    expect(official.isProvisional(2100)).toBe(false); // beyond the lunar table
  });

  it('uses the default office hours 09:00-12:00, 13:30-17:30', () => {
    expect(official.officeHours).toBe(DEFAULT_OFFICE_HOURS);
    expect(DEFAULT_OFFICE_HOURS.periods).toEqual([
      { start: 540, end: 720 },
      { start: 810, end: 1050 },
    ]);
  });

  it('rejects contradicting, malformed or unknown overrides', () => {
    const conflict = () =>
      createWorkCalendar([
        { date: '2027-01-04', kind: 'holiday' },
        { date: '2027-01-04', kind: 'workday' },
      ]);
    expect(conflict).toThrow(CalendarInputError);
    expect(conflict).toThrow(/Conflicting overrides for 2027-01-04/);
    expect(() => createWorkCalendar([{ date: '2027-02-29', kind: 'holiday' }])).toThrow(CalendarInputError);
    expect(() => createWorkCalendar([{ date: '2027-01-04', kind: 'rest' as 'holiday' }])).toThrow(/Unknown override kind/);
    // Identical duplicates are harmless.
    expect(() =>
      createWorkCalendar([
        { date: '2027-01-04', kind: 'holiday' },
        { date: '2027-01-04', kind: 'holiday' },
      ]),
    ).not.toThrow();
  });

  it('rejects broken office hours', () => {
    expect(() => createWorkCalendar([], { periods: [] })).toThrow(CalendarInputError);
    expect(() => createWorkCalendar([], { periods: [{ start: 600, end: 540 }] })).toThrow(CalendarInputError);
    expect(() =>
      createWorkCalendar([], {
        periods: [
          { start: 540, end: 720 },
          { start: 700, end: 800 },
        ],
      }),
    ).toThrow(CalendarInputError);
    expect(() => createWorkCalendar([], { periods: [{ start: 540, end: 1500 }] })).toThrow(CalendarInputError);
  });

  it('rejects malformed dates and years', () => {
    expect(() => official.isWorkingDay('2026/09/18')).toThrow(CalendarInputError);
    expect(() => official.dayInfo('2026-02-29')).toThrow(CalendarInputError);
    expect(() => official.covers(2026.5)).toThrow(CalendarInputError);
  });
});

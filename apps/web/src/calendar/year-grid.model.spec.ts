import { describe, expect, it } from 'vitest';
import { choicesFor, dayChange, daysInMonth, monthWeeks, shanghaiYear } from './year-grid.model';

describe('monthWeeks', () => {
  it('lays a month out in Monday-first weeks', () => {
    // 2027-02-01 is a Monday; February 2027 has 28 days: exactly four weeks.
    const february = monthWeeks(2027, 2);
    expect(february).toHaveLength(4);
    expect(february[0]).toEqual(['2027-02-01', '2027-02-02', '2027-02-03', '2027-02-04', '2027-02-05', '2027-02-06', '2027-02-07']);
  });

  it('pads the first and last week with blanks', () => {
    // 2026-10-01 is a Thursday.
    const october = monthWeeks(2026, 10);
    expect(october[0]).toEqual([null, null, null, '2026-10-01', '2026-10-02', '2026-10-03', '2026-10-04']);
    expect(october.at(-1)).toEqual(['2026-10-26', '2026-10-27', '2026-10-28', '2026-10-29', '2026-10-30', '2026-10-31', null]);
    expect(october.flat().filter(Boolean)).toHaveLength(31);
  });

  it('knows leap years', () => {
    expect(daysInMonth(2028, 2)).toBe(29);
    expect(daysInMonth(2027, 2)).toBe(28);
  });
});

describe('shanghaiYear', () => {
  it('is already next year on New Year’s Eve after 16:00 UTC', () => {
    expect(shanghaiYear(new Date('2026-12-31T15:59:00Z'))).toBe(2026);
    expect(shanghaiYear(new Date('2026-12-31T16:00:00Z'))).toBe(2027);
  });
});

describe('dayChange and choicesFor', () => {
  it('turns a choice into the API call', () => {
    expect(dayChange('holiday', '  园区运动会 ')).toEqual({ method: 'PUT', body: { kind: 'holiday', name: '园区运动会' } });
    expect(dayChange('workday', '')).toEqual({ method: 'PUT', body: { kind: 'workday', name: null } });
    expect(dayChange('reset', 'ignored')).toEqual({ method: 'DELETE' });
  });

  it('offers the opposite of the day’s state, and a reset for an override', () => {
    expect(choicesFor({ working: true, source: 'weekday' })).toEqual(['holiday']);
    expect(choicesFor({ working: false, source: 'official' })).toEqual(['workday']);
    expect(choicesFor({ working: false, source: 'statutory' })).toEqual(['workday']); // a provisional year's holiday
    expect(choicesFor({ working: false, source: 'override' })).toEqual(['workday', 'reset']);
  });
});

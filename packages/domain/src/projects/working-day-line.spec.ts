import { describe, expect, it } from 'vitest';
import { createWorkCalendar } from '../calendar/work-calendar.js';
import { createWorkingDayLine } from './working-day-line.js';

/*
 * Around National Day 2026 (chinese-days 1.5.7): 中秋 Fri 25 Sep (with the weekend after it) and
 * 国庆 Thu 1 - Wed 7 Oct are off; Sun 20 Sep and Sat 10 Oct are make-up working days. The working
 * days in a row: Fri 18, Sun 20, Mon 21 … Thu 24, Mon 28, Tue 29, Wed 30 Sep, Thu 8, Fri 9,
 * Sat 10, Mon 12 Oct.
 */
const calendar = createWorkCalendar();
const ROW = ['2026-09-18', '2026-09-20', '2026-09-21', '2026-09-22', '2026-09-23', '2026-09-24', '2026-09-28', '2026-09-29', '2026-09-30', '2026-10-08', '2026-10-09', '2026-10-10', '2026-10-12'];

describe('the working-day line', () => {
  it('numbers the working days in a row, make-up days included, from either side of the anchor', () => {
    for (const anchor of ['2026-09-18', '2026-09-26', '2026-10-12']) {
      const line = createWorkingDayLine(calendar, anchor);
      const first = line.onOrAfter(ROW[0]!);
      expect(ROW.map((_, i) => line.dateOf(first + i))).toEqual(ROW);
      expect(ROW.map((d) => line.onOrAfter(d) - first)).toEqual(ROW.map((_, i) => i));
    }
  });

  it('rounds a day off to the working day before or after it', () => {
    const line = createWorkingDayLine(calendar, '2026-10-01');
    expect(line.dateOf(line.onOrBefore('2026-10-05'))).toBe('2026-09-30');
    expect(line.dateOf(line.onOrAfter('2026-10-05'))).toBe('2026-10-08');
    expect(line.dateOf(line.onOrBefore('2026-09-19'))).toBe('2026-09-18');
    expect(line.dateOf(line.onOrAfter('2026-09-19'))).toBe('2026-09-20');
    expect(line.dateOf(line.onOrBefore('2026-10-11'))).toBe('2026-10-10');
  });

  it('counts working days after one day up to and including another, negative backwards', () => {
    const line = createWorkingDayLine(calendar, '2026-09-01');
    expect(line.between('2026-09-30', '2026-10-08')).toBe(1);
    expect(line.between('2026-10-08', '2026-09-30')).toBe(-1);
    expect(line.between('2026-09-24', '2026-10-12')).toBe(7);
    expect(line.between('2026-10-01', '2026-10-07')).toBe(0);
    expect(line.between('2026-09-30', '2026-09-30')).toBe(0);
  });
});

import { createWorkCalendar } from '@parkflow/domain';
import { testTranslator } from '../i18n/test-translator.fixture';
import { beforeAll, describe, expect, it } from 'vitest';
import { deadlineCountdown, formatCountdown, officeTimeBetween, splitSpan, type CountdownT } from './working-countdown';

const at = (local: string) => new Date(`${local}+08:00`);
const H = 3_600_000;
const calendar = createWorkCalendar();

let zh: CountdownT;
let english: CountdownT;
beforeAll(async () => {
  zh = (await testTranslator('zh-CN')) as unknown as CountdownT;
  english = (await testTranslator('en')) as unknown as CountdownT;
});

describe('officeTimeBetween', () => {
  it('counts office hours only, skipping the lunch break and the night', () => {
    expect(officeTimeBetween(calendar, at('2026-11-16T11:00:00'), at('2026-11-16T14:00:00'))).toBe(1.5 * H);
    expect(officeTimeBetween(calendar, at('2026-11-16T17:00:00'), at('2026-11-17T09:30:00'))).toBe(1 * H);
  });

  it('skips weekends and the National Day holiday, counts a make-up Saturday', () => {
    // Fri 16:30 → Mon 10:00: 1 h on Friday, 1 h on Monday.
    expect(officeTimeBetween(calendar, at('2026-11-13T16:30:00'), at('2026-11-16T10:00:00'))).toBe(2 * H);
    // 2026-10-01..07 are holidays, Saturday 2026-10-10 is a working day.
    expect(officeTimeBetween(calendar, at('2026-09-30T17:00:00'), at('2026-10-08T09:00:00'))).toBe(0.5 * H);
    expect(officeTimeBetween(calendar, at('2026-10-09T17:30:00'), at('2026-10-10T17:30:00'))).toBe(7 * H);
  });

  it('follows an administrator’s override', () => {
    const withLocalHoliday = createWorkCalendar([{ date: '2026-10-08', kind: 'holiday' }]);
    expect(officeTimeBetween(withLocalHoliday, at('2026-09-30T15:30:00'), at('2026-10-09T17:30:00'))).toBe(9 * H);
    expect(officeTimeBetween(calendar, at('2026-09-30T15:30:00'), at('2026-10-09T17:30:00'))).toBe(16 * H);
  });

  it('is zero for an empty, reversed or off-hours span', () => {
    expect(officeTimeBetween(calendar, at('2026-11-16T10:00:00'), at('2026-11-16T10:00:00'))).toBe(0);
    expect(officeTimeBetween(calendar, at('2026-11-16T12:00:00'), at('2026-11-16T11:00:00'))).toBe(0);
    expect(officeTimeBetween(calendar, at('2026-11-16T17:30:00'), at('2026-11-16T23:00:00'))).toBe(0);
    expect(officeTimeBetween(calendar, at('2026-11-14T08:00:00'), at('2026-11-15T20:00:00'))).toBe(0);
  });
});

describe('splitSpan', () => {
  it('splits into days of the given length, hours and minutes', () => {
    expect(splitSpan(20 * H + 59_999, 7 * H)).toEqual({ days: 2, hours: 6, minutes: 0, seconds: 59 });
    expect(splitSpan(-5, 7 * H)).toEqual({ days: 0, hours: 0, minutes: 0, seconds: 0 });
  });
});

describe('deadlineCountdown + formatCountdown', () => {
  const workingDue = { dueAt: '2026-11-18T09:30:00.000Z', warnAt: '2026-11-18T06:00:00.000Z', unit: 'working_days' as const };

  it('shows working days and hours left, a working day being 7 office hours', () => {
    const countdown = deadlineCountdown(workingDue, at('2026-11-16T10:00:00'), calendar);
    expect(countdown).toMatchObject({ state: 'remaining', clock: 'working', tone: 'normal', parts: { days: 2, hours: 6 } });
    expect(formatCountdown(zh, countdown)).toBe('剩余 2 个工作日 6 小时');
    expect(formatCountdown(english, countdown)).toBe('2 working days 6 h left');
  });

  it('does not run down over a weekend', () => {
    const friday = deadlineCountdown(workingDue, at('2026-11-13T17:30:00'), calendar);
    const sunday = deadlineCountdown(workingDue, at('2026-11-15T22:00:00'), calendar);
    expect(formatCountdown(zh, friday)).toBe('剩余 3 个工作日');
    expect(friday.parts).toEqual(sunday.parts);
  });

  it('turns to warning at warnAt and shows minutes on the last hours', () => {
    const countdown = deadlineCountdown(workingDue, at('2026-11-18T15:45:00'), calendar);
    expect(countdown.tone).toBe('warning');
    expect(formatCountdown(zh, countdown)).toBe('剩余 1 小时 45 分钟');
    expect(formatCountdown(english, deadlineCountdown(workingDue, at('2026-11-17T17:00:00'), calendar))).toBe('1 working day left');
  });

  it('says how long an item is overdue, in working time', () => {
    const late = deadlineCountdown(workingDue, at('2026-11-20T10:15:00'), calendar);
    expect(late).toMatchObject({ state: 'overdue', tone: 'overdue' });
    expect(formatCountdown(zh, late)).toBe('已超期 1 个工作日 1 小时');
    expect(formatCountdown(english, late)).toBe('overdue by 1 working day 1 h');
  });

  it('is overdue without an amount the evening the deadline passed', () => {
    const evening = deadlineCountdown(workingDue, at('2026-11-18T20:00:00'), calendar);
    expect(evening.state).toBe('overdue');
    expect(formatCountdown(zh, evening)).toBe('已超期');
  });

  it('counts calendar-day rules on the wall clock, weekends included', () => {
    const petition = { dueAt: '2026-11-20T15:59:59.999Z', warnAt: '2026-11-19T00:00:00.000Z', unit: 'calendar_days' as const };
    const countdown = deadlineCountdown(petition, at('2026-11-17T10:00:00'), calendar);
    expect(countdown.clock).toBe('calendar');
    expect(formatCountdown(zh, countdown)).toBe('剩余 3 天 13 小时');
    expect(formatCountdown(english, deadlineCountdown(petition, at('2026-11-22T00:00:00'), calendar))).toBe('overdue by 1 day');
  });

  it('stands still while the clock is paused', () => {
    const paused = deadlineCountdown(workingDue, at('2026-11-25T10:00:00'), calendar, '2026-11-16T02:00:00.000Z');
    expect(paused).toMatchObject({ state: 'remaining', paused: true, tone: 'normal' });
    expect(formatCountdown(zh, paused)).toBe('计时已暂停，剩余 2 个工作日 6 小时');
    expect(formatCountdown(english, paused)).toBe('Clock paused, 2 working days 6 h left');
    expect(deadlineCountdown(workingDue, at('2026-11-25T10:00:00'), calendar, null).state).toBe('overdue');
  });

  it('shows seconds for test rules and "under a minute" at the very end', () => {
    const seconds = { dueAt: '2026-11-16T02:00:40.000Z', warnAt: '2026-11-16T02:00:30.000Z', unit: 'seconds' as const };
    expect(formatCountdown(zh, deadlineCountdown(seconds, at('2026-11-16T10:00:00'), calendar))).toBe('剩余 40 秒');
    expect(formatCountdown(zh, deadlineCountdown(workingDue, at('2026-11-18T17:29:30'), calendar))).toBe('剩余 不足 1 分钟');
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ChineseDays, loadChineseDaysInShanghai } from './chinese-days-oracle.fixture.js';
import { addDuration } from './deadline.js';
import { LUNAR_YEARS, qingmingDate, solarDateOfLunar } from './lunar-calendar.adapter.js';
import { officialDay } from './official-holidays.data.js';
import { STATUTORY_YEARS, statutoryHolidays } from './statutory-holidays.rule.js';
import { createWorkCalendar } from './work-calendar.js';

const official = createWorkCalendar();
const at = (iso: string) => new Date(iso);

describe('statutory holidays (放假办法 as amended in 2024)', () => {
  it('gives 2027 its thirteen fixed holidays', () => {
    // 春节 2027 (正月初一) is Saturday 02-06, per chinese-days: 除夕 is Friday 02-05.
    expect(Object.fromEntries(statutoryHolidays(2027))).toEqual({
      '2027-01-01': '元旦',
      '2027-02-05': '春节',
      '2027-02-06': '春节',
      '2027-02-07': '春节',
      '2027-02-08': '春节',
      '2027-04-05': '清明节',
      '2027-05-01': '劳动节',
      '2027-05-02': '劳动节',
      '2027-06-09': '端午节', // 五月初五
      '2027-09-15': '中秋节', // 八月十五
      '2027-10-01': '国庆节',
      '2027-10-02': '国庆节',
      '2027-10-03': '国庆节',
    });
  });

  it.each([2025, 2026])('agrees with the published %i arrangement: every statutory day is an official rest day', (year) => {
    const days = statutoryHolidays(year);
    expect(days.size).toBe(13);
    for (const date of days.keys()) expect(officialDay(date)?.working, date).toBe(false);
  });

  it('applies from 2025 to the end of the lunar table only', () => {
    expect(statutoryHolidays(2024).size).toBe(0);
    expect(statutoryHolidays(STATUTORY_YEARS.max).size).toBe(13);
    expect(statutoryHolidays(STATUTORY_YEARS.max + 1).size).toBe(0);
  });
});

describe('a provisional year (2027) on the work calendar', () => {
  it.each([
    ['2027-01-01', false, 'statutory'], // Friday, 元旦
    ['2027-02-04', true, 'uncovered'],
    ['2027-02-05', false, 'statutory'], // 除夕, Friday
    ['2027-02-06', false, 'statutory'],
    ['2027-02-07', false, 'statutory'],
    ['2027-02-08', false, 'statutory'], // 初三, Monday
    ['2027-02-09', true, 'uncovered'], // Tuesday: no bridged days are invented
    ['2027-02-20', false, 'uncovered'], // a Saturday stays a rest day: no make-up days either
    ['2027-10-01', false, 'statutory'],
    ['2027-10-03', false, 'statutory'],
    ['2027-10-04', true, 'uncovered'], // Monday after National Day
  ] as const)('%s → working=%s (%s)', (date, working, source) => {
    expect(official.dayInfo(date).working).toBe(working);
    expect(official.dayInfo(date).source).toBe(source);
  });

  it('counts working days across 春节 and 国庆 and still warns about 2027', () => {
    // Thu 02-04 + 3: 02-05..02-08 off (Mon 08 = 初三), so Tue 09, Wed 10, Thu 11.
    const spring = addDuration(official, at('2027-02-04T10:00:00+08:00'), 3, 'working_days');
    expect(spring.due.toISOString()).toBe('2027-02-11T09:30:00.000Z');
    expect(spring.uncoveredYears).toEqual([2027]);
    // Thu 09-30 + 1: 10-01..10-03 off, so Monday 10-04.
    expect(addDuration(official, at('2027-09-30T10:00:00+08:00'), 1, 'working_days').due.toISOString()).toBe('2027-10-04T09:30:00.000Z');
    // Thu 2026-12-31 + 1: not 2027-01-01, Monday 2027-01-04.
    expect(addDuration(official, at('2026-12-31T10:00:00+08:00'), 1, 'working_days').due.toISOString()).toBe('2027-01-04T09:30:00.000Z');
  });

  it('lets an admin workday override win over a statutory holiday, without covering the year', () => {
    const calendar = createWorkCalendar([{ date: '2027-02-08', kind: 'workday', name: '园区值班' }]);
    expect(calendar.dayInfo('2027-02-08')).toEqual({ date: '2027-02-08', working: true, source: 'override', name: '园区值班' });
    expect(calendar.covers(2027)).toBe(false);
    expect(calendar.isProvisional(2027)).toBe(true);
    const due = addDuration(calendar, at('2027-02-04T10:00:00+08:00'), 3, 'working_days');
    expect(due.due.toISOString()).toBe('2027-02-10T09:30:00.000Z'); // Mon 08, Tue 09, Wed 10
    expect(due.uncoveredYears).toEqual([2027]);
  });
});

/* The conversions must not depend on the host zone; Node applies a changed TZ at once. */
describe('lunar and solar-term dates, whatever the host time zone', () => {
  const years = Array.from({ length: STATUTORY_YEARS.max - STATUTORY_YEARS.min + 1 }, (_, i) => STATUTORY_YEARS.min + i);
  const snapshot = () => years.map((y) => [qingmingDate(y), solarDateOfLunar(y, 1, 1), solarDateOfLunar(y, 5, 5), solarDateOfLunar(y, 8, 15)]);
  const tzBefore = process.env.TZ;
  const withTz = <T>(tz: string, run: () => T): T => {
    try {
      process.env.TZ = tz;
      return run();
    } finally {
      if (tzBefore === undefined) delete process.env.TZ;
      else process.env.TZ = tzBefore;
    }
  };

  it.for(['America/New_York', 'America/Los_Angeles', 'Pacific/Kiritimati', 'Europe/London'])('TZ=%s gives the Asia/Shanghai answers', (tz, ctx) => {
    const offset = (zone: string) => withTz(zone, () => new Date('2027-04-05T00:00:00Z').getTimezoneOffset());
    if (offset(tz) === offset('Asia/Shanghai')) ctx.skip(); // the runner ignores TZ changes: nothing to prove
    const shanghai = withTz('Asia/Shanghai', snapshot);
    expect(withTz(tz, snapshot)).toEqual(shanghai);
    expect(shanghai[2027 - STATUTORY_YEARS.min]).toEqual(['2027-04-05', '2027-02-06', '2027-06-09', '2027-09-15']);
  });

  /* The library itself is right in Shanghai time (see deadline.property.spec.ts): the oracle. */
  let chineseDays: ChineseDays;
  beforeAll(() => {
    chineseDays = loadChineseDaysInShanghai();
  });
  afterAll(() => {
    if (tzBefore === undefined) delete process.env.TZ;
    else process.env.TZ = tzBefore;
  });

  it('agrees with chinese-days read in Shanghai time for every year it knows', () => {
    const fromLibrary = withTz('Asia/Shanghai', () =>
      years.map((y) => [
        chineseDays.getSolarTermDate(y, 4, 'pure_brightness'),
        chineseDays.getSolarDateFromLunar(`${y}-01-01`).date,
        chineseDays.getSolarDateFromLunar(`${y}-05-05`).date,
        chineseDays.getSolarDateFromLunar(`${y}-08-15`).date,
      ]),
    );
    expect(withTz('America/New_York', snapshot)).toEqual(fromLibrary);
    expect(LUNAR_YEARS.max).toBe(2099);
  });
});

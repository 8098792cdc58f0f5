import officialTable from 'chinese-days/dist/chinese-days.json' with { type: 'json' };
import { describe, expect, it } from 'vitest';
import { parseArrangementNotice } from './arrangement-notice.parser.js';
import { NOTICE_2025, NOTICE_2026 } from './arrangement-notice.fixture.js';
import { arrangementDayCounts, type ArrangementParseResult } from './arrangement.types.js';

/** chinese-days' data for `year` (the truth), as date → kind. */
function chineseDaysYear(year: number): Record<string, 'holiday' | 'workday'> {
  const days: Record<string, 'holiday' | 'workday'> = {};
  for (const date of Object.keys(officialTable.holidays)) if (date.startsWith(`${year}-`)) days[date] = 'holiday';
  for (const date of Object.keys(officialTable.workdays)) if (date.startsWith(`${year}-`)) days[date] = 'workday';
  return days;
}

function parsed(result: ArrangementParseResult): Record<string, 'holiday' | 'workday'> {
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return Object.fromEntries(result.arrangement.days.map((d) => [d.date, d.kind]));
}

const codes = (result: ArrangementParseResult) => (result.ok ? [] : result.errors.map((e) => [e.code, e.line]));

describe('parseArrangementNotice', () => {
  it.each([
    [2025, NOTICE_2025],
    [2026, NOTICE_2026],
  ])('reads the %i notice as exactly chinese-days’ holidays and make-up working days', (year, text) => {
    const result = parseArrangementNotice(text);
    expect(result.ok && result.arrangement.year).toBe(year);
    expect(parsed(result)).toEqual(chineseDaysYear(year));
    expect(result.warnings).toEqual([]);
  });

  it('counts the 2025 notice’s 28 days off (1 + 8 + 3 + 5 + 3 + 8) and 5 make-up working days', () => {
    const result = parseArrangementNotice(NOTICE_2025);
    if (!result.ok) throw new Error('expected ok');
    expect(arrangementDayCounts(result.arrangement.days)).toEqual({ holidays: 28, workdays: 5 });
    expect(arrangementDayCounts([])).toEqual({ holidays: 0, workdays: 0 });
  });

  it('names each day by its section and keeps a range across a month', () => {
    const result = parseArrangementNotice(NOTICE_2025);
    if (!result.ok) throw new Error('expected ok');
    const byDate = new Map(result.arrangement.days.map((d) => [d.date, d]));
    // 五、端午节：5月31日（周六）至6月2日（周一）
    expect(['2025-05-31', '2025-06-01', '2025-06-02'].map((d) => byDate.get(d)?.name)).toEqual(['端午节', '端午节', '端午节']);
    expect(byDate.get('2025-05-30')).toBeUndefined();
    expect(byDate.get('2025-10-11')).toEqual({ date: '2025-10-11', kind: 'workday', name: '国庆节、中秋节' });
  });

  it('reads 9月30日至10月7日 as eight days across the month', () => {
    const result = parseArrangementNotice('一、国庆节：9月30日至10月7日放假调休，共8天。9月27日（周六）上班。', 2029);
    const days = parsed(result);
    expect(Object.keys(days)).toEqual(['2029-09-27', '2029-09-30', '2029-10-01', '2029-10-02', '2029-10-03', '2029-10-04', '2029-10-05', '2029-10-06', '2029-10-07']);
    expect(days['2029-09-27']).toBe('workday');
  });

  it('refuses an impossible date, naming its line', () => {
    const result = parseArrangementNotice('2027年部分节假日安排\n一、春节：2月30日至3月2日放假，共3天。');
    expect(result.ok).toBe(false);
    expect(codes(result)).toEqual([['impossible_date', 2]]);
    if (!result.ok) expect(result.errors[0]!.params).toEqual({ text: '2月30日' });
  });

  it('refuses a day listed twice', () => {
    const result = parseArrangementNotice('一、元旦：1月1日放假1天。\n二、春节：1月1日放假。', 2027);
    expect(codes(result)).toEqual([['duplicate_day', 2]]);
  });

  it('refuses a line with dates that is no section, and a day outside the year', () => {
    const result = parseArrangementNotice('元旦 1月1日放假\n一、国庆节：2026年10月1日至3日放假。', 2027);
    expect(codes(result)).toEqual([
      ['unparseable_line', 1],
      ['outside_year', 2],
      ['outside_year', 2],
      ['outside_year', 2],
    ]);
  });

  it('asks for the year when the text names none, and refuses one that contradicts it', () => {
    expect(codes(parseArrangementNotice('一、元旦：1月1日放假。'))).toEqual([['year_missing', undefined]]);
    expect(codes(parseArrangementNotice(NOTICE_2026, 2027))[0]).toEqual(['year_mismatch', undefined]);
  });

  it('warns of a weekday made a working day and of a count that disagrees with the range', () => {
    const result = parseArrangementNotice('一、劳动节：5月1日至5日放假调休，共4天。5月6日（周四）上班。', 2027);
    expect(result.ok).toBe(true);
    expect(result.warnings.map((w) => w.code)).toEqual(['count_mismatch', 'pointless_workday']);
  });

  it('never throws on garbage', () => {
    for (const text of ['', '一、：', '一、元旦：至日放假', '一、元旦：99月99日至0日放假', '\u0000'.repeat(10), '一、元旦：3月5日至1日放假']) {
      expect(() => parseArrangementNotice(text, 2027)).not.toThrow();
      expect(parseArrangementNotice(text, 2027).ok).toBe(false);
    }
  });
});

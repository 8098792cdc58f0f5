import { describe, expect, it } from 'vitest';
import { parseArrangementJson } from './arrangement-json.parser.js';

const codes = (r: ReturnType<typeof parseArrangementJson>) => (r.ok ? [] : r.errors.map((e) => e.code));

describe('parseArrangementJson', () => {
  it('reads the days shape', () => {
    const r = parseArrangementJson(JSON.stringify({ year: 2027, days: [{ date: '2027-02-09', kind: 'holiday', name: '春节' }, { date: '2027-02-06', kind: 'workday', name: '春节' }] }));
    expect(r).toEqual({
      ok: true,
      arrangement: { year: 2027, days: [{ date: '2027-02-06', kind: 'workday', name: '春节' }, { date: '2027-02-09', kind: 'holiday', name: '春节' }] },
      warnings: [],
    });
  });

  it('reads the ranges shape, across a month, as the same days', () => {
    const r = parseArrangementJson(JSON.stringify({ year: 2027, holidays: [{ name: '国庆节', from: '2027-09-30', to: '2027-10-03' }, { name: '元旦', from: '2027-01-01' }], workdays: [{ name: '国庆节', date: '2027-09-26' }] }));
    expect(r.ok && r.arrangement.days.map((d) => `${d.date}:${d.kind}`)).toEqual([
      '2027-01-01:holiday', '2027-09-26:workday', '2027-09-30:holiday', '2027-10-01:holiday', '2027-10-02:holiday', '2027-10-03:holiday',
    ]);
  });

  it('refuses impossible dates, duplicates, days of another year and wrong shapes, all at once', () => {
    const r = parseArrangementJson(JSON.stringify({
      year: 2027,
      days: [
        { date: '2027-02-30', kind: 'holiday', name: '春节' },
        { date: '2027-10-01', kind: 'holiday', name: '国庆节' },
        { date: '2027-10-01', kind: 'workday', name: '国庆节' },
        { date: '2028-01-01', kind: 'holiday', name: '元旦' },
        { date: '2027-05-01', kind: 'rest', name: '劳动节' },
        { date: 20270501, kind: 'holiday', name: '劳动节' },
      ],
    }));
    expect(codes(r).sort()).toEqual(['duplicate_day', 'impossible_date', 'invalid_field', 'invalid_field', 'outside_year']);
  });

  it('says what is wrong with text that is not the shape', () => {
    expect(codes(parseArrangementJson('{"year": 2027, "days": ['))).toEqual(['unreadable']);
    expect(codes(parseArrangementJson('[]'))).toEqual(['invalid_field']);
    expect(codes(parseArrangementJson('{"days": []}'))).toEqual(['year_missing']);
    expect(codes(parseArrangementJson('{"year": 2027, "days": []}'))).toEqual(['no_days']);
    expect(codes(parseArrangementJson('{"year": 2027}'))).toEqual(['invalid_field']);
    expect(codes(parseArrangementJson('{"year": 1899, "days": [{"date": "1899-01-01", "kind": "holiday", "name": "x"}]}'))).toEqual(['year_out_of_range']);
    expect(codes(parseArrangementJson('{"year": 2026, "days": []}', 2027))).toContain('year_mismatch');
  });
});

import { describe, expect, it } from 'vitest';
import { parseArrangementIcs } from './arrangement-ics.parser.js';

const ics = (...events: string[]) => ['BEGIN:VCALENDAR', 'VERSION:2.0', ...events, 'END:VCALENDAR'].join('\r\n');
const vevent = (...props: string[]) => ['BEGIN:VEVENT', ...props, 'END:VEVENT'].join('\r\n');

describe('parseArrangementIcs', () => {
  it('reads holidays with an exclusive DTEND, single days, and 调休上班 as a working day', () => {
    const r = parseArrangementIcs(ics(
      vevent('DTSTART;VALUE=DATE:20270930', 'DTEND;VALUE=DATE:20271003', 'SUMMARY:国庆节 休'),
      vevent('DTSTART;VALUE=DATE:20270926', 'SUMMARY:国庆节 调休上班'),
      vevent('DTSTART;VALUE=DATE:20270101', 'SUMMARY:元旦（假）'),
    ));
    expect(r).toEqual({
      ok: true,
      arrangement: {
        year: 2027,
        days: [
          { date: '2027-01-01', kind: 'holiday', name: '元旦' },
          { date: '2027-09-26', kind: 'workday', name: '国庆节' },
          { date: '2027-09-30', kind: 'holiday', name: '国庆节' },
          { date: '2027-10-01', kind: 'holiday', name: '国庆节' },
          { date: '2027-10-02', kind: 'holiday', name: '国庆节' },
        ],
      },
      warnings: [],
    });
  });

  it('unfolds continued lines and reads a UTC time in Shanghai', () => {
    // 2027-01-31T16:00Z is 2027-02-01 00:00 in Shanghai.
    const r = parseArrangementIcs(ics(vevent('DTSTART:20270131T160000Z', 'SUMMARY:春', ' 节 休')));
    expect(r.ok && r.arrangement.days).toEqual([{ date: '2027-02-01', kind: 'holiday', name: '春节' }]);
  });

  it('names the line of an event that says neither 休 nor 班, and refuses an impossible date', () => {
    const r = parseArrangementIcs(ics(vevent('DTSTART;VALUE=DATE:20270210', 'SUMMARY:团建'), vevent('DTSTART;VALUE=DATE:20270230', 'SUMMARY:春节 休')));
    expect(r.ok ? [] : r.errors.map((e) => [e.code, e.line])).toEqual([['unparseable_line', 5], ['impossible_date', 8]]);
  });

  it('refuses a day twice and text that is no calendar', () => {
    const twice = parseArrangementIcs(ics(vevent('DTSTART;VALUE=DATE:20270210', 'SUMMARY:春节 休'), vevent('DTSTART;VALUE=DATE:20270210', 'SUMMARY:春节 休')));
    expect(twice.ok ? [] : twice.errors.map((e) => e.code)).toEqual(['duplicate_day']);
    const none = parseArrangementIcs('hello');
    expect(none.ok ? [] : none.errors.map((e) => e.code)).toEqual(['unreadable']);
  });
});

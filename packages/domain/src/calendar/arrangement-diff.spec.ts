import { describe, expect, it } from 'vitest';
import { diffArrangement } from './arrangement-diff.js';
import { parseArrangementNotice } from './arrangement-notice.parser.js';
import { NOTICE_2026 } from './arrangement-notice.fixture.js';
import { createWorkCalendar } from './work-calendar.js';

describe('diffArrangement', () => {
  it('lists the provisional year’s days that change, but not a day an admin overrode', () => {
    // 2027 is provisional: statutory 春节 is 除夕 02-05 to 初三 02-08.
    const calendar = createWorkCalendar([{ date: '2027-02-10', kind: 'holiday', name: '园区休假' }]);
    const arrangement = {
      year: 2027,
      days: [
        ...['2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08', '2027-02-09', '2027-02-10', '2027-02-11'].map((date) => ({ date, kind: 'holiday' as const, name: '春节' })),
        { date: '2027-02-20', kind: 'workday' as const, name: '春节' },
      ],
    };
    // 2027 is not yet covered, so 01-01 (statutory 元旦, a Friday) becomes a working day without the arrangement naming it.
    expect(diffArrangement(calendar, arrangement).filter((c) => c.date < '2027-03-01')).toEqual([
      { date: '2027-01-01', before: 'rest', after: 'working', name: '元旦' },
      { date: '2027-02-09', before: 'working', after: 'rest', name: '春节' },
      { date: '2027-02-11', before: 'working', after: 'rest', name: '春节' },
      { date: '2027-02-20', before: 'rest', after: 'working', name: '春节' },
    ]);
  });

  it('finds nothing to change when the official year is loaded as published', () => {
    const result = parseArrangementNotice(NOTICE_2026);
    if (!result.ok) throw new Error('expected ok');
    expect(diffArrangement(createWorkCalendar(), result.arrangement)).toEqual([]);
  });
});

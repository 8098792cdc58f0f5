import { describe, expect, it } from 'vitest';
import { checkProgressReport } from './progress-report.check.js';

const last = { date: '2026-06-01', percent: 40 };
const codes = (...args: Parameters<typeof checkProgressReport>) => checkProgressReport(...args).map((p) => p.code);

describe('the progress report check (形象进度)', () => {
  it('accepts a whole percentage from 0 to 100 that holds or grows', () => {
    for (const percent of [0, 40, 41, 100]) expect(codes({ date: '2026-06-08', percent }, percent === 0 ? null : last)).toEqual([]);
    expect(codes({ date: '2026-06-01', percent: 40 }, last)).toEqual([]);
  });

  it.each([-1, 101, 50.5, Number.NaN, '60'])('refuses the percentage %s', (percent) => {
    const problems = checkProgressReport({ date: '2026-06-08', percent: percent as number }, last);
    expect(problems.map((p) => [p.code, p.params])).toEqual([['invalid_percent', { percent }]]);
  });

  it('requires a reason for a figure below the last report, and accepts it with one', () => {
    const problems = checkProgressReport({ date: '2026-06-08', percent: 35 }, last);
    expect(problems).toEqual([
      {
        code: 'reason_required',
        params: { percent: 35, lastPercent: 40 },
        message: { zh: '形象进度由 40% 降至 35%，须填写原因', en: 'Progress fell from 40% to 35%: a reason is required' },
      },
    ]);
    expect(codes({ date: '2026-06-08', percent: 35, reason: '  ' }, last)).toEqual(['reason_required']);
    expect(codes({ date: '2026-06-08', percent: 35, reason: '测绘复核后下调 Corrected after survey' }, last)).toEqual([]);
  });

  it('refuses a malformed date and a date before the last report', () => {
    expect(codes({ date: '2026-02-30', percent: 50 }, last)).toEqual(['invalid_date']);
    expect(checkProgressReport({ date: '2026-05-31', percent: 50 }, last).map((p) => [p.code, p.params])).toEqual([['before_last_report', { date: '2026-05-31', lastDate: '2026-06-01' }]]);
  });
});

import { describe, expect, it } from 'vitest';
import { lastReportOf, MAX_PHOTO_BYTES, photoProblem, progressProblems, toProgressFormData } from './progress-report.mapper';

const report = (reportedOn: string, percent: number) => ({ id: reportedOn, reportedOn, percent, note: '', reason: null, reportedBy: 'u', photos: [] });

describe('the progress report form (上报形象进度)', () => {
  it('compares with the newest report', () => {
    expect(lastReportOf([report('2026-04-10', 40), report('2026-03-10', 20)])).toEqual({ date: '2026-04-10', percent: 40 });
    expect(lastReportOf([])).toBeNull();
  });

  it('asks for a reason beside the reason field only when the figure falls', () => {
    const last = { date: '2026-04-10', percent: 40 };
    expect(progressProblems({ percent: 45 }, last, '2026-04-15')).toEqual([]);
    const fell = progressProblems({ percent: 30 }, last, '2026-04-15');
    expect(fell.map((p) => p.name)).toEqual(['reason']);
    expect(fell[0]!.message.zh).toContain('须填写原因');
    expect(progressProblems({ percent: 30, reason: '  ' }, last, '2026-04-15').map((p) => p.name)).toEqual(['reason']);
    expect(progressProblems({ percent: 30, reason: '重新测量' }, last, '2026-04-15')).toEqual([]);
    // The first report has nothing to fall from.
    expect(progressProblems({ percent: 0 }, null, '2026-04-15')).toEqual([]);
  });

  it('puts a bad percent and a date before the last report beside their fields', () => {
    const last = { date: '2026-04-10', percent: 40 };
    expect(progressProblems({ percent: 101 }, last, '2026-04-15').map((p) => p.name)).toEqual(['percent']);
    expect(progressProblems({ percent: 12.5 }, null, '2026-04-15').map((p) => p.name)).toEqual(['percent']);
    expect(progressProblems({ percent: null }, null, '2026-04-15').map((p) => p.name)).toEqual(['percent']);
    expect(progressProblems({ percent: 50, reportedOn: '2026-04-01' }, last, '2026-04-15').map((p) => p.name)).toEqual(['reportedOn']);
  });

  it('takes JPEG, PNG and WebP photos up to 10 MB', () => {
    expect(photoProblem({ type: 'image/jpeg', size: MAX_PHOTO_BYTES })).toBeNull();
    expect(photoProblem({ type: 'image/webp', size: 1 })).toBeNull();
    expect(photoProblem({ type: 'image/png', size: MAX_PHOTO_BYTES + 1 })).toBe('tooLarge');
    expect(photoProblem({ type: 'image/gif', size: 1 })).toBe('badType');
    expect(photoProblem({ type: 'application/pdf', size: 1 })).toBe('badType');
  });

  it('sends percent, note, the reason and date only when given, and every photo as `photos`', () => {
    const photo = new Blob([new Uint8Array([0xff, 0xd8, 0xff])], { type: 'image/jpeg' });
    const form = toProgressFormData({ percent: 35, note: ' 主体封顶 ', reason: '', reportedOn: '' }, [photo, photo], ['a.jpg', 'b.jpg']);
    expect(form.get('percent')).toBe('35');
    expect(form.get('note')).toBe('主体封顶');
    expect(form.has('reason')).toBe(false);
    expect(form.has('reportedOn')).toBe(false);
    expect(form.getAll('photos').map((f) => (f as File).name)).toEqual(['a.jpg', 'b.jpg']);
    const fell = toProgressFormData({ percent: 20, note: 'x', reason: '部分拆除', reportedOn: '2026-04-15' }, []);
    expect([fell.get('reason'), fell.get('reportedOn'), fell.getAll('photos').length]).toEqual(['部分拆除', '2026-04-15', 0]);
  });
});

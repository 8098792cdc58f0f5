import { describe, expect, it } from 'vitest';
import { CalendarInputError } from '../calendar/calendar-input.error.js';
import { createWorkCalendar } from '../calendar/work-calendar.js';
import { nodeStatus, projectStatus, RAG_LABELS, RAG_REASON_LABELS } from './node-status.rule.js';

/*
 * A node planned from Mon 28 Sep to Mon 12 Oct 2026: its working days are Mon 28, Tue 29, Wed 30
 * Sep, Thu 8, Fri 9, Sat 10 (make-up) and Mon 12 Oct.
 */
const calendar = createWorkCalendar();
const planned = { key: 'n', plannedStart: '2026-09-28', plannedFinish: '2026-10-12', actualStart: null, actualFinish: null };
const started = { ...planned, actualStart: '2026-09-28' };

describe('red / amber / green', () => {
  it.each([
    ['not started before its start', planned, '2026-09-25', 'green', 'on_track', 7],
    ['not started on its latest start', planned, '2026-09-28', 'green', 'on_track', 6],
    ['not started the day after its latest start', planned, '2026-09-29', 'amber', 'start_missed', 5],
    ['started, four working days left over the holiday', started, '2026-09-30', 'green', 'on_track', 4],
    ['started, still on the 8-day holiday', started, '2026-10-05', 'green', 'on_track', 4],
    ['started, three working days left', started, '2026-10-08', 'amber', 'due_soon', 3],
    ['started, on the due day', started, '2026-10-12', 'amber', 'due_soon', 0],
    ['the day after the due day', started, '2026-10-13', 'red', 'overdue', -1],
    ['never started, after the due day', planned, '2026-10-14', 'red', 'overdue', -2],
  ] as const)('%s', (_case, node, today, status, reason, workingDaysLeft) => {
    expect(nodeStatus(node, today, calendar)).toEqual({ key: 'n', status, reason, workingDaysLeft });
  });

  it('rates a finished node by its finish against the plan, whatever today is', () => {
    expect(nodeStatus({ ...started, actualFinish: '2026-10-12' }, '2026-12-01', calendar)).toMatchObject({ status: 'green', reason: 'finished', workingDaysLeft: null });
    expect(nodeStatus({ ...started, actualFinish: '2026-10-13' }, '2026-10-13', calendar)).toMatchObject({ status: 'red', reason: 'finished_late' });
  });

  it('takes the due-soon window as an option', () => {
    expect(nodeStatus(started, '2026-10-08', calendar, { dueSoonWorkingDays: 2 })).toMatchObject({ status: 'green' });
    expect(nodeStatus(started, '2026-09-30', calendar, { dueSoonWorkingDays: 4 })).toMatchObject({ status: 'amber', reason: 'due_soon' });
    expect(() => nodeStatus(started, '2026-09-30', calendar, { dueSoonWorkingDays: -1 })).toThrow(CalendarInputError);
  });

  it('rates a project as its worst node, with that node’s reason', () => {
    const other = { ...started, key: 'm', plannedStart: '2026-09-21', plannedFinish: '2026-10-09' };
    const late = { ...planned, key: 'l', plannedStart: '2026-09-21', plannedFinish: '2026-09-30' };
    expect(projectStatus({ nodes: [planned, other] }, '2026-09-29', calendar)).toMatchObject({ status: 'amber', reason: 'start_missed' });
    const project = projectStatus({ nodes: [started, other, late] }, '2026-10-08', calendar);
    expect(project.status).toBe('red');
    expect(project.reason).toBe('overdue');
    expect(project.nodes.map((n) => [n.key, n.status])).toEqual([['n', 'amber'], ['m', 'amber'], ['l', 'red']]);
    expect(projectStatus({ nodes: [started] }, '2026-09-28', calendar).status).toBe('green');
    expect(projectStatus({ nodes: [] }, '2026-09-28', calendar).status).toBe('green');
  });

  it('labels every status and reason in zh-CN and English', () => {
    for (const label of [...Object.values(RAG_LABELS), ...Object.values(RAG_REASON_LABELS)]) {
      expect(label.zh.length * label.en.length).toBeGreaterThan(0);
    }
  });
});

import { describe, expect, it } from 'vitest';
import { CalendarInputError } from '../calendar/calendar-input.error.js';
import { addCalendarDays } from '../calendar/shanghai-time.js';
import { createWorkCalendar } from '../calendar/work-calendar.js';
import { nodeDeadline, nodeTimerId, nodeTimerOutcome, nodeTimers, type NodeDeadlineProject } from './node-deadline.rule.js';
import { nodeStatus } from './node-status.rule.js';

/*
 * Around National Day 2026: Tue 29 and Wed 30 Sep are working days, 1–7 Oct the holiday, Thu 8
 * and Fri 9 Oct working days, Sat 10 Oct a make-up working day, Mon 12 Oct a working day.
 */
const calendar = createWorkCalendar();
const beijing = (day: string, time: string) => new Date(`${day}T${time}:00+08:00`);

const project = (overrides: Partial<NodeDeadlineProject> = {}, finish = '2026-10-09', actualFinish: string | null = null): NodeDeadlineProject => ({
  id: 'p1',
  code: 'XM-2026-001',
  name: '冷链物流园区一期工程',
  archived: false,
  chiefOfficerId: 'chief',
  pushTeamIds: ['team1', 'chief'],
  departmentIds: ['dep-util', 'dep-approval'],
  nodes: [{ key: 'land_review', name: { zh: '用地预审', en: 'Land review' }, plannedFinish: finish, actualFinish, departmentId: 'dep-land' }],
  ...overrides,
});

describe('a node’s deadline instants', () => {
  it('warns on the working day before the holiday that is three working days before the finish, due at its close, escalated two working days later', () => {
    const d = nodeDeadline('2026-10-09', calendar);
    expect(d.warnAt).toEqual(beijing('2026-09-29', '09:00'));
    expect(d.dueAt).toEqual(beijing('2026-10-09', '17:30'));
    // Sat 10 Oct is a make-up working day: it counts.
    expect(d.escalateAt).toEqual(beijing('2026-10-12', '17:30'));
  });

  it('warns on the day nodeStatus turns the node amber, and not a day earlier, whatever the finish', () => {
    for (let day = '2026-09-20'; day <= '2026-10-20'; day = addCalendarDays(day, 1)) {
      if (!calendar.isWorkingDay(day)) continue;
      const node = { key: 'n', plannedStart: '2026-01-05', plannedFinish: day, actualStart: '2026-01-05', actualFinish: null };
      const warnDay = nodeDeadline(day, calendar).warnAt.toISOString();
      const warnDate = new Date(Date.parse(warnDay) + 8 * 3600_000).toISOString().slice(0, 10);
      expect(nodeStatus(node, warnDate, calendar).reason, `${day}: amber on ${warnDate}`).toBe('due_soon');
      expect(nodeStatus(node, addCalendarDays(warnDate, -1), calendar).reason, `${day}: green before ${warnDate}`).toBe('on_track');
    }
  });

  it('takes the windows as options and refuses a bad one', () => {
    expect(nodeDeadline('2026-10-09', calendar, { dueSoonWorkingDays: 1 }).warnAt).toEqual(beijing('2026-10-08', '09:00'));
    expect(nodeDeadline('2026-10-09', calendar, { escalateAfterWorkingDays: 1 }).escalateAt).toEqual(beijing('2026-10-10', '17:30'));
    expect(() => nodeDeadline('2026-10-09', calendar, { dueSoonWorkingDays: -1 })).toThrow(CalendarInputError);
  });
});

describe('the timers a project should have', () => {
  it('an unfinished node has a warning, an overdue check and an escalation, identified by its planned finish', () => {
    const timers = nodeTimers(project(), beijing('2026-09-01', '10:00'), calendar);
    expect(timers.map((t) => [t.check, t.at])).toEqual([
      ['warn', beijing('2026-09-29', '09:00').toISOString()],
      ['overdue', beijing('2026-10-09', '17:30').toISOString()],
      ['escalate', beijing('2026-10-12', '17:30').toISOString()],
    ]);
    expect(timers[0]).toMatchObject({ timerId: 'pn-p1-land_review-2026-10-09-warn', projectId: 'p1', nodeKey: 'land_review', plannedFinish: '2026-10-09' });
    expect(timers.every((t) => !t.timerId.includes(':'))).toBe(true);
  });

  it('a re-planned node gets timers of a new revision; the old ones find the plan moved and do nothing', () => {
    const now = beijing('2026-09-01', '10:00');
    const before = nodeTimers(project(), now, calendar);
    const moved = project({}, '2026-10-16');
    const after = nodeTimers(moved, now, calendar);
    expect(after.map((t) => t.timerId)).toEqual(['warn', 'overdue', 'escalate'].map((c) => `pn-p1-land_review-2026-10-16-${c}`));
    expect(after.some((t) => before.some((b) => b.timerId === t.timerId))).toBe(false);
    for (const old of before) expect(nodeTimerOutcome(moved, old, new Date(old.at), calendar)).toEqual({ act: false, reason: 'plan_moved' });
    for (const fresh of after) expect(nodeTimerOutcome(moved, fresh, new Date(fresh.at), calendar)).toMatchObject({ act: true, check: fresh.check });
  });

  it('a finished node, or an archived project, has none, and their timers do nothing', () => {
    const now = beijing('2026-09-01', '10:00');
    const timer = nodeTimers(project(), now, calendar)[1]!;
    expect(nodeTimers(project({}, '2026-10-09', '2026-09-20'), now, calendar)).toEqual([]);
    expect(nodeTimerOutcome(project({}, '2026-10-09', '2026-09-20'), timer, new Date(timer.at), calendar)).toEqual({ act: false, reason: 'node_finished' });
    expect(nodeTimers(project({ archived: true }), now, calendar)).toEqual([]);
    expect(nodeTimerOutcome(project({ archived: true }), timer, new Date(timer.at), calendar)).toEqual({ act: false, reason: 'project_archived' });
    expect(nodeTimerOutcome(null, timer, new Date(timer.at), calendar)).toEqual({ act: false, reason: 'project_missing' });
    expect(nodeTimerOutcome(project({ nodes: [] }), timer, new Date(timer.at), calendar)).toEqual({ act: false, reason: 'node_missing' });
  });

  it('a node already past due has its overdue check and escalation (they fire at once) but no warning; recorded checks are not asked for again', () => {
    const late = nodeTimers(project(), beijing('2026-10-13', '10:00'), calendar);
    expect(late.map((t) => t.check)).toEqual(['overdue', 'escalate']);
    const recorded = new Set([nodeTimerId('p1', 'land_review', '2026-10-09', 'overdue')]);
    expect(nodeTimers(project(), beijing('2026-10-13', '10:00'), calendar, recorded).map((t) => t.check)).toEqual(['escalate']);
  });
});

describe('what a firing node timer does', () => {
  const timers = nodeTimers(project(), beijing('2026-09-01', '10:00'), calendar);
  const [warn, overdue, escalate] = timers as [(typeof timers)[0], (typeof timers)[0], (typeof timers)[0]];

  it('a warning tells the chief service officer and the push team, and writes no history', () => {
    const outcome = nodeTimerOutcome(project(), warn, new Date(warn.at), calendar);
    expect(outcome).toEqual({
      act: true,
      check: 'warn',
      topic: 'project_node_due_soon',
      params: { code: 'XM-2026-001', title: '冷链物流园区一期工程', projectId: 'p1', nodeKey: 'land_review', node: { zh: '用地预审', en: 'Land review' }, plannedFinish: '2026-10-09', dueAt: beijing('2026-10-09', '17:30').toISOString() },
      audience: { userIds: ['chief', 'team1'], departmentHeadsOf: [], departmentLeadersOf: [] },
      history: null,
    });
  });

  it('overdue adds the heads of the node’s and the project’s departments and a node_overdue history row', () => {
    const outcome = nodeTimerOutcome(project(), overdue, new Date(overdue.at), calendar);
    if (!outcome.act) throw new Error('acts');
    expect(outcome.topic).toBe('project_node_overdue');
    expect(outcome.audience).toEqual({ userIds: ['chief', 'team1'], departmentHeadsOf: ['dep-land', 'dep-util', 'dep-approval'], departmentLeadersOf: [] });
    expect(outcome.history).toMatchObject({ type: 'node_overdue', data: { node: 'land_review', plannedFinish: '2026-10-09', timerId: overdue.timerId } });
    expect(outcome.history?.summary.zh).toContain('用地预审');
  });

  it('escalation adds the leaders in charge of the same departments and a node_escalated row', () => {
    const outcome = nodeTimerOutcome(project(), escalate, new Date(escalate.at), calendar);
    if (!outcome.act) throw new Error('acts');
    expect(outcome.topic).toBe('project_node_escalated');
    expect(outcome.audience.departmentLeadersOf).toEqual(['dep-land', 'dep-util', 'dep-approval']);
    expect(outcome.audience.departmentHeadsOf).toEqual(['dep-land', 'dep-util', 'dep-approval']);
    expect(outcome.history?.type).toBe('node_escalated');
  });

  it('a warning that fires once the node is due does nothing: the overdue notice says more', () => {
    expect(nodeTimerOutcome(project(), warn, beijing('2026-10-09', '17:30'), calendar)).toEqual({ act: false, reason: 'superseded' });
    expect(nodeTimerOutcome(project(), warn, beijing('2026-10-09', '17:29'), calendar)).toMatchObject({ act: true });
  });
});

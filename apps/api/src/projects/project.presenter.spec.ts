import { ProjectEntity, storedNodes } from '@parkflow/db';
import { createPlan, createWorkCalendar, createWorkingDayLine, freezeBaseline, type NodeTemplate } from '@parkflow/domain';
import { describe, expect, it } from 'vitest';
import { permitRows, presentProject } from './project.presenter.js';

const calendar = createWorkCalendar();
const nodes: NodeTemplate[] = [
  { key: 'filing', name: { zh: '立项备案', en: 'Filing' }, durationDays: 5, predecessors: [], phase: 'permits', permit: true, department: 'APPROVAL' },
  { key: 'permit', name: { zh: '施工许可', en: 'Permit' }, durationDays: 5, predecessors: ['filing'], phase: 'permits', permit: true, department: 'APPROVAL' },
];

function project(start: string, target: string): ProjectEntity {
  const plan = createPlan('new', nodes, target, calendar, { start });
  if (!plan.ok) throw new Error(plan.problem.message.en);
  return Object.assign(new ProjectEntity(), {
    id: '00000000-0000-4000-8000-000000000001', code: 'XM-2026-001', name: '食品产业园', investorName: '华光', investmentWan: 1000, type: 'new', phase: 'permits',
    targetStart: start, targetCompletion: target, targetProduction: target, scheduleTarget: 'production', chiefOfficerId: '00000000-0000-4000-8000-000000000002',
    pushTeamIds: [], departmentIds: [], nodes: storedNodes(plan.plan, () => null), baseline: null, version: 1, archivedAt: null,
  });
}

describe('presentProject, as days pass', () => {
  // 2026-06-01 is a Monday; ten working days to 2026-06-12 (no holiday between).
  const row = project('2026-06-01', '2026-06-12');
  const line = createWorkingDayLine(calendar, '2026-06-01');
  const day = (n: number) => line.dateOf(line.onOrAfter('2026-06-01') + n);

  it('is green while every node is ahead, amber once the first has missed its start (not started, due within days), red once it is past', () => {
    expect(presentProject(row, '2026-05-20', calendar).status).toBe('green');
    const amber = presentProject(row, day(2), calendar);
    expect(amber.status).toBe('amber');
    expect(amber.nodes[0]).toMatchObject({ key: 'filing', plannedFinish: day(4), status: 'amber', statusReason: { zh: '未按期开始', en: 'Start missed' } });
    const red = presentProject(row, day(5), calendar);
    expect(red).toMatchObject({ status: 'red', statusReason: { en: 'Overdue' } });
    // The rest no longer fits from that day: no slack, nothing critical.
    expect(red.nodes.map((n) => n.slack)).toEqual([null, null]);
  });

  it('gives slack and the critical chain from today, drift against a frozen baseline', () => {
    const early = presentProject(row, '2026-05-29', calendar);
    expect(early.nodes.map((n) => [n.slack, n.critical])).toEqual([
      [0, true],
      [0, true],
    ]);
    const later = project('2026-06-01', day(12));
    later.baseline = freezeBaseline({ type: 'new', target: '2026-06-12', nodes: row.nodes });
    expect(presentProject(later, '2026-05-29', calendar).nodes.map((n) => n.drift)).toEqual([3, 3]);
  });

  it('lists the permits by due date, or by department then due date', () => {
    const p = presentProject(row, '2026-05-29', calendar);
    expect(permitRows([p], 'date', () => '').map((r) => r.nodeKey)).toEqual(['filing', 'permit']);
  });
});

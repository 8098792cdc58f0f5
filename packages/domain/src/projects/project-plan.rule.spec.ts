import { describe, expect, it } from 'vitest';
import { createWorkCalendar } from '../calendar/work-calendar.js';
import { createPlan, replan, type PlanResult } from './project-plan.rule.js';
import type { ProjectPlan } from './project-plan.types.js';
import { testNode } from './project-nodes.fixture.js';

/* The chain of backward-schedule.rule.spec.ts: a (4 days) → b (2) and d (1) → c (3), around National Day 2026. */
const calendar = createWorkCalendar();
const chain = [testNode('a', 4), testNode('b', 2, ['a']), testNode('d', 1, ['a']), testNode('c', 3, ['b', 'd'])];

function planOf(result: PlanResult): ProjectPlan {
  if (!result.ok) throw new Error(`expected a plan, got ${JSON.stringify(result.problem)}`);
  return result.plan;
}
const dates = (plan: ProjectPlan) => Object.fromEntries(plan.nodes.map((n) => [n.key, [n.plannedStart, n.plannedFinish, n.actualStart, n.actualFinish]]));
const withProgress = (plan: ProjectPlan, key: string, progress: { actualStart?: string; actualFinish?: string }): ProjectPlan => ({
  ...plan,
  nodes: plan.nodes.map((n) => (n.key === key ? { ...n, ...progress } : n)),
});

describe('plans and re-plans', () => {
  const first = planOf(createPlan('new', chain, '2026-10-12', calendar, { start: '2026-09-19' }));

  it('plans every node at its latest dates (倒排: finish by)', () => {
    expect(first.type).toBe('new');
    expect(first.target).toBe('2026-10-12');
    expect(dates(first)).toEqual({
      a: ['2026-09-23', '2026-09-29', null, null],
      b: ['2026-09-30', '2026-10-08', null, null],
      d: ['2026-10-08', '2026-10-08', null, null],
      c: ['2026-10-09', '2026-10-12', null, null],
    });
    expect(first.nodes[0]).toMatchObject({ name: { zh: '节点A', en: 'A' }, durationDays: 4, permit: true });
  });

  it('keeps a finished node and its dates, and plans the rest again from today towards the new target', () => {
    const done = withProgress(first, 'a', { actualStart: '2026-09-21', actualFinish: '2026-09-25' });
    const started = withProgress(done, 'b', { actualStart: '2026-09-28' });
    const again = planOf(replan(started, '2026-10-13', calendar, { today: '2026-09-28' }));
    expect(again.target).toBe('2026-10-13');
    expect(dates(again)).toEqual({
      a: ['2026-09-23', '2026-09-29', '2026-09-21', '2026-09-25'],
      // c: Sat 10, Mon 12, Tue 13 Oct; b and d finish the working day before.
      b: ['2026-10-08', '2026-10-09', '2026-09-28', null],
      d: ['2026-10-09', '2026-10-09', null, null],
      c: ['2026-10-10', '2026-10-13', null, null],
    });
  });

  it('refuses a re-plan that no longer fits, naming the node', () => {
    const done = withProgress(first, 'a', { actualStart: '2026-09-21', actualFinish: '2026-09-29' });
    // From Fri 9 Oct: b takes Fri 9 and Sat 10, c Mon 12 to Wed 14, two working days past Mon 12.
    const result = replan(done, '2026-10-12', calendar, { today: '2026-10-09' });
    expect(result.ok ? null : result.problem.params).toEqual({ node: 'b', shortBy: 2, earliestStart: '2026-10-09', latestStart: '2026-09-30', earliestTarget: '2026-10-14' });
  });

  it('plans a node entered as already finished at its actual dates', () => {
    const entered = chain.map((n) => (n.key === 'a' ? { ...n, actualStart: '2026-09-01', actualFinish: '2026-09-04' } : n));
    const plan = planOf(createPlan('new', entered, '2026-10-12', calendar, { start: '2026-09-21' }));
    expect(dates(plan)['a']).toEqual(['2026-09-01', '2026-09-04', '2026-09-01', '2026-09-04']);
  });
});

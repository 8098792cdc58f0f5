import { describe, expect, it } from 'vitest';
import { createWorkCalendar } from '../calendar/work-calendar.js';
import { driftAgainstBaseline, freezeBaseline } from './baseline.rule.js';
import { createPlan, replan, type PlanResult } from './project-plan.rule.js';
import type { ProjectPlan } from './project-plan.types.js';
import { testNode } from './project-nodes.fixture.js';

const calendar = createWorkCalendar();
const chain = [testNode('a', 4), testNode('b', 2, ['a']), testNode('c', 3, ['b'])];

function planOf(result: PlanResult): ProjectPlan {
  if (!result.ok) throw new Error(`expected a plan, got ${JSON.stringify(result.problem)}`);
  return result.plan;
}
const drifts = (plan: ProjectPlan, base: ReturnType<typeof freezeBaseline>) => driftAgainstBaseline(plan, base, calendar).map((d) => [d.key, d.drift]);

describe('baseline and drift', () => {
  const plan = planOf(createPlan('new', chain, '2026-09-30', calendar, { start: '2026-09-01' }));
  const baseline = freezeBaseline(plan);

  it('freezes the planned dates', () => {
    expect(baseline).toEqual({
      target: '2026-09-30',
      nodes: plan.nodes.map((n) => ({ key: n.key, plannedStart: n.plannedStart, plannedFinish: n.plannedFinish })),
    });
    expect(drifts(plan, baseline)).toEqual([['a', 0], ['b', 0], ['c', 0]]);
  });

  it('counts the move in working days: from Wed 30 Sep over National Day to Thu 8 Oct is 1', () => {
    const later = planOf(replan(plan, '2026-10-08', calendar, { today: '2026-09-01' }));
    const result = driftAgainstBaseline(later, baseline, calendar);
    expect(result.find((d) => d.key === 'c')).toEqual({ key: 'c', baselineFinish: '2026-09-30', plannedFinish: '2026-10-08', drift: 1 });
    expect(drifts(later, baseline)).toEqual([['a', 1], ['b', 1], ['c', 1]]);
  });

  it('is negative for a finish moved earlier, zero for a finished node, null for a node the baseline lacks', () => {
    const done: ProjectPlan = { ...plan, nodes: plan.nodes.map((n) => (n.key === 'a' ? { ...n, actualStart: '2026-09-01', actualFinish: '2026-09-10' } : n)) };
    const earlier = planOf(replan(done, '2026-09-24', calendar, { today: '2026-09-11' }));
    // Wed 30 Sep back to Thu 24 Sep: Mon 28, Tue 29 and Wed 30 no longer used (中秋 Fri 25 is off).
    expect(drifts(earlier, baseline)).toEqual([['a', 0], ['b', -3], ['c', -3]]);
    const extra = { ...earlier, nodes: [...earlier.nodes, { ...earlier.nodes[2]!, key: 'e' }] };
    expect(driftAgainstBaseline(extra, baseline, calendar).at(-1)).toMatchObject({ key: 'e', baselineFinish: null, drift: null });
  });
});

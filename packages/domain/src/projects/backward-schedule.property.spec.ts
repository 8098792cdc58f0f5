import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addCalendarDays } from '../calendar/shanghai-time.js';
import { createWorkCalendar } from '../calendar/work-calendar.js';
import { scheduleBackward, type OpenNodeSchedule, type ProjectSchedule, type ScheduleResult } from './backward-schedule.rule.js';
import type { SchedulableNode } from './node-template.types.js';
import { testNode } from './project-nodes.fixture.js';
import { createWorkingDayLine } from './working-day-line.js';

/*
 * Properties of the backward schedule over random acyclic templates (up to 8 nodes of 1-25
 * working days, listed in a random order) and targets from 2025 to 2027: National Day, Spring
 * Festival, the make-up Saturdays and the provisional 2027 all fall inside. Some runs have the
 * first nodes (in an order where predecessors come first) finished before the start.
 */
const calendar = createWorkCalendar();
const line = createWorkingDayLine(calendar, '2026-01-01');
const RUNS = { seed: 20260630, numRuns: 100 };

interface Case {
  nodes: SchedulableNode[];
  target: string;
  start: string;
}

const template: fc.Arbitrary<SchedulableNode[]> = fc.integer({ min: 1, max: 8 }).chain((n) =>
  fc
    .tuple(
      fc.tuple(...Array.from({ length: n }, (_, i) => fc.subarray(Array.from({ length: i }, (_, j) => `n${j}`)))),
      fc.array(fc.integer({ min: 1, max: 25 }), { minLength: n, maxLength: n }),
      fc.shuffledSubarray(Array.from({ length: n }, (_, i) => i), { minLength: n, maxLength: n }),
    )
    .map(([preds, durations, order]) => order.map((i) => testNode(`n${i}`, durations[i]!, preds[i]!))),
);

/** 400 calendar days before the target is room for 8 × 25 working days and a shift of 30. */
const scheduleCase = (withFinished: boolean): fc.Arbitrary<Case> =>
  fc.tuple(template, fc.integer({ min: 0, max: 1094 }), fc.integer({ min: 0, max: withFinished ? 4 : 0 })).map(([nodes, offset, finished]) => {
    const target = addCalendarDays('2025-01-01', offset);
    const start = addCalendarDays(target, -400);
    // n0 … n(k-1) only wait for each other, so finishing them keeps "done before its successors";
    // one node at least is left to schedule.
    const k = Math.min(finished, nodes.length - 1);
    const done = nodes.map((n) => {
      const i = Number(n.key.slice(1));
      return i < k ? { ...n, actualStart: addCalendarDays(start, -60), actualFinish: addCalendarDays(start, -i - 1) } : n;
    });
    return { nodes: done, target, start };
  });

function ok(result: ScheduleResult): ProjectSchedule {
  if (!result.ok) throw new Error(`expected a schedule, got ${JSON.stringify(result.problem)}`);
  return result.schedule;
}
const openOf = (s: ProjectSchedule) => new Map(s.nodes.filter((n): n is OpenNodeSchedule => n.state === 'open').map((n) => [n.key, n]));
const unfinished = (nodes: readonly SchedulableNode[]) => nodes.filter((n) => n.actualFinish == null);

describe('backward schedule properties', () => {
  it('dues every node the working day before its successors’ earliest latest start, never on or after it', () => {
    fc.assert(
      fc.property(scheduleCase(true), ({ nodes, target, start }) => {
        const open = openOf(ok(scheduleBackward(nodes, target, calendar, { start })));
        for (const node of unfinished(nodes)) {
          const waiting = unfinished(nodes).filter((s) => s.predecessors.includes(node.key));
          const lf = open.get(node.key)!.latestFinish;
          if (waiting.length === 0) {
            expect(lf).toBe(line.dateOf(line.onOrBefore(target)));
            continue;
          }
          const firstLatestStart = waiting.map((s) => open.get(s.key)!.latestStart).sort()[0]!;
          for (const s of waiting) expect(lf < open.get(s.key)!.latestStart).toBe(true);
          expect(line.between(lf, firstLatestStart)).toBe(1);
        }
      }),
      RUNS,
    );
  });

  it('gives every node exactly its duration, on working days, after its predecessors', () => {
    fc.assert(
      fc.property(scheduleCase(true), ({ nodes, target, start }) => {
        const open = openOf(ok(scheduleBackward(nodes, target, calendar, { start })));
        const byKey = new Map(nodes.map((n) => [n.key, n]));
        for (const node of unfinished(nodes)) {
          const s = open.get(node.key)!;
          for (const date of [s.earliestStart, s.earliestFinish, s.latestStart, s.latestFinish]) expect([date, calendar.isWorkingDay(date)]).toEqual([date, true]);
          expect(line.between(s.earliestStart, s.earliestFinish)).toBe(node.durationDays - 1);
          expect(line.between(s.latestStart, s.latestFinish)).toBe(node.durationDays - 1);
          expect(s.earliestStart >= start).toBe(true);
          for (const p of node.predecessors) {
            const pred = byKey.get(p)!;
            expect(s.earliestStart > (pred.actualFinish ?? open.get(p)!.earliestFinish)).toBe(true);
          }
        }
      }),
      RUNS,
    );
  });

  it('moves every unfinished node by n working days when the target moves by n working days', () => {
    fc.assert(
      fc.property(scheduleCase(true), fc.integer({ min: -30, max: 30 }), ({ nodes, target, start }, n) => {
        const moved = line.dateOf(line.onOrBefore(target) + n);
        const before = openOf(ok(scheduleBackward(nodes, target, calendar, { start })));
        const after = openOf(ok(scheduleBackward(nodes, moved, calendar, { start })));
        expect([...after.keys()]).toEqual([...before.keys()]);
        for (const [key, b] of before) {
          const a = after.get(key)!;
          expect([key, line.between(b.latestStart, a.latestStart), line.between(b.latestFinish, a.latestFinish)]).toEqual([key, n, n]);
          expect([a.earliestStart, a.earliestFinish, a.slack]).toEqual([b.earliestStart, b.earliestFinish, b.slack + n]);
        }
      }),
      RUNS,
    );
  });

  it('has a critical chain of zero slack from a first node to a last one when started at the tightest start', () => {
    fc.assert(
      fc.property(scheduleCase(true), ({ nodes, target, start }) => {
        const tightest = ok(scheduleBackward(nodes, target, calendar, { start })).latestStart!;
        const schedule = ok(scheduleBackward(nodes, target, calendar, { start: tightest }));
        const open = openOf(schedule);
        expect(schedule.slack).toBe(0);
        const todo = unfinished(nodes);
        const critical = todo.filter((n) => open.get(n.key)!.critical);
        for (const n of todo) expect(open.get(n.key)!.slack >= 0).toBe(true);
        for (const n of critical) expect(open.get(n.key)!.slack).toBe(0);
        // A critical node waits, tightly, for a critical predecessor, or is one of the first.
        for (const n of critical) {
          const preds = n.predecessors.filter((p) => open.has(p));
          if (preds.length === 0) expect(open.get(n.key)!.earliestStart).toBe(tightest);
          else expect(preds.some((p) => open.get(p)!.critical && line.between(open.get(p)!.earliestFinish, open.get(n.key)!.earliestStart) === 1)).toBe(true);
        }
        expect(critical.some((n) => !todo.some((s) => s.predecessors.includes(n.key)))).toBe(true);
      }),
      RUNS,
    );
  });

  it('refuses one working day after the tightest start, naming the first critical node as one day short', () => {
    fc.assert(
      fc.property(scheduleCase(false), ({ nodes, target, start }) => {
        const loose = ok(scheduleBackward(nodes, target, calendar, { start }));
        const late = line.dateOf(line.onOrAfter(loose.latestStart!) + 1);
        const result = scheduleBackward(nodes, target, calendar, { start: late });
        const tight = ok(scheduleBackward(nodes, target, calendar, { start: loose.latestStart! }));
        const firstCritical = tight.order.find((k) => openOf(tight).get(k)!.critical);
        expect(result.ok ? null : result.problem.params).toMatchObject({ node: firstCritical, shortBy: 1, earliestStart: late });
      }),
      RUNS,
    );
  });
});

import { describe, expect, it } from 'vitest';
import { CalendarInputError } from '../calendar/calendar-input.error.js';
import { createWorkCalendar } from '../calendar/work-calendar.js';
import { scheduleBackward, type NodeSchedule, type OpenNodeSchedule, type ScheduleResult } from './backward-schedule.rule.js';
import { DEFAULT_NODE_TEMPLATES } from './node-templates.catalog.js';
import { testNode } from './project-nodes.fixture.js';

/*
 * Hand-computed schedules. Around National Day 2026 the working days are (see
 * working-day-line.spec.ts): Fri 18, Sun 20 (make-up), Mon 21 … Thu 24, Mon 28, Tue 29, Wed 30
 * Sep, Thu 8, Fri 9, Sat 10 (make-up), Mon 12, Tue 13 Oct.
 *
 * The chain: a (4 days) → b (2) → c (3), and d (1 day) beside b, also before c.
 */
const calendar = createWorkCalendar();
const chain = [testNode('a', 4), testNode('b', 2, ['a']), testNode('d', 1, ['a']), testNode('c', 3, ['b', 'd'])];

function ok(result: ScheduleResult) {
  if (!result.ok) throw new Error(`expected a schedule, got ${JSON.stringify(result.problem)}`);
  return result.schedule;
}
function open(nodes: NodeSchedule[]): Record<string, Omit<OpenNodeSchedule, 'key' | 'state'>> {
  return Object.fromEntries(nodes.filter((n) => n.state === 'open').map(({ key, state: _state, ...rest }) => [key, rest]));
}

describe('backward scheduling across National Day 2026', () => {
  it('places every node on working days, make-up days included, back from the target', () => {
    const schedule = ok(scheduleBackward(chain, '2026-10-12', calendar, { start: '2026-09-19' }));
    expect(open(schedule.nodes)).toEqual({
      // c: Fri 9, Sat 10, Mon 12 Oct. b: Wed 30 Sep, Thu 8 Oct. a: Wed 23 … Tue 29 Sep minus the 中秋 days.
      a: { earliestStart: '2026-09-20', earliestFinish: '2026-09-23', latestStart: '2026-09-23', latestFinish: '2026-09-29', slack: 3, critical: true },
      b: { earliestStart: '2026-09-24', earliestFinish: '2026-09-28', latestStart: '2026-09-30', latestFinish: '2026-10-08', slack: 3, critical: true },
      d: { earliestStart: '2026-09-24', earliestFinish: '2026-09-24', latestStart: '2026-10-08', latestFinish: '2026-10-08', slack: 4, critical: false },
      c: { earliestStart: '2026-09-29', earliestFinish: '2026-10-08', latestStart: '2026-10-09', latestFinish: '2026-10-12', slack: 3, critical: true },
    });
    expect(schedule.order).toEqual(['a', 'b', 'd', 'c']);
    expect(schedule.latestStart).toBe('2026-09-23');
    expect(schedule.earliestFinish).toBe('2026-10-08');
    expect(schedule.slack).toBe(3);
  });

  it('finishes on the working day before a target that is a day off', () => {
    const inHoliday = ok(scheduleBackward(chain, '2026-10-05', calendar, { start: '2026-09-01' }));
    expect(inHoliday.nodes.find((n) => n.key === 'c')).toMatchObject({ latestFinish: '2026-09-30', latestStart: '2026-09-28' });
    // A Sunday after the make-up Saturday: the Saturday.
    const sunday = ok(scheduleBackward(chain, '2026-10-11', calendar, { start: '2026-09-01' }));
    expect(sunday.nodes.find((n) => n.key === 'c')).toMatchObject({ latestFinish: '2026-10-10', latestStart: '2026-10-08' });
  });

  it('names the node that cannot fit, by how many working days, and the earliest target that fits', () => {
    const result = scheduleBackward(chain, '2026-10-12', calendar, { start: '2026-09-24' });
    expect(result).toEqual({
      ok: false,
      problem: {
        code: 'does_not_fit',
        params: { node: 'a', shortBy: 1, earliestStart: '2026-09-24', latestStart: '2026-09-23', earliestTarget: '2026-10-13' },
        message: {
          zh: '目标日期过早：节点“节点A”最晚须于 2026-09-23 开始，但最早只能在 2026-09-24 开始，差 1 个工作日；目标日期最早可定为 2026-10-13',
          en: 'The target is too early: node "A" would have to start by 2026-09-23 but cannot start before 2026-09-24, 1 working day(s) short; the earliest target that fits is 2026-10-13',
        },
      },
    });
    expect(ok(scheduleBackward(chain, '2026-10-13', calendar, { start: '2026-09-24' })).slack).toBe(0);
  });

  it('names the node short by the most, not merely the first one short', () => {
    // From Wed 23 to Thu 24 Sep: x (3 days) is short by 1, the chain y → z (4 + 3 days) by 5.
    const nodes = [testNode('x', 3), testNode('y', 4), testNode('z', 3, ['y'])];
    const result = scheduleBackward(nodes, '2026-09-24', calendar, { start: '2026-09-23' });
    expect(result.ok ? null : result.problem.params).toMatchObject({ node: 'y', shortBy: 5 });
  });

  it('starts successors of a finished node after its actual finish, and schedules only the rest', () => {
    const done = chain.map((n) => (n.key === 'a' ? { ...n, actualStart: '2026-09-14', actualFinish: '2026-09-28' } : n));
    const schedule = ok(scheduleBackward(done, '2026-10-12', calendar, { start: '2026-09-21' }));
    expect(schedule.nodes[0]).toEqual({ key: 'a', state: 'finished', actualFinish: '2026-09-28' });
    expect(schedule.order).toEqual(['b', 'd', 'c']);
    expect(open(schedule.nodes)['b']).toMatchObject({ earliestStart: '2026-09-29', earliestFinish: '2026-09-30', latestStart: '2026-09-30', slack: 1 });
    expect(open(schedule.nodes)['c']).toMatchObject({ earliestStart: '2026-10-08', latestFinish: '2026-10-12' });
    expect(schedule.latestStart).toBe('2026-09-30');
  });

  it('lets a node already started begin on its actual start', () => {
    const started = chain.map((n) => (n.key === 'a' ? { ...n, actualStart: '2026-09-20' } : n));
    const schedule = ok(scheduleBackward(started, '2026-10-12', calendar, { start: '2026-09-22' }));
    expect(open(schedule.nodes)['a']).toMatchObject({ earliestStart: '2026-09-20', earliestFinish: '2026-09-23', slack: 3 });
  });

  it('refuses a broken template with its problems, and a malformed date by throwing', () => {
    const result = scheduleBackward([testNode('a', 1, ['a'])], '2026-10-12', calendar, { start: '2026-09-01' });
    expect(result.ok ? null : [result.problem.code, result.problem.params]).toEqual(['invalid_template', { problems: [expect.objectContaining({ code: 'cycle' })] }]);
    expect(() => scheduleBackward(chain, '2026-10-32', calendar, { start: '2026-09-01' })).toThrow(CalendarInputError);
  });
});

describe('backward scheduling across Spring Festival 2027', () => {
  it('skips 除夕 to 初三 (Fri 5 - Mon 8 Feb) as the statute fixes them before the arrangement is published', () => {
    // chinese-days 1.5.7 ends with 2026: 2027 follows the statute and Mon-Fri (a provisional year).
    expect(calendar.isProvisional(2027)).toBe(true);
    const nodes = [testNode('p', 3), testNode('q', 5, ['p'])];
    const schedule = ok(scheduleBackward(nodes, '2027-02-12', calendar, { start: '2027-01-25' }));
    expect(open(schedule.nodes)).toEqual({
      // q: Thu 4, Tue 9 … Fri 12 Feb; p: Mon 1 … Wed 3 Feb.
      p: { earliestStart: '2027-01-25', earliestFinish: '2027-01-27', latestStart: '2027-02-01', latestFinish: '2027-02-03', slack: 5, critical: true },
      q: { earliestStart: '2027-01-28', earliestFinish: '2027-02-03', latestStart: '2027-02-04', latestFinish: '2027-02-12', slack: 5, critical: true },
    });
  });
});

describe('the default templates', () => {
  it('give the parallel permits of a new project real slack beside the land and planning chain', () => {
    const schedule = ok(scheduleBackward(DEFAULT_NODE_TEMPLATES.new, '2026-12-31', calendar, { start: '2026-01-05' }));
    const slack = Object.fromEntries(schedule.nodes.map((n) => [n.key, n.state === 'open' ? n.slack : null]));
    // 用地预审 15 + 规划许可 20 = 35 working days beside 环评 30 and 节能审查 10.
    expect(slack['eia_approval']! - slack['land_pre_review']!).toBe(5);
    expect(slack['energy_review']! - slack['land_pre_review']!).toBe(25);
    const critical = schedule.nodes.filter((n) => n.state === 'open' && n.critical).map((n) => n.key);
    expect(critical).toEqual(['project_filing', 'land_pre_review', 'planning_permit', 'construction_permit', 'groundbreaking', 'structure_complete', 'completion_acceptance', 'production']);
  });
});

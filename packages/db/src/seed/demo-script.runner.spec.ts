import { createKindRegistry, createWorkCalendar, slaState, type Accepted, type WorkItemState } from '@parkflow/domain';
import { describe, expect, it } from 'vitest';
import { DEMO_ITEMS } from './demo-data.js';
import { buildDemoPark } from './demo-park.factory.js';
import { runDemoScript, type DemoRunContext } from './demo-script.runner.js';

const calendar = createWorkCalendar();
const shanghai = (local: string) => new Date(`${local}+08:00`);

/** Plays every script in memory at `now`: the decisions each item was stored with, and its end state. */
async function playAll(now: Date) {
  const park = buildDemoPark('not-a-real-hash');
  let serial = 0;
  const decisions = new Map<string, Accepted[]>();
  const ctx: DemoRunContext = {
    park,
    now,
    calendar,
    kinds: createKindRegistry(),
    identify: async (prefix) => ({ id: `item-${++serial}`, code: `${prefix}-${serial}` }),
    persist: async (previous, decision) => {
      const stored: WorkItemState = { ...decision.next, version: previous ? previous.version + 1 : 1 };
      decisions.set(stored.id, [...(decisions.get(stored.id) ?? []), decision]);
      return stored;
    },
  };
  const results = [];
  for (const script of DEMO_ITEMS) results.push({ script, ...(await runDemoScript(script, ctx)) });
  return { results, decisions };
}

/** Moments across 2026 at odd hours (every 37 h), plus the awkward ones: before opening, after closing, weekends, the day after a long holiday. */
const NOWS = [
  ...Array.from({ length: 230 }, (_, i) => new Date(Date.parse('2026-01-05T00:00:00+08:00') + i * 37 * 3_600_000)),
  ...['2026-02-24T08:00:00', '2026-02-14T17:31:00', '2026-10-08T09:00:00', '2026-10-11T12:00:00', '2026-12-05T23:59:59', '2026-12-07T08:59:59', '2027-01-04T13:30:00'].map(shanghai),
];

describe('the demo scripts', () => {
  it('reach what each item is meant to show, at any moment of 2026, without a refused step', async () => {
    for (const now of NOWS) {
      const { results } = await playAll(now);
      for (const { script, item, refused } of results) {
        const where = `${script.title} seeded at ${now.toISOString()}`;
        expect(refused, where).toBeNull();
        expect(item, where).not.toBeNull();
        expect({ stage: item!.stage, status: item!.status }, where).toEqual({ stage: script.expected.stage, status: script.expected.status });
        // The stored state is the live one: what the worker records, it had recorded by now.
        expect(item!.sla, where).toBe(slaState(item!, now));
        if (script.expected.sla) expect(item!.sla, where).toBe(script.expected.sla);
      }
    }
    // A hang guard, not a speed claim: about 2 s alone, 45 s seen on a heavily loaded machine.
  }, 120_000);

  it('keep what the set shows: every stage, overdue and supervised items, a closure, an appeal the company raised and rated', async () => {
    const now = shanghai('2026-12-02T12:00:00');
    const { results, decisions } = await playAll(now);
    const items = results.map((r) => r.item!);
    expect(new Set(items.map((i) => i.stage))).toEqual(new Set(['assign', 'handle', 'feedback', 'close']));
    expect(items.filter((i) => i.sla === 'overdue').length).toBeGreaterThanOrEqual(2);
    expect(items.some((i) => i.kind === 'petition' && i.sla === 'overdue')).toBe(true);
    expect(items.filter((i) => i.supervisedAt).length).toBe(1);
    // One closure approved, one matter not accepted (不予受理) with its notice sent.
    expect(items.filter((i) => i.status === 'closed').map((i) => i.acceptance?.decision ?? null)).toEqual(['not_accepted', null]);
    expect(items.some((i) => i.status === 'pending_decision')).toBe(true);
    const park = buildDemoPark('x');
    const types = (title: string) => decisions.get(results.find((r) => r.script.title === title)!.item!.id)!.flatMap((d) => d.events.map((e) => e.type));
    expect(types('企业用电增容申请')).toEqual(['registered', 'stage_job_processed', 'accepted', 'replied', 'feedback_recorded', 'closure_approved']);
    // Overdue by weeks: the worker's checks are on the timeline, each once, in order; the 60-day
    // statutory clock from 受理 has run out since, and is warned, overdue and escalated in its turn.
    expect(types('拆迁安置补偿款未足额发放')).toEqual([
      'registered', 'matter_accepted', 'stage_job_processed', 'warned', 'overdue', 'escalated', 'escalated', 'owner_set',
      'warned', 'overdue', 'escalated', 'escalated',
    ]);
    expect(types('园区北区蒸汽管网压力不足影响生产')).toEqual(['registered']);
    expect(park.users.map((u) => u.username)).toEqual(['dispatcher', 'handler', 'handler2', 'head', 'leader', 'liaison', 'enterprise', 'admin']);
  });

  it('give each decision the time of its step, never later than the moment of seeding', async () => {
    const now = shanghai('2026-12-02T12:00:00');
    const { decisions } = await playAll(now);
    for (const list of decisions.values()) {
      const times = list.flatMap((d) => d.events.map((e) => Date.parse(e.at)));
      expect(times).toEqual([...times].sort((a, b) => a - b));
      expect(Math.max(...times)).toBeLessThanOrEqual(now.getTime());
    }
  });
});

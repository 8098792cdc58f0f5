import { randomUUID } from 'node:crypto';
import { applyScope, createDataSource, filterWorkItems, loadWorkItemPage, migrateDatabase, orderWorkItems, toWorkItemRow, WorkItemEntity, workItemPageSql, type WorkItemFilters } from '@parkflow/db';
import {
  approvalsScope,
  BUILT_IN_KINDS,
  bucketScope,
  createKindRegistry,
  departmentScope,
  matchesScope,
  mineScope,
  ownedScope,
  SLA_STATES,
  slaScope,
  slaState,
  STAGES,
  visibleItemsScope,
  WORK_ITEM_VIEWS,
  type Actor,
  type QueueScope,
  type Role,
  type SlaState,
  type WorkItemState,
} from '@parkflow/domain';
import fc from 'fast-check';
import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REINSPECTION_TEST_KIND } from '../../../packages/domain/src/testing/reinspection-test-kind.fixture.js';
import { createDatabase, dropDatabase, runScopedName } from '../../../tooling/scripts/test-resources.mjs';

/*
 * The one SQL translator of queue scopes against the domain's own reading of them: random items
 * of every kind (the test kind's own statuses included) are stored in real PostgreSQL, and for
 * every queue, board column and SLA filter the rows the SQL selects must be exactly the items
 * `matchesScope` selects — and, for the SLA filter, exactly those whose live `slaState` it names.
 */

const SERVER = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const KINDS = createKindRegistry([...BUILT_IN_KINDS, REINSPECTION_TEST_KIND]);
const NOW = new Date('2026-03-04T06:00:00Z');
const MIN = 60_000;
const D = ['11111111-1111-4111-8111-111111111111', '22222222-2222-4222-8222-222222222222'];
const U = ['aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa', 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb', 'cccccccc-cccc-4ccc-8ccc-cccccccccccc'];
const E = ['eeeeeeee-eeee-4eee-8eee-eeeeeeeeeee1', 'eeeeeeee-eeee-4eee-8eee-eeeeeeeeeee2'];

const at = (minutes: number) => new Date(NOW.getTime() + minutes * MIN).toISOString();
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null });
const offset = fc.integer({ min: -4 * 24 * 60, max: 4 * 24 * 60 });

/** A place in some kind's workflow: its kind, a stage and one of that stage's statuses. */
const place = fc.constantFrom(...KINDS.list().flatMap((k) => STAGES.flatMap((stage) => k.stages[stage].statuses.map((status) => ({ kind: k.id, stage, status })))));

const item = fc
  .record({
    place,
    department: maybe(fc.constantFrom(...D)),
    handler: maybe(fc.constantFrom(...U)),
    owner: maybe(fc.constantFrom(...U)),
    creator: fc.constantFrom(...U),
    enterprise: maybe(fc.constantFrom(...E)),
    supervised: fc.boolean(),
    paused: fc.boolean(),
    extension: fc.boolean(),
    returned: fc.boolean(),
    storedSla: fc.constantFrom(...SLA_STATES),
    deadline: fc.oneof(fc.constant(null), fc.record({ warn: offset, span: fc.integer({ min: 0, max: 3 * 24 * 60 }), met: fc.boolean() })),
    created: offset,
  })
  .map((r): WorkItemState => {
    const closed = r.place.status === 'closed';
    return {
      id: randomUUID(),
      code: `T-${randomUUID().slice(0, 8)}`,
      kind: r.place.kind,
      title: 't',
      description: 'd',
      channel: 'visit',
      category: 'utilities',
      urgency: 'normal',
      enterpriseId: r.enterprise,
      petitioner: null,
      stage: r.place.stage,
      status: r.place.status,
      departmentId: r.department,
      handlerId: r.handler,
      ownerLeaderId: r.owner,
      createdById: r.creator,
      stageSeq: 1,
      deadlines: r.deadline
        ? [{ stage: r.place.stage, stageSeq: 1, startedAt: at(r.created), warnAt: at(r.deadline.warn), dueAt: at(r.deadline.warn + r.deadline.span), amount: 1, unit: 'working_days', metAt: r.deadline.met || closed ? at(0) : null }]
        : [],
      sla: r.storedSla,
      version: 1,
      createdAt: at(r.created),
      updatedAt: at(r.created),
      closedAt: closed ? at(0) : null,
      supervisedAt: r.supervised && !closed ? at(-60) : null,
      extensionDaysUsed: 0,
      pendingExtension: r.extension && !closed ? { days: 1, reason: 'r', requestedById: U[0]!, requestedAt: at(-30), stageSeq: 1 } : null,
      reopenCount: 0,
      satisfaction: null,
      feedbackTimedOut: false,
      clockPausedAt: r.paused && !closed ? at(-120) : null,
      returnedAt: r.returned && !closed ? at(-200) : null,
    };
  });

function actor(id: string, roles: Role[], extra: Partial<Actor> = {}): Actor {
  return { id, roles, departmentId: null, leadsDepartmentIds: [], enterpriseId: null, liaisonEnterpriseIds: [], ...extra };
}

const ACTORS = [
  actor(U[0]!, ['dispatcher']),
  actor(U[1]!, ['handler'], { departmentId: D[0]! }),
  actor(U[2]!, ['department_head', 'handler'], { departmentId: D[1]!, leadsDepartmentIds: [D[1]!] }),
  actor(U[0]!, ['leader'], { leadsDepartmentIds: [D[0]!] }),
  actor(U[1]!, ['liaison'], { liaisonEnterpriseIds: [E[0]!] }),
  actor(U[2]!, ['enterprise'], { enterpriseId: E[1]! }),
];

/** Every scope the api turns into SQL: the queues per actor, visibility, the board columns and the SLA filter. */
function scopes(): [string, QueueScope][] {
  const raised = KINDS.raisedByEnterprise();
  const list: [string, QueueScope][] = [];
  ACTORS.forEach((a, i) => {
    list.push([`mine ${i}`, mineScope(a, raised)], [`department ${i}`, departmentScope(a)], [`approvals ${i}`, approvalsScope(a)], [`owned ${i}`, ownedScope(a)]);
    const visible = visibleItemsScope(a, raised);
    if (visible) list.push([`visible ${i}`, visible]);
  });
  for (const b of ['unassigned', 'returned', 'overdue', 'supervised', 'today_unsigned'] as const) list.push([`bucket ${b}`, bucketScope(b, NOW)]);
  for (const s of SLA_STATES) list.push([`sla ${s}`, slaScope(s, NOW)]);
  return list;
}

describe('the queue-scope SQL translator', () => {
  const name = runScopedName('it_scopes');
  let dataSource: DataSource;
  const items = fc.sample(item, { numRuns: 400, seed: 20261202 });

  beforeAll(async () => {
    dataSource = createDataSource({ url: await createDatabase(SERVER, name), poolSize: 2 });
    await dataSource.initialize();
    await migrateDatabase(dataSource);
    await dataSource.getRepository(WorkItemEntity).insert(items.map(toWorkItemRow));
  }, 60_000);

  afterAll(async () => {
    await dataSource?.destroy();
    await dropDatabase(SERVER, name);
  });

  it('selects exactly what matchesScope selects, for every queue, column and SLA filter, over random items of every kind', async () => {
    let compared = 0;
    for (const [label, scope] of scopes()) {
      const qb = dataSource.getRepository(WorkItemEntity).createQueryBuilder('w').select('w.id', 'id');
      applyScope(qb, scope, 'q');
      const sql = new Set((await qb.getRawMany<{ id: string }>()).map((r) => r.id));
      const domain = new Set(items.filter((i) => matchesScope(i, scope)).map((i) => i.id));
      expect([label, [...sql].sort()]).toEqual([label, [...domain].sort()]);
      compared += domain.size;
    }
    // The SLA filter is the live tag: each item is in exactly the column slaState names.
    for (const i of items) {
      const hits = SLA_STATES.filter((s: SlaState) => matchesScope(i, slaScope(s, NOW)));
      expect([i.id, hits]).toEqual([i.id, [slaState(i, NOW)]]);
    }
    // Enough matches that the comparison means something.
    expect(compared).toBeGreaterThan(1000);
  }, 60_000);

  it('the list page as one raw statement gives the query builder’s page and total, for every view, actor, filter and order', async () => {
    // The raw page (work-item-page.query.ts) and filterWorkItems apply the one list of terms; this holds them to the same rows.
    const raised = KINDS.raisedByEnterprise();
    const variants: Partial<WorkItemFilters>[] = [
      {},
      { sort: 'due_at', order: 'asc' },
      { sort: 'created_at', order: 'asc', kind: KINDS.ids[0] },
      { stage: 'handle' },
      { status: 'closed' },
      { sla: 'overdue', sort: 'due_at', order: 'desc' },
      { bucket: 'unassigned' },
      { q: 'T-' },
      { q: '100%_\\' },
    ];
    let rows = 0;
    for (const [a, who] of ACTORS.entries()) {
      for (const view of WORK_ITEM_VIEWS) {
        for (const variant of variants) {
          const filters: WorkItemFilters = { view, sort: 'created_at', order: 'desc', ...variant };
          for (const page of [{ offset: 0, limit: 7 }, { offset: 7, limit: 7 }, { offset: 1000, limit: 7 }]) {
            const qb = dataSource.getRepository(WorkItemEntity).createQueryBuilder('w');
            filterWorkItems(qb, filters, who, raised, NOW);
            orderWorkItems(qb, filters);
            const [built, builtTotal] = await qb.skip(page.offset).take(page.limit).getManyAndCount();
            const sql = workItemPageSql(filters, who, raised, NOW, page);
            expect(sql).not.toBeNull();
            const raw = await loadWorkItemPage(dataSource.manager, sql!);
            const label = `actor ${a} ${JSON.stringify(filters)} ${page.offset}`;
            expect([label, raw.total, raw.items.map((i) => i.id)]).toEqual([label, builtTotal, built.map((r) => r.id)]);
            rows += raw.items.length;
          }
        }
      }
    }
    // Enough rows that the comparison means something.
    expect(rows).toBeGreaterThan(500);
  }, 120_000);
});

import { describe, expect, it } from 'vitest';
import { APPEAL_KIND } from '../kinds/appeal.kind.js';
import { createKindRegistry, BUILT_IN_KINDS } from '../kinds/kind-registry.js';
import { PETITION_KIND } from '../kinds/petition.kind.js';
import { calendar, cast, DEPT_A, ENT_1, kinds, registerPetition, T0 } from '../workflow/workflow-test.fixture.js';
import { registerWorkItem, type RegisterInput } from './register-work-item.js';
import { repeatOfProblem } from './repeat-of.rule.js';
import type { WorkItemState } from './work-item.types.js';

/*
 * 重复件 at registration: the earlier item must exist, be visible to the registrar, be of a kind
 * the new item's kind repeats, and be closed (办结); a kind without a repeat rule has no repeats.
 */

const closed = (item: WorkItemState, extra: Partial<WorkItemState> = {}): WorkItemState => ({
  ...item,
  stage: 'close',
  status: 'closed',
  closedAt: '2026-03-20T02:00:00.000Z',
  ...extra,
});

const EARLIER = closed(registerPetition(T0, DEPT_A), { id: 'earlier-1', code: 'XF-20260302-0001' });
const later = new Date('2026-04-01T02:00:00Z');

function input(extra: Partial<RegisterInput> = {}): RegisterInput {
  return {
    kind: 'petition',
    title: '厂区噪音扰民（再次反映）',
    description: '上次办结后噪音又出现',
    channel: 'visit',
    category: EARLIER.category,
    urgency: 'normal',
    enterpriseId: null,
    petitioner: EARLIER.petitioner,
    departmentId: null,
    decision: { accept: true },
    ...extra,
  };
}

const register = (extra: Partial<RegisterInput>, actor = cast.dispatcher, registry = kinds) =>
  registerWorkItem(input(extra), actor, { id: 'new-1', code: 'XF-20260401-0001' }, later, calendar, registry);

describe('registering a repeat (重复件)', () => {
  it('links a new petition to the closed petition it repeats', () => {
    const decision = register({ repeatOfId: EARLIER.id, repeatOf: EARLIER });
    expect(decision.ok && decision.next.repeatOfId).toBe(EARLIER.id);
    const plain = register({});
    expect(plain.ok && plain.next.repeatOfId).toBeNull();
  });

  it.each([
    ['an open item', { repeatOfId: 'open-1', repeatOf: { ...registerPetition(T0, DEPT_A), id: 'open-1', code: 'XF-20260302-0002' } }, 'repeat_not_closed'],
    ['an id nothing was found for', { repeatOfId: 'ghost', repeatOf: null }, 'repeat_unknown'],
    ['an item other than the one named', { repeatOfId: 'ghost', repeatOf: EARLIER }, 'repeat_unknown'],
    ['a closed item of a kind petitions do not repeat', { repeatOfId: 'appeal-1', repeatOf: { ...EARLIER, id: 'appeal-1', kind: 'appeal', petitioner: null } }, 'repeat_wrong_kind'],
  ] as const)('refuses %s with a field error on repeatOfId', (_what, extra, reason) => {
    const decision = register(extra as Partial<RegisterInput>);
    expect(decision).toMatchObject({ ok: false, refusal: { code: 'invalid_input', reason, fields: { repeatOfId: expect.any(String) } } });
  });

  it('names the open item in its refusal, so the dispatcher can add to it instead', () => {
    const open = { ...registerPetition(T0, DEPT_A), id: 'open-1', code: 'XF-20260302-0002' };
    expect(repeatOfProblem(PETITION_KIND, open.id, open, cast.dispatcher, kinds)).toMatchObject({ reason: 'repeat_not_closed', params: { code: 'XF-20260302-0002' } });
  });

  it('refuses a repeat for a kind that counts none (appeals, reviews)', () => {
    const enterpriseAppeal = register({ kind: 'appeal', petitioner: null, enterpriseId: ENT_1, decision: null, repeatOfId: EARLIER.id, repeatOf: EARLIER });
    expect(enterpriseAppeal).toMatchObject({ ok: false, refusal: { reason: 'repeats_not_counted', params: { kind: 'appeal' }, fields: { repeatOfId: expect.any(String) } } });
    expect(repeatOfProblem(APPEAL_KIND, EARLIER.id, EARLIER, cast.dispatcher, kinds)?.reason).toBe('repeats_not_counted');
    expect(BUILT_IN_KINDS.filter((k) => k.repeats).map((k) => k.id)).toEqual(['petition']);
  });

  it('refuses an earlier item the registrar may not see exactly as one that does not exist', () => {
    // A kind that department handlers register (a park's own): handler B cannot see department A's items.
    const local = { ...PETITION_KIND, id: 'local_complaint', codePrefix: 'LC', registerRoles: ['dispatcher', 'handler'], repeats: { of: ['local_complaint'] } } as const;
    const registry = createKindRegistry([...BUILT_IN_KINDS, local]);
    const earlier = { ...EARLIER, kind: local.id, departmentId: DEPT_A };
    expect(repeatOfProblem(local, earlier.id, earlier, cast.handlerA1, registry)).toBeNull();
    expect(repeatOfProblem(local, earlier.id, earlier, cast.handlerB1, registry)).toMatchObject({ reason: 'repeat_unknown', params: {} });
    expect(repeatOfProblem(local, 'ghost', null, cast.handlerB1, registry)).toMatchObject({ reason: 'repeat_unknown', params: {} });
  });
});

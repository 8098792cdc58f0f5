import { describe, expect, it } from 'vitest';
import { BUILT_IN_KINDS, createKindRegistry } from '../kinds/kind-registry.js';
import { PETITION_KIND } from '../kinds/petition.kind.js';
import { APPEAL_KIND } from '../kinds/appeal.kind.js';
import { cast, DEPT_A, DEPT_B, kinds, registerPetition, T0 } from '../workflow/workflow-test.fixture.js';
import { comparableContact, mayLookUpRepeats, repeatCandidates, samePetitioner } from './repeat-candidates.rule.js';
import type { Petitioner, WorkItemState } from './work-item.types.js';

/*
 * 同一信访人同一事项: the closed items a new petition may repeat — the same ID number (else the
 * same phone), the same category — newest closure first, as far as the asker may see.
 */

const BASE = registerPetition(T0, DEPT_A);
let seq = 0;
function closedPetition(petitioner: Petitioner, extra: Partial<WorkItemState> = {}): WorkItemState {
  seq += 1;
  return { ...BASE, id: `p-${seq}`, code: `XF-20260302-000${seq}`, stage: 'close', status: 'closed', closedAt: '2026-03-10T02:00:00.000Z', petitioner, ...extra };
}
const person = (phone: string | null, idNumber: string | null): Petitioner => ({ name: '张三', phone, idNumber });

const ID = '41010219800101123X';
const lookup = (phone: string | null, idNumber: string | null, category = BASE.category) => ({ kind: PETITION_KIND, petitioner: { phone, idNumber }, category });

describe('the same petitioner', () => {
  it.each([
    ['138 0013 8000', '13800138000'],
    ['138-0013-8000', '13800138000'],
    ['138\u30000013\uff0d8000', '13800138000'],
    ['41010219800101123x', ID],
  ])('compares %s as %s', (raw, bare) => expect(comparableContact(raw)).toBe(bare));

  it.each([null, '', '  ', '138****8000', '410102********123X', '138＊＊＊＊8000'])('never compares %j (absent, empty or masked)', (raw) => {
    expect(comparableContact(raw)).toBeNull();
  });

  it('goes by the ID number when both have one, else by the phone', () => {
    expect(samePetitioner({ phone: '13800138000', idNumber: ID }, { phone: '13900000000', idNumber: ID.toLowerCase() })).toBe(true);
    // A shared family phone is not the same person when the ID numbers differ.
    expect(samePetitioner({ phone: '13800138000', idNumber: ID }, { phone: '13800138000', idNumber: '410102198001011234' })).toBe(false);
    expect(samePetitioner({ phone: '138-0013-8000', idNumber: null }, { phone: '13800138000', idNumber: ID })).toBe(true);
    expect(samePetitioner({ phone: '138****8000', idNumber: null }, { phone: '138****8000', idNumber: null })).toBe(false);
    expect(samePetitioner({ phone: null, idNumber: null }, { phone: null, idNumber: null })).toBe(false);
  });
});

describe('repeatCandidates', () => {
  const byId = closedPetition(person('13900000000', ID), { closedAt: '2026-03-05T02:00:00.000Z' });
  const byPhone = closedPetition(person('138 0013 8000', null), { closedAt: '2026-03-12T02:00:00.000Z' });
  const otherMatter = closedPetition(person('13800138000', ID), { category: BASE.category === 'land' ? 'utilities' : 'land' });
  const open = { ...closedPetition(person('13800138000', ID)), stage: 'handle' as const, status: 'in_progress', closedAt: null };
  const masked = closedPetition(person('138****8000', '410102********123X'));
  const otherDepartment = closedPetition(person('13800138000', null), { departmentId: DEPT_B, closedAt: '2026-03-01T02:00:00.000Z' });
  const appeal = closedPetition(person('13800138000', ID), { kind: 'appeal' });
  const ALL = [byId, byPhone, otherMatter, open, masked, otherDepartment, appeal];

  it('finds closed petitions of the same matter by ID number or phone, newest closure first', () => {
    const found = repeatCandidates(lookup('13800138000', ID), ALL, cast.dispatcher, kinds).map((i) => i.id);
    // byPhone has no ID number, so its phone decides; otherDepartment likewise. Not the other matter, the open one, the masked one or the appeal.
    expect(found).toEqual([byPhone.id, byId.id, otherDepartment.id]);
  });

  it('a lookup by a masked number finds nobody, not even the masked record', () => {
    expect(repeatCandidates(lookup('138****8000', '410102********123X'), ALL, cast.dispatcher, kinds)).toEqual([]);
    expect(repeatCandidates(lookup(null, null), ALL, cast.dispatcher, kinds)).toEqual([]);
  });

  it('by phone alone, an earlier item whose petitioner gave an ID number is still found by the phone', () => {
    expect(repeatCandidates(lookup('13900000000', null), ALL, cast.dispatcher, kinds).map((i) => i.id)).toEqual([byId.id]);
  });

  it('leaves out what the asker may not see', () => {
    const local = { ...PETITION_KIND, id: 'local_complaint', codePrefix: 'LC', registerRoles: ['dispatcher', 'handler'], repeats: { of: ['local_complaint'] } } as const;
    const registry = createKindRegistry([...BUILT_IN_KINDS, local]);
    const items = [byPhone, otherDepartment].map((i) => ({ ...i, kind: local.id }));
    const ask = (actor: typeof cast.handlerA1) => repeatCandidates({ ...lookup('13800138000', null), kind: local }, items, actor, registry).map((i) => i.departmentId);
    expect(ask(cast.handlerA1)).toEqual([DEPT_A]);
    expect(ask(cast.handlerB1)).toEqual([DEPT_B]);
    expect(ask(cast.dispatcher)).toEqual([DEPT_A, DEPT_B]);
  });

  it('is for those who register a kind that counts repeats', () => {
    expect(mayLookUpRepeats(cast.dispatcher, PETITION_KIND)).toBe(true);
    expect(mayLookUpRepeats(cast.admin, PETITION_KIND)).toBe(true);
    expect(mayLookUpRepeats(cast.handlerA1, PETITION_KIND)).toBe(false);
    expect(mayLookUpRepeats(cast.dispatcher, APPEAL_KIND)).toBe(false);
    expect(repeatCandidates({ ...lookup('13800138000', ID), kind: APPEAL_KIND }, ALL, cast.dispatcher, kinds)).toEqual([]);
  });
});

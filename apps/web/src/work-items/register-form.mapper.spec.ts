import { CreateWorkItemRequestSchema } from '@parkflow/contracts';
import { BUILT_IN_KINDS, createKindRegistry } from '@parkflow/domain';
import { describe, expect, it } from 'vitest';
import { HAZARD_KIND } from '../kinds/test-kinds.fixture';
import { enterpriseRule, petitionerRule, projectRule, repeatLookupOf, stageLimits, toCreateRequest, visibleFieldPaths } from './register-form.mapper';

const kinds = createKindRegistry([...BUILT_IN_KINDS, HAZARD_KIND]);
const ENTERPRISE = '3f0e6c5a-5d2b-4c8e-9a51-0c2d7e1b9f10';

const PROJECT = '5a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';

describe('toCreateRequest', () => {
  it('builds a project task (问题清单) with its project and node, and drops them for a kind without a project link', () => {
    const values = { kind: 'project_task', title: '施工许可卡在消防审查', description: '消防设计审查意见未出', channel: 'visit', category: 'permits', urgency: 'normal' as const, projectId: ` ${PROJECT} `, nodeKey: 'construction_permit' };
    const request = toCreateRequest(kinds, values);
    expect([request.projectId, request.nodeKey]).toEqual([PROJECT, 'construction_permit']);
    expect(CreateWorkItemRequestSchema.safeParse(request).success).toBe(true);
    expect(projectRule(kinds.get('project_task'))).toBe('required');
    expect(visibleFieldPaths(kinds.get('project_task'))).toEqual(expect.arrayContaining([['projectId'], ['nodeKey']]));
    // No project: no node either (the contract then names the missing project).
    expect(toCreateRequest(kinds, { ...values, projectId: '', nodeKey: 'construction_permit' }).nodeKey).toBeNull();
    const appeal = toCreateRequest(kinds, { ...values, kind: 'appeal' });
    expect([appeal.projectId, appeal.nodeKey]).toEqual([null, null]);
    expect(projectRule(kinds.get('appeal'))).toBe('none');
    expect(visibleFieldPaths(kinds.get('appeal'))).not.toContainEqual(['projectId']);
  });

  it('builds a valid appeal without a petitioner', () => {
    const request = toCreateRequest(kinds, {
      kind: 'appeal',
      title: '园区东区停水',
      description: '三天未恢复供水',
      channel: 'symposium',
      category: 'utilities',
      urgency: 'urgent',
      enterpriseId: ENTERPRISE,
      petitioner: { name: '张三' },
    });
    expect(request.petitioner).toBeNull();
    expect(request.enterpriseId).toBe(ENTERPRISE);
    expect(CreateWorkItemRequestSchema.safeParse(request).success).toBe(true);
  });

  it('builds a petition with its petitioner, blank optional fields as null, and the enterprise it may name', () => {
    const request = toCreateRequest(kinds, {
      kind: 'petition',
      title: '拖欠工资',
      description: '某厂拖欠三个月工资',
      channel: 'visit',
      category: 'hiring',
      urgency: 'normal',
      enterpriseId: ` ${ENTERPRISE} `,
      petitioner: { name: '李四', phone: '  ', idNumber: undefined },
    });
    expect(request.enterpriseId).toBe(ENTERPRISE);
    expect(request.petitioner).toEqual({ name: '李四', phone: null, idNumber: null });
    expect(CreateWorkItemRequestSchema.safeParse(request).success).toBe(true);
    expect(toCreateRequest(kinds, { kind: 'petition', urgency: 'normal', enterpriseId: '' }).enterpriseId).toBeNull();
  });

  it('sends no link the kind does not have: a hazard carries no petitioner', () => {
    const request = toCreateRequest(kinds, { kind: 'hazard', urgency: 'normal', petitioner: { name: '王五' }, enterpriseId: ENTERPRISE });
    expect(request.petitioner).toBeNull();
    expect(request.enterpriseId).toBe(ENTERPRISE);
  });

  it('leaves missing required inputs for the contract schema to report', () => {
    const result = CreateWorkItemRequestSchema.safeParse(toCreateRequest(kinds, { kind: 'appeal', urgency: 'normal' }));
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error.issues.map((issue) => issue.path.join('.'))).toEqual(expect.arrayContaining(['title', 'description', 'channel', 'category']));
  });
});

describe('visibleFieldPaths', () => {
  it('follows the kind definition’s links', () => {
    const [petition, appeal, hazard] = ['petition', 'appeal', 'hazard'].map((id) => kinds.get(id));
    expect([petitionerRule(petition), enterpriseRule(petition)]).toEqual(['required', 'optional']);
    expect([petitionerRule(appeal), enterpriseRule(appeal)]).toEqual(['none', 'required']);
    expect(visibleFieldPaths(appeal)).toContainEqual(['enterpriseId']);
    expect(visibleFieldPaths(appeal)).not.toContainEqual(['petitioner', 'name']);
    expect(visibleFieldPaths(petition)).toContainEqual(['petitioner', 'name']);
    expect(visibleFieldPaths(petition)).toContainEqual(['enterpriseId']);
    expect(visibleFieldPaths(hazard)).toEqual([['kind'], ['title'], ['description'], ['channel'], ['category'], ['urgency'], ['enterpriseId']]);
    expect(visibleFieldPaths(undefined)).not.toContainEqual(['enterpriseId']);
  });
});

describe('stageLimits', () => {
  it('lists the kind’s time limit per stage as the registry has it, a park’s override included', () => {
    const park = createKindRegistry(BUILT_IN_KINDS, { appeal: { stages: { handle: { amount: 4, unit: 'working_days', urgentAmount: 1 } } } });
    expect(stageLimits(park.get('appeal')!)).toEqual([
      { stage: 'assign', amount: 0, unit: 'working_days' },
      { stage: 'handle', amount: 4, unit: 'working_days', urgentAmount: 1 },
      { stage: 'feedback', amount: 3, unit: 'working_days' },
      { stage: 'close', amount: 2, unit: 'working_days' },
    ]);
    expect(stageLimits(kinds.get('appeal')!)[1]).toMatchObject({ amount: 5 });
  });
});

describe('toCreateRequest: 受理 decision, received date, reviewed item', () => {
  const base = { title: 't', description: 'd', channel: 'symposium', category: 'utilities', urgency: 'normal' as const, petitioner: { name: '张三' } };
  it('sends a 不予受理 with its reason and note, the received date, for a kind that decides', () => {
    const request = toCreateRequest(kinds, { ...base, kind: 'petition', receivedOn: '2026-11-30', decision: 'decline', declineReason: 'other', decisionNote: ' 已起诉 ' });
    expect(request.decision).toEqual({ accept: false, reason: 'other', note: '已起诉' });
    expect(request.receivedOn).toBe('2026-11-30');
    expect(request.reviewOfId).toBeNull();
  });
  it('sends 受理 as accept and 暂不决定 as no decision', () => {
    expect(toCreateRequest(kinds, { ...base, kind: 'petition', decision: 'accept' }).decision).toEqual({ accept: true });
    expect(toCreateRequest(kinds, { ...base, kind: 'petition', decision: 'none' }).decision).toBeNull();
  });
  it('sends the reviewed item and an administrator’s late-window reason for a review kind only', () => {
    const ORIGINAL = '9b2f1d7e-3c4a-4e8b-8f1a-2d6c5b4a3e21';
    const review = toCreateRequest(kinds, { ...base, kind: 'petition_review', reviewOfId: ORIGINAL, windowOverride: { reason: ' 信访人住院 ' } });
    expect(review).toMatchObject({ reviewOfId: ORIGINAL, windowOverride: { reason: '信访人住院' } });
    expect(CreateWorkItemRequestSchema.safeParse(review).success).toBe(true);
    expect(toCreateRequest(kinds, { ...base, kind: 'petition_review', reviewOfId: ORIGINAL, windowOverride: { reason: '  ' } }).windowOverride).toBeNull();
    expect(toCreateRequest(kinds, { ...base, kind: 'petition', windowOverride: { reason: '信访人住院' } }).windowOverride).toBeNull();
  });
  it('sends no decision for a kind that does not decide', () => {
    expect(toCreateRequest(kinds, { ...base, kind: 'appeal', enterpriseId: ENTERPRISE, decision: 'accept' }).decision).toBeNull();
  });
});

describe('重复件 on the register form', () => {
  const petition = kinds.get('petition');
  const EARLIER = '6a1f3c2e-8b7d-4e5f-9a0b-1c2d3e4f5a6b';

  it('sends the repeat for a kind that counts repeats, and never for one that does not', () => {
    const values = { kind: 'petition', urgency: 'normal' as const, repeatOfId: EARLIER };
    expect(toCreateRequest(kinds, values).repeatOfId).toBe(EARLIER);
    expect(toCreateRequest(kinds, { ...values, repeatOfId: '' }).repeatOfId).toBeNull();
    expect(toCreateRequest(kinds, { ...values, kind: 'appeal' }).repeatOfId).toBeNull();
    expect(visibleFieldPaths(petition)).toContainEqual(['repeatOfId']);
    expect(visibleFieldPaths(kinds.get('appeal'))).not.toContainEqual(['repeatOfId']);
  });

  it('looks up candidates once a category and a whole, unmasked number are filled', () => {
    const petitioner = { name: '张三', phone: '138 0013 8000', idNumber: '41010219800101123x' };
    expect(repeatLookupOf(petition, { category: 'environment', petitioner })).toEqual({ kind: 'petition', category: 'environment', phone: '138 0013 8000', idNumber: '41010219800101123x' });
    expect(repeatLookupOf(petition, { category: 'environment', petitioner: { phone: '1380013', idNumber: '4101021980' } })).toEqual({ kind: 'petition', category: 'environment', phone: '1380013' });
    // Nothing to look up with: no category, a half-typed ID number and no phone, masked numbers, a kind without repeats.
    expect(repeatLookupOf(petition, { category: undefined, petitioner })).toBeNull();
    expect(repeatLookupOf(petition, { category: 'environment', petitioner: { idNumber: '4101021980' } })).toBeNull();
    expect(repeatLookupOf(petition, { category: 'environment', petitioner: { phone: '138****8000', idNumber: '410102********123X' } })).toBeNull();
    expect(repeatLookupOf(kinds.get('appeal'), { category: 'environment', petitioner })).toBeNull();
  });
});

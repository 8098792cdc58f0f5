import { createKindRegistry, HUMAN_ACTIONS } from '@parkflow/domain';
import { describe, expect, it } from 'vitest';
import { createKindContracts } from './kind-contracts.js';
import { CreateWorkItemRequestSchema, WorkItemListQuerySchema } from './work-item.contract.js';

const contracts = createKindContracts(createKindRegistry());
const WorkItemActionRequestSchema = contracts.actionRequest('appeal')!;

const ID = '3f1d2c4b-5a6e-4f70-8a9b-0c1d2e3f4a5b';

describe("a kind's action requests (built from its own definition's field specs)", () => {
  it('has one shape per human action', () => {
    for (const action of HUMAN_ACTIONS) {
      const result = WorkItemActionRequestSchema.safeParse({ action, version: 1 });
      // Either valid without input, or refused only for its own missing inputs — never as an unknown action.
      if (!result.success) expect(result.error.issues.every((i) => i.path[0] !== 'action')).toBe(true);
    }
  });

  it('requires a whole-number version', () => {
    expect(WorkItemActionRequestSchema.safeParse({ action: 'accept' }).success).toBe(false);
    expect(WorkItemActionRequestSchema.safeParse({ action: 'accept', version: 1.5 }).success).toBe(false);
    expect(WorkItemActionRequestSchema.safeParse({ action: 'accept', version: 3 }).success).toBe(true);
  });

  it('checks each input as the domain specifies it', () => {
    expect(WorkItemActionRequestSchema.safeParse({ action: 'return', version: 1, reason: '   ' }).success).toBe(false);
    expect(WorkItemActionRequestSchema.safeParse({ action: 'return', version: 1, reason: 'x'.repeat(1001) }).success).toBe(false);
    expect(WorkItemActionRequestSchema.safeParse({ action: 'request_extension', version: 1, days: 0, reason: 'r' }).success).toBe(false);
    expect(WorkItemActionRequestSchema.safeParse({ action: 'request_extension', version: 1, days: 10, reason: 'r' }).success).toBe(true);
    expect(WorkItemActionRequestSchema.safeParse({ action: 'record_feedback', version: 1, satisfaction: 'happy' }).success).toBe(false);
    expect(WorkItemActionRequestSchema.safeParse({ action: 'assign', version: 1, departmentId: 'not-a-uuid' }).success).toBe(false);
    expect(WorkItemActionRequestSchema.safeParse({ action: 'assign', version: 1, departmentId: ID }).success).toBe(true);
  });

  it('refuses an unknown action by naming the field', () => {
    const result = WorkItemActionRequestSchema.safeParse({ action: 'fly', version: 1 });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['action']);
  });
});

describe('the contract follows the registry', () => {
  it('knows only the registry\'s kinds, and checks each kind\'s required links', () => {
    const base = { title: 't', description: 'd', channel: 'online', category: 'utilities' };
    expect(contracts.createWorkItem.safeParse({ ...base, kind: 'ticket' }).success).toBe(false);
    const appeal = contracts.createWorkItem.safeParse({ ...base, kind: 'appeal' });
    expect(appeal.success).toBe(false);
    expect(appeal.error?.issues.map((i) => i.path.join('.'))).toEqual(['enterpriseId']);
    expect(contracts.createWorkItem.safeParse({ ...base, kind: 'petition' }).error?.issues.map((i) => i.path.join('.'))).toEqual(['petitioner']);
    expect(contracts.actionRequest('ticket')).toBeNull();
  });

  it('says "required" for a required field that is missing, as for one that is empty', () => {
    const missing = WorkItemActionRequestSchema.safeParse({ action: 'return', version: 1 });
    expect(missing.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['reason', 'required']]);
    expect(WorkItemActionRequestSchema.safeParse({ action: 'assign', version: 1 }).error?.issues.map((i) => i.message)).toEqual(['required']);
  });

  it('offers no system action to people', () => {
    expect(WorkItemActionRequestSchema.safeParse({ action: 'warn', version: 1, stageSeq: 1, deadlineRev: 0 }).success).toBe(false);
  });
});

describe('request schemas', () => {
  it('fills defaults for a registration and trims text', () => {
    const parsed = CreateWorkItemRequestSchema.parse({ kind: 'appeal', title: '  停电 ', description: 'd', channel: 'online', category: 'utilities' });
    expect(parsed).toMatchObject({ title: '停电', urgency: 'normal', enterpriseId: null, petitioner: null, departmentId: null });
  });

  it('bounds the page size and coerces query numbers', () => {
    expect(WorkItemListQuerySchema.parse({ page: '2', pageSize: '50' })).toMatchObject({ page: 2, pageSize: 50, view: 'mine', sort: 'created_at', order: 'desc' });
    expect(WorkItemListQuerySchema.safeParse({ pageSize: '101' }).success).toBe(false);
  });
});

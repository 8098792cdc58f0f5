import { CreateProjectRequestSchema } from '@parkflow/contracts';
import { describe, expect, it } from 'vitest';
import { doesNotFitOf, scheduleTargetField, templateNodeName, toCreateProjectRequest, toReplanRequest } from './project-form.mapper';

const U = '7d1e2f3a-4b5c-4d6e-8f90-a1b2c3d4e5f6';
const D = '0b6f5c1e-8a3c-4f7e-9d2a-1c2b3d4e5f60';
const FULL = {
  name: ' 冷链物流园 ',
  investorName: '华光冷链有限公司',
  investmentWan: 32_000,
  type: 'new',
  phase: 'signed',
  targets: { start: '2026-05-06', completion: '2027-03-31', production: '2027-06-30' },
  chiefOfficerId: U,
  pushTeamIds: [U],
  departmentIds: [D],
};

describe('the create project form', () => {
  it('sends what the contract takes, trimmed, scheduled from production by default', () => {
    const parsed = CreateProjectRequestSchema.safeParse(toCreateProjectRequest(FULL));
    expect(parsed.success).toBe(true);
    expect(parsed.data).toMatchObject({ name: '冷链物流园', scheduleTarget: 'production', departmentIds: [D] });
    expect(toCreateProjectRequest({ ...FULL, scheduleTarget: 'completion' }).scheduleTarget).toBe('completion');
  });

  it('leaves missing fields for the contract to name', () => {
    const parsed = CreateProjectRequestSchema.safeParse(toCreateProjectRequest({ name: '', targets: { start: '2026-05-06' } }));
    expect(parsed.success).toBe(false);
    const paths = parsed.error!.issues.map((issue) => issue.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['name', 'investorName', 'investmentWan', 'type', 'phase', 'targets.completion', 'targets.production', 'chiefOfficerId']));
    expect(toCreateProjectRequest({}).pushTeamIds).toEqual([]);
  });

  it('re-plans with the targets and the version only', () => {
    expect(toReplanRequest(4, FULL.targets, 'production')).toEqual({ version: 4, targets: FULL.targets, scheduleTarget: 'production' });
  });

  it('reads a does_not_fit refusal and shows it beside the target the schedule works back from', () => {
    const body = { statusCode: 400, error: 'Bad Request', message: 'does not fit', reason: 'does_not_fit', params: { node: 'construction_permit', shortBy: 12, earliestTarget: '2027-07-16' } };
    expect(doesNotFitOf(body)).toEqual({ node: 'construction_permit', shortBy: 12, earliestTarget: '2027-07-16' });
    expect(doesNotFitOf({ ...body, reason: 'invalid_input' })).toBeNull();
    expect(doesNotFitOf(null)).toBeNull();
    expect(scheduleTargetField(undefined)).toEqual(['targets', 'production']);
    expect(scheduleTargetField('completion')).toEqual(['targets', 'completion']);
  });

  it('names the node from the type’s template, or not at all when it is not there', () => {
    const templates = { templates: [{ type: 'new', isDefault: true, nodes: [{ key: 'construction_permit', name: { zh: '施工许可', en: 'Construction permit' }, durationDays: 10, predecessors: [], phase: 'permits' as const, permit: true, department: null }] }] };
    expect(templateNodeName(templates, 'new', 'construction_permit')).toEqual({ zh: '施工许可', en: 'Construction permit' });
    expect(templateNodeName(templates, 'signed', 'construction_permit')).toBeNull();
    expect(templateNodeName(undefined, 'new', 'x')).toBeNull();
  });
});

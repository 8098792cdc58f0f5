import { describe, expect, it } from 'vitest';
import type { Actor, Role } from '../roles/role.js';
import { mayCreateProject, mayEditTemplates, mayListProjects, mayOnProject, projectListScope, projectOperations } from './project-access.rule.js';

const actor = (id: string, ...roles: Role[]): Actor => ({ id, roles, departmentId: null, leadsDepartmentIds: [], enterpriseId: null, liaisonEnterpriseIds: [] });
const project = { chiefOfficerId: 'chief', pushTeamIds: ['member'] };

describe('project access, per role', () => {
  it.each([
    ['dispatcher', ['read', 'edit', 'complete_node', 'report_progress', 'archive', 'freeze_baseline']],
    ['admin', ['read', 'edit', 'complete_node', 'report_progress', 'archive', 'freeze_baseline']],
    ['leader', ['read']],
    ['department_head', ['read']],
    ['handler', ['read']],
    ['liaison', []],
    ['enterprise', []],
  ] as const)('%s, serving no project: %j', (role, ops) => {
    expect(projectOperations(actor('someone', role), project)).toEqual(ops);
  });

  it('the chief service officer writes their project; the push team completes nodes and reports progress only', () => {
    expect(projectOperations(actor('chief', 'liaison'), project)).toEqual(['read', 'edit', 'complete_node', 'report_progress', 'archive', 'freeze_baseline']);
    expect(projectOperations(actor('member', 'liaison'), project)).toEqual(['read', 'complete_node', 'report_progress']);
    expect(projectOperations(actor('member', 'handler'), project)).toEqual(['read', 'complete_node', 'report_progress']);
  });

  it('a liaison lists only the projects they serve; an enterprise contact none', () => {
    expect(projectListScope(actor('x', 'liaison'))).toBe('served');
    expect(projectListScope(actor('x', 'leader', 'liaison'))).toBe('all');
    expect(projectListScope(actor('x', 'enterprise'))).toBe('none');
    expect(mayListProjects(actor('x', 'enterprise'))).toBe(false);
    expect(mayListProjects(actor('x', 'liaison'))).toBe(true);
    expect(mayOnProject(actor('chief', 'enterprise'), project, 'read')).toBe(false);
  });

  it('only dispatchers and admins create projects; only admins edit templates', () => {
    expect(mayCreateProject(actor('x', 'dispatcher'))).toBe(true);
    expect(mayCreateProject(actor('x', 'leader'))).toBe(false);
    expect(mayEditTemplates(actor('x', 'admin'))).toBe(true);
    expect(mayEditTemplates(actor('x', 'dispatcher'))).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { createWorkCalendar, shanghaiDate } from '../calendar/index.js';
import { PROJECT_NODE_DATE, PROJECT_TASK_KIND } from '../kinds/project-task.kind.js';
import { registerWorkItem } from '../work-item/register-work-item.js';
import { followLinkedDate } from './retime.policy.js';
import { runningDeadline } from './sla-state.policy.js';
import { act, cast, DEPT_A, expectOk, registryOf } from './workflow-test.fixture.js';

/*
 * A project task follows its node: when the node's planned finish moves, the task carries the new
 * date and its running handle deadline moves to it under a new revision (old timers cancelled,
 * new ones scheduled); in another stage it only carries the date.
 */

const calendar = createWorkCalendar();
const kinds = registryOf(PROJECT_TASK_KIND);
const accepted = new Date('2026-09-28T02:00:00Z');
const base = { kind: 'project_task', title: '施工许可缺消防审查意见', description: '需协调', channel: 'inspection', category: 'permits', urgency: 'normal' as const, enterpriseId: null, petitioner: null, departmentId: DEPT_A };

function registered(projectId: string | null, linked: Record<string, string>) {
  return registerWorkItem({ ...base, projectId, projectNodeKey: 'construction_permit', linkedDates: linked }, cast.dispatcher, { id: 'item-p1', code: 'XR-1' }, accepted, calendar, kinds);
}

describe('project tasks and their node', () => {
  it('a project task names its project; its node only with it', () => {
    const refused = registered(null, {});
    expect(refused.ok ? null : refused.refusal).toMatchObject({ code: 'invalid_input', fields: { projectId: expect.any(String), nodeKey: expect.any(String) } });
    expect(expectOk(registered('project-1', {})).next).toMatchObject({ projectId: 'project-1', projectNodeKey: 'construction_permit' });
  });

  it('moves the running handle deadline to the node’s new planned finish, under a new revision', () => {
    const item = act(expectOk(registered('project-1', { [PROJECT_NODE_DATE]: '2026-10-09' })).next, 'accept', cast.handlerA1, {}, accepted, kinds).next;
    const before = runningDeadline(item)!;
    expect(shanghaiDate(new Date(before.dueAt))).toBe('2026-10-09');
    const moved = followLinkedDate(item, PROJECT_TASK_KIND, calendar, accepted, { name: PROJECT_NODE_DATE, date: '2026-10-16', actorId: 'dispatcher-1' })!;
    const after = runningDeadline(moved.next)!;
    expect(shanghaiDate(new Date(after.dueAt))).toBe('2026-10-16');
    expect(after.rev).toBe((before.rev ?? 0) + 1);
    expect(moved.next.linkedDates).toEqual({ [PROJECT_NODE_DATE]: '2026-10-16' });
    expect(moved.events).toEqual([expect.objectContaining({ type: 'deadline_retimed', data: expect.objectContaining({ linkedDate: PROJECT_NODE_DATE, toDueAt: after.dueAt }) })]);
    expect(moved.effects.map((e) => e.type)).toContain('cancel_timers');
    expect(moved.effects.map((e) => e.type)).toContain('schedule_timer');
    expect(followLinkedDate(moved.next, PROJECT_TASK_KIND, calendar, accepted, { name: PROJECT_NODE_DATE, date: '2026-10-16', actorId: 'x' })).toBeNull();
  });

  it('in the assign stage it only carries the new date, for the handling entry to come', () => {
    const item = expectOk(registered('project-1', { [PROJECT_NODE_DATE]: '2026-10-09' })).next;
    const moved = followLinkedDate(item, PROJECT_TASK_KIND, calendar, accepted, { name: PROJECT_NODE_DATE, date: '2026-10-16', actorId: 'x' })!;
    expect(moved.events).toEqual([]);
    expect(moved.next.linkedDates).toEqual({ [PROJECT_NODE_DATE]: '2026-10-16' });
    expect(moved.next.deadlines).toEqual(item.deadlines);
  });
});

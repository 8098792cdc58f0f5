import { describe, expect, it } from 'vitest';
import { createWorkCalendar } from '../calendar/index.js';
import { workingDaysUntil } from '../calendar/working-days-until.js';
import { DATED_TEST_KIND } from '../testing/reinspection-test-kind.fixture.js';
import { registerWorkItem } from '../work-item/register-work-item.js';
import { runningDeadline } from '../workflow/sla-state.policy.js';
import { act, cast, DEPT_A, ENT_1, expectOk, registryOf } from '../workflow/workflow-test.fixture.js';
import { applyKindOverride } from './kind-overrides.js';

/*
 * A stage deadline taken from a linked record's date (a project node's planned finish): the
 * limit is the working days from the stage's start to that date on the official calendar, and
 * without the date the kind's own amount applies.
 */

const calendar = createWorkCalendar();
const kinds = registryOf(DATED_TEST_KIND);

function acceptedOn(accepted: Date, linkedDates: Record<string, string>) {
  const input = { kind: DATED_TEST_KIND.id, title: '配电房积水', description: '整改通知书要求限期整改', channel: 'visit', category: 'utilities', urgency: 'normal' as const, enterpriseId: ENT_1, petitioner: null, departmentId: DEPT_A, linkedDates };
  const item = expectOk(registerWorkItem(input, cast.dispatcher, { id: 'item-d1', code: 'YD-1' }, accepted, calendar, kinds)).next;
  return act(item, 'accept', cast.handlerA1, {}, accepted, kinds).next;
}

describe('a deadline from a linked date', () => {
  it('counts working days across the National Day holiday and its make-up Saturday', () => {
    // Monday 2026-09-28 10:00 Shanghai; 1–7 October are holidays, Saturday 10-10 is a make-up working day.
    const from = new Date('2026-09-28T02:00:00Z');
    expect(workingDaysUntil(calendar, from, '2026-09-28')).toBe(0);
    expect(workingDaysUntil(calendar, from, '2026-09-30')).toBe(2);
    expect(workingDaysUntil(calendar, from, '2026-10-08')).toBe(3);
    expect(workingDaysUntil(calendar, from, '2026-10-09')).toBe(4);
    expect(workingDaysUntil(calendar, from, '2026-10-10')).toBe(5);
    expect(workingDaysUntil(calendar, from, '2026-09-01')).toBe(0);
  });

  it('sets the handling deadline to the close of office hours on that date, else the kind\'s amount', () => {
    const accepted = new Date('2026-09-28T02:00:00Z');
    const dated = runningDeadline(acceptedOn(accepted, { inspection_due: '2026-10-09' }))!;
    expect(dated).toMatchObject({ stage: 'handle', unit: 'working_days', amount: 4 });
    // Friday 10-09, 17:30 Shanghai.
    expect(dated.dueAt).toBe('2026-10-09T09:30:00.000Z');
    const undated = runningDeadline(acceptedOn(accepted, {}))!;
    expect(undated).toMatchObject({ amount: 10, unit: 'working_days' });
  });

  it('survives a park overriding the time limit: the date stays the kind\'s', () => {
    const overridden = applyKindOverride(DATED_TEST_KIND, { stages: { handle: { amount: 5, unit: 'working_days' } } });
    expect(overridden.stages.handle.deadline).toEqual({ amount: 5, unit: 'working_days', fromDate: 'inspection_due' });
  });
});

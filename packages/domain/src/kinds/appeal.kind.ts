import { STANDARD_STATUS_LABELS } from '../catalog/standard-statuses.catalog.js';
import { STANDARD_ACTIONS } from '../workflow/standard-actions.catalog.js';
import type { KindDefinition } from './kind-definition.js';

/** Why an appeal's handling may wait: the only reasons its clock may stand still. */
const APPEAL_PAUSE_REASONS = {
  awaiting_enterprise: { zh: '等待企业补充材料', en: 'Waiting for the company’s documents' },
  third_party: { zh: '等待第三方检测、鉴定或上级审批', en: 'Waiting for a third party (test, appraisal, higher approval)' },
} as const;

/**
 * 企业诉求: acknowledge the same working day (问题不过夜 — 0 working days means "by the end of
 * today's office hours, or the next working day's"), handle within 5 working days (urgent: 1),
 * feedback within 3 working days, closure approval within 2 working days.
 */
export const APPEAL_KIND: KindDefinition = {
  id: 'appeal',
  label: { zh: '企业诉求', en: 'Enterprise appeal' },
  codePrefix: 'SQ',
  registerRoles: ['dispatcher', 'liaison', 'enterprise', 'admin'],
  stages: {
    assign: { statuses: ['pending_assignment', 'pending_acceptance'], deadline: { amount: 0, unit: 'working_days' } },
    handle: { statuses: ['in_progress'], deadline: { amount: 5, unit: 'working_days', urgentAmount: 1 } },
    feedback: { statuses: ['awaiting_feedback'], deadline: { amount: 3, unit: 'working_days' }, onDue: { timeout: 'feedback_timeout' } },
    close: { statuses: ['awaiting_approval', 'closed'], deadline: { amount: 2, unit: 'working_days' } },
  },
  statusLabels: STANDARD_STATUS_LABELS,
  warnShare: 0.8,
  extensionCapDays: 10,
  // Appeals are short: a park allows a few small extensions within the 10-day cap.
  extensionLimit: 3,
  links: { petitioner: 'none', enterprise: 'required' },
  enterpriseLink: 'raised_by',
  actions: {
    ...STANDARD_ACTIONS,
    // The company rates the answer itself, or through its liaison cadre, or the dispatcher calls.
    record_feedback: {
      ...STANDARD_ACTIONS.record_feedback,
      parties: ['dispatcher', 'enterprise_contact', 'enterprise_liaison'],
    },
    // The handle clock stands still only while the answer waits on someone outside the department.
    pause_clock: {
      ...STANDARD_ACTIONS.pause_clock,
      label: { zh: '暂停计时', en: 'Pause clock' },
      inputs: {
        reason: { type: 'enum', required: true, values: Object.keys(APPEAL_PAUSE_REASONS), labels: APPEAL_PAUSE_REASONS },
        note: { type: 'text', required: false, maxLength: 2000 },
      },
    },
  },
  // 问题不过夜: half a working day late reaches the department head, a full day the leader.
  escalation: [
    { after: { amount: 4, unit: 'working_hours' }, audience: 'department_head' },
    { after: { amount: 1, unit: 'working_days' }, audience: 'leader' },
  ],
};

import type { KindDefinition } from './kind-definition.js';

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
    feedback: { statuses: ['awaiting_feedback'], deadline: { amount: 3, unit: 'working_days' } },
    close: { statuses: ['awaiting_approval'], deadline: { amount: 2, unit: 'working_days' } },
  },
  warnShare: 0.8,
  extensionCapDays: 10,
  hasPetitioner: false,
};

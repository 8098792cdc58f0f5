import { STANDARD_STATUS_LABELS } from '../catalog/standard-statuses.catalog.js';
import { STANDARD_ACTIONS } from '../workflow/standard-actions.catalog.js';
import type { KindDefinition } from './kind-definition.js';

/**
 * 信访件, under the national 信访工作条例 (2022): decide within 15 days whether to accept, handle
 * within 60 days of acceptance, one extension of at most 30 days approved by the unit's head.
 * Feedback and closure limits are the park's own choice (configurable).
 */
export const PETITION_KIND: KindDefinition = {
  id: 'petition',
  label: { zh: '信访件', en: 'Petition' },
  codePrefix: 'XF',
  registerRoles: ['dispatcher', 'admin'],
  stages: {
    assign: { statuses: ['pending_assignment', 'pending_acceptance'], deadline: { amount: 15, unit: 'calendar_days' } },
    handle: { statuses: ['in_progress'], deadline: { amount: 60, unit: 'calendar_days' } },
    feedback: { statuses: ['awaiting_feedback'], deadline: { amount: 10, unit: 'working_days' }, onDue: { timeout: 'feedback_timeout' } },
    close: { statuses: ['awaiting_approval', 'closed'], deadline: { amount: 5, unit: 'working_days' } },
  },
  statusLabels: STANDARD_STATUS_LABELS,
  warnShare: 0.8,
  extensionCapDays: 30,
  links: { petitioner: 'required', enterprise: 'optional' },
  // A petition naming a company complains about it: the company and its liaison never see it.
  enterpriseLink: 'concerns',
  // Petitions are rated by the dispatcher's follow-up call (回访); there is no company contact.
  actions: STANDARD_ACTIONS,
  // A petition overdue by a working day goes to the department head, by three to the leader.
  escalation: [
    { after: { amount: 1, unit: 'working_days' }, audience: 'department_head' },
    { after: { amount: 3, unit: 'working_days' }, audience: 'leader' },
  ],
};

import { STANDARD_STATUS_LABELS } from '../catalog/standard-statuses.catalog.js';
import type { KindDefinition } from './kind-definition.js';
import { PETITION_ACTIONS } from './petition-actions.catalog.js';

/**
 * 信访件, under the national 信访工作条例 (2022), which keeps the 2005 limits:
 * - decide within 15 days of receiving the matter whether to accept it (受理 / 不予受理), in writing;
 * - answer within 60 days of acceptance: one statutory clock over the whole matter, which a
 *   reopening or a refused closure never restarts;
 * - one extension of at most 30 days, approved by the unit's head, the petitioner told why;
 * - a department sent a matter outside its remit objects within 5 working days;
 * - a period of 日 ending on a rest day ends on the next working day (民法典).
 * The stage limits inside (routing, handling, feedback, closure) are the park's own choice.
 */
export const PETITION_KIND: KindDefinition = {
  id: 'petition',
  label: { zh: '信访件', en: 'Petition' },
  codePrefix: 'XF',
  registerRoles: ['dispatcher', 'admin'],
  stages: {
    assign: {
      statuses: ['pending_decision', 'pending_assignment', 'pending_acceptance'],
      deadline: { amount: 15, unit: 'calendar_days', startsFrom: 'received' },
    },
    handle: { statuses: ['in_progress'], deadline: { amount: 60, unit: 'calendar_days' } },
    feedback: { statuses: ['awaiting_feedback'], deadline: { amount: 10, unit: 'working_days' }, onDue: { timeout: 'feedback_timeout' } },
    close: { statuses: ['awaiting_approval', 'closed'], deadline: { amount: 5, unit: 'working_days' } },
  },
  statusLabels: { ...STANDARD_STATUS_LABELS, pending_decision: { zh: '待受理', en: 'Awaiting decision' } },
  warnShare: 0.8,
  extensionCapDays: 30,
  extensionLimit: 1,
  statutoryClock: { label: { zh: '法定办理期限', en: 'Statutory time limit' }, amount: 60, unit: 'calendar_days', startsOn: 'acceptance' },
  objectionWindow: { amount: 5, unit: 'working_days' },
  periodEnd: 'next_working_day',
  // 重复信访: the same petitioner back on a matter already closed is a new petition, counted as a
  // repeat of the closed one (repeat-of.rule.ts says why appeals and reviews do not count them).
  repeats: { of: ['petition'] },
  links: { petitioner: 'required', enterprise: 'optional' },
  // A petition naming a company complains about it: the company and its liaison never see it.
  enterpriseLink: 'concerns',
  // Petitions are rated by the dispatcher's follow-up call (回访); there is no company contact.
  actions: PETITION_ACTIONS,
  // A petition overdue by a working day goes to the department head, by three to the leader.
  escalation: [
    { after: { amount: 1, unit: 'working_days' }, audience: 'department_head' },
    { after: { amount: 3, unit: 'working_days' }, audience: 'leader' },
  ],
};

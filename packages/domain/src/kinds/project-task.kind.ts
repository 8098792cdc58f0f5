import { STANDARD_STATUS_LABELS } from '../catalog/standard-statuses.catalog.js';
import { STANDARD_ACTIONS } from '../workflow/standard-actions.catalog.js';
import type { KindDefinition } from './kind-definition.js';

/** The linked date a project task's handling is due on: its node's planned finish (set by the api from the project's plan). */
export const PROJECT_NODE_DATE = 'project_node';

/**
 * 项目任务 (问题清单): a problem found while pushing a key project (把诊问脉: examine, list, solve
 * one by one), routed like a case. It names its project (links.project required) and optionally
 * the node it holds up; then its handling is due on that node's planned finish, and follows it
 * when the plan moves (the api re-times it). Without a node it has 10 working days (urgent: 3).
 * No company raises it, so no company's contacts see it; the dispatcher records the feedback
 * after asking the push team.
 */
export const PROJECT_TASK_KIND: KindDefinition = {
  id: 'project_task',
  label: { zh: '项目任务', en: 'Project task' },
  codePrefix: 'XR',
  registerRoles: ['dispatcher', 'admin', 'leader', 'department_head', 'liaison'],
  stages: {
    assign: { statuses: ['pending_assignment', 'pending_acceptance'], deadline: { amount: 1, unit: 'working_days' } },
    handle: { statuses: ['in_progress'], deadline: { amount: 10, unit: 'working_days', urgentAmount: 3, fromDate: PROJECT_NODE_DATE } },
    feedback: { statuses: ['awaiting_feedback'], deadline: { amount: 3, unit: 'working_days' }, onDue: { timeout: 'feedback_timeout' } },
    close: { statuses: ['awaiting_approval', 'closed'], deadline: { amount: 2, unit: 'working_days' } },
  },
  statusLabels: STANDARD_STATUS_LABELS,
  warnShare: 0.8,
  extensionCapDays: 10,
  links: { petitioner: 'none', enterprise: 'none', project: 'required' },
  enterpriseLink: 'concerns',
  actions: {
    ...STANDARD_ACTIONS,
    record_feedback: { ...STANDARD_ACTIONS.record_feedback, parties: ['dispatcher'] },
  },
  escalation: [
    { after: { amount: 1, unit: 'working_days' }, audience: 'department_head' },
    { after: { amount: 3, unit: 'working_days' }, audience: 'leader' },
  ],
};

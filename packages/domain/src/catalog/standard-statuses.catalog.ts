import type { StandardStatus } from '../work-item/work-item.types.js';
import type { Label } from './label.js';

/** Labels of the standard workflow's statuses; a kind spreads them into its statusLabels and adds its own. */
export const STANDARD_STATUS_LABELS: Readonly<Record<StandardStatus, Label>> = {
  pending_assignment: { zh: '待交办', en: 'Awaiting assignment' },
  pending_acceptance: { zh: '待签收', en: 'Awaiting acceptance' },
  in_progress: { zh: '办理中', en: 'In progress' },
  awaiting_feedback: { zh: '待回访', en: 'Awaiting feedback' },
  awaiting_approval: { zh: '待办结审批', en: 'Awaiting closure approval' },
  closed: { zh: '已办结', en: 'Closed' },
};

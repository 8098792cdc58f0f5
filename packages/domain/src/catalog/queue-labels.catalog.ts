import type { WorkItemView } from '../roles/queue-views.js';
import type { SlaState, Stage, Urgency } from '../work-item/work-item.types.js';
import type { Label } from './label.js';

/*
 * The words of the queue's fixed columns, for what the server writes itself (the ledger .xlsx);
 * the web words the same values in its i18n messages, in the UI language.
 */

export const STAGE_LABELS: Readonly<Record<Stage, Label>> = {
  assign: { zh: '交办', en: 'Assign' },
  handle: { zh: '办理', en: 'Handle' },
  feedback: { zh: '反馈', en: 'Feedback' },
  close: { zh: '办结', en: 'Close' },
};

export const SLA_STATE_LABELS: Readonly<Record<SlaState, Label>> = {
  normal: { zh: '正常', en: 'On time' },
  warning: { zh: '预警', en: 'Warning' },
  overdue: { zh: '超期', en: 'Overdue' },
  supervised: { zh: '督办', en: 'Supervised' },
};

export const URGENCY_LABELS: Readonly<Record<Urgency, Label>> = {
  normal: { zh: '一般', en: 'Normal' },
  urgent: { zh: '紧急', en: 'Urgent' },
};

/** The queue views, as a ledger's file name says which one it holds. */
export const WORK_ITEM_VIEW_LABELS: Readonly<Record<WorkItemView, Label>> = {
  mine: { zh: '我的待办', en: 'My queue' },
  department: { zh: '部门事项', en: 'Department' },
  all: { zh: '全部', en: 'All' },
  approvals: { zh: '待我审批', en: 'Waiting for me' },
  owned: { zh: '我包案的', en: 'Cases I own' },
};

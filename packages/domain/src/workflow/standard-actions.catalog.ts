import { EVENT_AUDIENCES } from '../roles/event-audience.js';
import type { Status } from '../work-item/work-item.types.js';
import { SATISFACTIONS } from '../work-item/work-item.types.js';
import type { ActionDefinition, FieldSpec, StandardHumanAction } from './action-definition.types.js';

/*
 * The usual assign → handle → feedback → close workflow as data. Kinds spread this table and
 * override what differs (e.g. who records feedback); the engine reads only the kind's copy.
 */

export const OPEN_STATUSES: readonly Status[] = [
  'pending_assignment',
  'pending_acceptance',
  'in_progress',
  'awaiting_feedback',
  'awaiting_approval',
];

const REASON: FieldSpec = { type: 'text', required: true, maxLength: 1000 };
const OPTIONAL_COMMENT: FieldSpec = { type: 'text', required: false, maxLength: 2000 };
const REQUIRED_COMMENT: FieldSpec = { type: 'text', required: true, maxLength: 2000 };

/** Every system action names the stage entry and deadline revision its timer was set for. */
const TIMER_INPUTS: Readonly<Record<string, FieldSpec>> = {
  stageSeq: { type: 'integer', required: true, min: 0, max: 1_000_000_000 },
  deadlineRev: { type: 'integer', required: true, min: 0, max: 1_000_000_000 },
  // Set for a timer of the statutory clock (法定办理期限), which runs beside the stage entries.
  clock: { type: 'enum', required: false, values: ['statutory'] },
};

/** Those who work in the department the item is routed to: they sign for it or send it back. */
const RECEIVING_DEPARTMENT = ['item_handler', 'department_handler', 'department_head'] as const;

type StandardAction = StandardHumanAction | 'warn' | 'mark_overdue' | 'escalate' | 'feedback_timeout';

export const STANDARD_ACTIONS: Readonly<Record<StandardAction, ActionDefinition>> = {
  assign: {
    label: { zh: '交办', en: 'Assign' },
    handler: 'assign',
    parties: ['dispatcher'],
    // Also before acceptance, so a wrong automatic route can be corrected without a return.
    statuses: ['pending_assignment', 'pending_acceptance'],
    inputs: { departmentId: { type: 'id', required: true }, handlerId: { type: 'id', required: false } },
    to: { stage: 'assign', status: 'pending_acceptance' },
  },
  accept: {
    label: { zh: '签收', en: 'Accept' },
    handler: 'accept',
    parties: RECEIVING_DEPARTMENT,
    statuses: ['pending_acceptance'],
    // A department head signing for the department may name who handles it.
    inputs: { handlerId: { type: 'id', required: false } },
    to: { stage: 'handle', status: 'in_progress' },
  },
  return: {
    label: { zh: '退回', en: 'Return' },
    handler: 'return',
    parties: RECEIVING_DEPARTMENT,
    statuses: ['pending_acceptance'],
    inputs: { reason: REASON },
    to: { stage: 'assign', status: 'pending_assignment' },
  },
  transfer: {
    label: { zh: '转办', en: 'Transfer' },
    handler: 'transfer',
    parties: ['dispatcher', 'department_head'],
    statuses: ['pending_acceptance', 'in_progress'],
    inputs: { departmentId: { type: 'id', required: true }, reason: REASON },
    to: { stage: 'assign', status: 'pending_acceptance', newEntry: true },
  },
  request_extension: {
    label: { zh: '申请延期', en: 'Request extension' },
    handler: 'request_extension',
    parties: ['item_handler'],
    statuses: ['in_progress'],
    inputs: { days: { type: 'integer', required: true, min: 1, max: 3650 }, reason: REASON },
  },
  approve_extension: {
    label: { zh: '批准延期', en: 'Approve extension' },
    handler: 'approve_extension',
    parties: ['owner_leader', 'department_leader'],
    statuses: ['in_progress'],
    inputs: { comment: OPTIONAL_COMMENT },
  },
  reject_extension: {
    label: { zh: '驳回延期', en: 'Reject extension' },
    handler: 'reject_extension',
    parties: ['owner_leader', 'department_leader'],
    statuses: ['in_progress'],
    inputs: { comment: OPTIONAL_COMMENT },
  },
  request_coordination: {
    label: { zh: '申请上级协调', en: 'Request coordination' },
    handler: 'request_coordination',
    parties: ['item_handler'],
    statuses: ['in_progress'],
    inputs: { reason: REASON },
  },
  // Waiting on the petitioner (or the company) for material or an answer stops the handle clock.
  pause_clock: {
    label: { zh: '暂停计时（等待当事人）', en: 'Pause clock (waiting on petitioner)' },
    handler: 'pause_clock',
    parties: ['item_handler', 'department_head'],
    statuses: ['in_progress'],
    inputs: { reason: REASON },
  },
  resume_clock: {
    label: { zh: '恢复计时', en: 'Resume clock' },
    handler: 'resume_clock',
    parties: ['item_handler', 'department_head'],
    statuses: ['in_progress'],
    inputs: { comment: OPTIONAL_COMMENT },
  },
  reply: {
    label: { zh: '答复', en: 'Reply' },
    handler: 'reply',
    parties: ['item_handler'],
    statuses: ['in_progress'],
    inputs: { content: { type: 'text', required: true, maxLength: 5000 } },
    to: { stage: 'feedback', status: 'awaiting_feedback' },
  },
  record_feedback: {
    label: { zh: '回访', en: 'Record feedback' },
    handler: 'record_feedback',
    parties: ['dispatcher', 'enterprise_liaison'],
    statuses: ['awaiting_feedback'],
    inputs: { satisfaction: { type: 'enum', required: true, values: SATISFACTIONS }, comment: OPTIONAL_COMMENT },
    outcomes: { rated: { stage: 'close', status: 'awaiting_approval' }, reopened: { stage: 'handle', status: 'in_progress' } },
  },
  approve_close: {
    label: { zh: '批准办结', en: 'Approve closure' },
    handler: 'approve_close',
    parties: ['approving_leader'],
    statuses: ['awaiting_approval'],
    inputs: { comment: OPTIONAL_COMMENT },
  },
  reject_close: {
    label: { zh: '驳回办结', en: 'Reject closure' },
    handler: 'reject_close',
    parties: ['approving_leader'],
    statuses: ['awaiting_approval'],
    inputs: { comment: REQUIRED_COMMENT },
    to: { stage: 'handle', status: 'in_progress', newEntry: true },
  },
  supervise: {
    label: { zh: '督办', en: 'Supervise' },
    handler: 'supervise',
    parties: ['dispatcher', 'leader'],
    statuses: OPEN_STATUSES,
    inputs: { comment: REQUIRED_COMMENT },
  },
  set_owner: {
    label: { zh: '设置包案领导', en: 'Set owner leader' },
    handler: 'set_owner',
    parties: ['dispatcher', 'leader'],
    statuses: OPEN_STATUSES,
    inputs: { leaderUserId: { type: 'id', required: true } },
  },
  comment: {
    label: { zh: '备注', en: 'Comment' },
    handler: 'comment',
    parties: ['viewer'],
    // The only action on a closed item: it records an event and changes no state.
    statuses: [...OPEN_STATUSES, 'closed'],
    // Internal (staff only) unless the author makes it public; the safe default.
    inputs: { text: REQUIRED_COMMENT, audience: { type: 'enum', required: false, values: EVENT_AUDIENCES } },
  },
  warn: {
    label: { zh: '预警', en: 'Warn' },
    handler: 'warn',
    parties: ['system'],
    statuses: OPEN_STATUSES,
    inputs: TIMER_INPUTS,
  },
  mark_overdue: {
    label: { zh: '超期', en: 'Mark overdue' },
    handler: 'mark_overdue',
    parties: ['system'],
    statuses: OPEN_STATUSES,
    inputs: TIMER_INPUTS,
  },
  escalate: {
    label: { zh: '超期升级', en: 'Escalate' },
    handler: 'escalate',
    parties: ['system'],
    statuses: OPEN_STATUSES,
    inputs: { ...TIMER_INPUTS, level: { type: 'integer', required: true, min: 1, max: 10 } },
  },
  feedback_timeout: {
    label: { zh: '回访超时', en: 'Feedback timeout' },
    handler: 'feedback_timeout',
    parties: ['system'],
    statuses: ['awaiting_feedback'],
    inputs: TIMER_INPUTS,
    to: { stage: 'close', status: 'awaiting_approval' },
  },
};

import type { KindDefinition } from '../kinds/kind-definition.js';
import { STANDARD_STATUS_LABELS } from '../catalog/standard-statuses.catalog.js';
import { STANDARD_ACTIONS } from '../workflow/standard-actions.catalog.js';

/*
 * A kind defined only in test code, to prove the engine is open in its shape: 隐患整改复查, a
 * hazard the company must fix and an inspector re-inspects. It has statuses of its own
 * (rectifying, awaiting re-inspection), actions of its own (submit for re-inspection, the
 * re-inspection with a pass/fail outcome) and a loop of its own: a failed re-inspection sends it
 * back to a fresh handling entry, a passed one to closure approval. No feedback rating: the
 * re-inspection is the feedback stage. It reuses the standard assignment, closure and timer
 * actions by spreading them — a team's kind would do the same.
 *
 * Pure data (no functions), so the api and worker integration test serialise it into a module
 * and load it through PARKFLOW_KIND_MODULES, as a team's package would be loaded.
 */

const {
  assign,
  accept,
  return: sendBack,
  transfer,
  request_coordination,
  approve_close,
  reject_close,
  supervise,
  set_owner,
  comment,
  warn,
  mark_overdue,
  escalate,
} = STANDARD_ACTIONS;

const OPEN = ['pending_assignment', 'pending_acceptance', 'rectifying', 'awaiting_reinspection', 'awaiting_approval'];

export const REINSPECTION_TEST_KIND: KindDefinition = {
  id: 'hazard_reinspection',
  label: { zh: '隐患整改复查', en: 'Hazard rectification' },
  codePrefix: 'YH',
  registerRoles: ['dispatcher', 'admin'],
  stages: {
    assign: { statuses: ['pending_assignment', 'pending_acceptance'], deadline: { amount: 1, unit: 'working_days' } },
    handle: { statuses: ['rectifying'], deadline: { amount: 10, unit: 'working_days', urgentAmount: 3 } },
    feedback: { statuses: ['awaiting_reinspection'], deadline: { amount: 3, unit: 'working_days' } },
    close: { statuses: ['awaiting_approval', 'closed'], deadline: { amount: 2, unit: 'working_days' } },
  },
  statusLabels: {
    pending_assignment: STANDARD_STATUS_LABELS.pending_assignment,
    pending_acceptance: STANDARD_STATUS_LABELS.pending_acceptance,
    rectifying: { zh: '整改中', en: 'Rectifying' },
    awaiting_reinspection: { zh: '待复查', en: 'Awaiting re-inspection' },
    awaiting_approval: STANDARD_STATUS_LABELS.awaiting_approval,
    closed: STANDARD_STATUS_LABELS.closed,
  },
  warnShare: 0.7,
  extensionCapDays: 0,
  enterpriseLink: 'raised_by',
  links: { petitioner: 'none', enterprise: 'required' },
  actions: {
    assign,
    accept: { ...accept, to: { stage: 'handle', status: 'rectifying' } },
    return: sendBack,
    transfer: { ...transfer, statuses: ['pending_acceptance', 'rectifying'] },
    request_coordination: { ...request_coordination, statuses: ['rectifying'] },
    submit_for_reinspection: {
      label: { zh: '提请复查', en: 'Submit for re-inspection' },
      handler: 'advance',
      parties: ['item_handler'],
      statuses: ['rectifying'],
      inputs: { comment: { type: 'text', required: true, maxLength: 2000 } },
      to: { stage: 'feedback', status: 'awaiting_reinspection' },
    },
    reinspect: {
      label: { zh: '复查', en: 'Re-inspect' },
      handler: 'choose_outcome',
      parties: ['department_head', 'dispatcher'],
      statuses: ['awaiting_reinspection'],
      inputs: {
        outcome: {
          type: 'enum',
          required: true,
          values: ['pass', 'fail'],
          labels: { pass: { zh: '复查通过', en: 'Passed' }, fail: { zh: '复查不通过', en: 'Failed' } },
        },
        comment: { type: 'text', required: false, maxLength: 2000 },
      },
      outcomes: {
        pass: { stage: 'close', status: 'awaiting_approval' },
        fail: { stage: 'handle', status: 'rectifying', newEntry: true },
      },
    },
    approve_close,
    reject_close: { ...reject_close, to: { stage: 'handle', status: 'rectifying', newEntry: true } },
    supervise: { ...supervise, statuses: OPEN },
    set_owner: { ...set_owner, statuses: OPEN },
    comment: { ...comment, statuses: [...OPEN, 'closed'] },
    warn: { ...warn, statuses: OPEN },
    mark_overdue: { ...mark_overdue, statuses: OPEN },
    escalate: { ...escalate, statuses: OPEN },
  },
  escalation: [{ after: { amount: 1, unit: 'working_days' }, audience: 'department_head' }],
};

/**
 * The test kind with its handling deadline taken from a linked record's date (`inspection_due`,
 * the date the inspection notice set for the fix), as a project task's would come from its node.
 */
export const DATED_TEST_KIND: KindDefinition = {
  ...REINSPECTION_TEST_KIND,
  id: 'hazard_dated',
  codePrefix: 'YD',
  stages: {
    ...REINSPECTION_TEST_KIND.stages,
    handle: { ...REINSPECTION_TEST_KIND.stages.handle, deadline: { amount: 10, unit: 'working_days', fromDate: 'inspection_due' } },
  },
};

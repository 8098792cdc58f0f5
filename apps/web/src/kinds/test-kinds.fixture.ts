import { STANDARD_ACTIONS, STANDARD_STATUS_LABELS, type KindDefinition } from '@parkflow/domain';

/*
 * A made-up kind for the web's unit tests, as a park's team might define it: 安全隐患 with a
 * status and actions of its own (handed in for re-inspection, then passed or failed), so the
 * tests see that forms, labels and filters follow the registry they are given, not the built-in
 * kinds. It passes the domain's definition check (createKindRegistry runs it).
 */
export const HAZARD_KIND: KindDefinition = {
  id: 'hazard',
  label: { zh: '安全隐患', en: 'Safety hazard' },
  codePrefix: 'YH',
  registerRoles: ['dispatcher', 'handler'],
  stages: {
    assign: { statuses: ['pending_assignment', 'pending_acceptance'], deadline: { amount: 1, unit: 'working_days' } },
    handle: { statuses: ['in_progress', 'awaiting_reinspection'], deadline: { amount: 7, unit: 'calendar_days', urgentAmount: 2 } },
    feedback: { statuses: ['awaiting_feedback'], deadline: { amount: 3, unit: 'working_days' }, onDue: { timeout: 'feedback_timeout' } },
    close: { statuses: ['awaiting_approval', 'closed'], deadline: { amount: 2, unit: 'working_days' } },
  },
  statusLabels: { ...STANDARD_STATUS_LABELS, awaiting_reinspection: { zh: '待复查', en: 'Awaiting re-inspection' } },
  warnShare: 0.5,
  extensionCapDays: 3,
  links: { petitioner: 'none', enterprise: 'optional' },
  enterpriseLink: 'concerns',
  actions: {
    // Its own steps first: the order of `actions` is the order of the buttons.
    submit_reinspection: {
      label: { zh: '提请复查', en: 'Submit for re-inspection' },
      handler: 'advance',
      parties: ['item_handler'],
      statuses: ['in_progress'],
      inputs: { comment: { type: 'text', required: false, maxLength: 500 } },
      to: { stage: 'handle', status: 'awaiting_reinspection' },
    },
    record_reinspection: {
      label: { zh: '复查结论', en: 'Re-inspection result' },
      handler: 'choose_outcome',
      parties: ['dispatcher'],
      statuses: ['awaiting_reinspection'],
      inputs: { outcome: { type: 'enum', required: true, values: ['pass', 'fail'], labels: { pass: { zh: '复查通过', en: 'Passed' }, fail: { zh: '复查不通过', en: 'Failed' } } }, comment: { type: 'text', required: false, maxLength: 2000 } },
      outcomes: { pass: { stage: 'feedback', status: 'awaiting_feedback' }, fail: { stage: 'handle', status: 'in_progress' } },
    },
    ...STANDARD_ACTIONS,
  },
  escalation: [{ after: { amount: 1, unit: 'working_days' }, audience: 'leader' }],
};

import type { zhCNNotices } from './zh-cn-notices.messages';

/** English texts of notifications and warnings; typed by the zh-CN ones so no key is missing. */
export const enNotices: typeof zhCNNotices = {
  notice: {
    assigned: '{{code}} “{{title}}”: assigned, please accept it',
    accepted: '{{code}} “{{title}}”: accepted for you, please handle it',
    returned: '{{code}} “{{title}}”: sent back: {{reason}}',
    transferred: '{{code}} “{{title}}”: transferred to your department: {{reason}}',
    reopened: '{{code}} “{{title}}”: unsatisfied at feedback, back to handling',
    reopened_comment: '{{code}} “{{title}}”: unsatisfied at feedback, back to handling: {{comment}}',
    closure_requested: '{{code}} “{{title}}”: feedback recorded, please approve the closure',
    closure_requested_timed_out: '{{code}} “{{title}}”: feedback timed out unrated, please approve the closure',
    closed: '{{code}} “{{title}}”: closed',
    closure_rejected: '{{code}} “{{title}}”: closure not approved: {{comment}}',
    extension_requested: '{{code}} “{{title}}”: a {{days}}-day extension is requested, please decide',
    extension_approved: '{{code}} “{{title}}”: {{days}}-day extension approved',
    extension_rejected: '{{code}} “{{title}}”: extension request not approved',
    extension_rejected_comment: '{{code}} “{{title}}”: extension request not approved: {{comment}}',
    coordination_requested: '{{code}} “{{title}}”: coordination by a leader requested: {{reason}}',
    clock_paused: '{{code}} “{{title}}”: clock paused (waiting on the petitioner): {{reason}}',
    clock_resumed: '{{code}} “{{title}}”: clock resumed, handling now due {{dueAt}}',
    replied: '{{code}} “{{title}}”: replied, please record the feedback',
    supervised: '{{code}} “{{title}}”: supervised: {{comment}}',
    owner_set: '{{code}} “{{title}}”: please take charge as owner leader',
    warned: '{{code}} “{{title}}”: handling deadline near ({{dueAt}})',
    overdue: '{{code}} “{{title}}”: overdue',
    escalated: '{{code}} “{{title}}”: overdue and not handled, escalation level {{level}}',
    advanced: '{{code}} “{{title}}”: {{action}}',
    outcome_recorded: '{{code}} “{{title}}”: {{action}}: {{outcome}}',
  },
  warning: {
    stage_deadline_uncovered: 'The deadline of the {{stage}} stage falls in {{year}}, which the official calendar does not cover yet; weekends only are assumed.',
    extended_deadline_uncovered: 'The extended deadline falls in {{year}}, which the official calendar does not cover yet.',
    moved_deadline_uncovered: 'The moved deadline falls in {{year}}, which the official calendar does not cover yet.',
    statutory_deadline_uncovered: 'The statutory time limit ends in {{year}}, which the official calendar does not cover yet; it may move.',
    unknown: 'Note: {{code}}',
  },
};

import type { NotifyTopic, WarningCode } from '@parkflow/domain';

/*
 * zh-CN texts of what the domain tells people as codes: notifications (topic + params) and the
 * warnings of an action. Keyed by the domain's topics and codes (the `satisfies` below), so a
 * topic or code the domain adds does not compile until it has its sentence here and in English.
 * A variant (`_comment`, `_timed_out`) is the same notice with an optional part present.
 */
export const zhCNNotices = {
  notice: {
    assigned: '{{code}}「{{title}}」已交办，请签收',
    accepted: '{{code}}「{{title}}」已签收，请办理',
    returned: '{{code}}「{{title}}」被退回：{{reason}}',
    transferred: '{{code}}「{{title}}」已转办至你部门：{{reason}}',
    reopened: '{{code}}「{{title}}」回访不满意，退回重办',
    reopened_comment: '{{code}}「{{title}}」回访不满意，退回重办：{{comment}}',
    closure_requested: '{{code}}「{{title}}」回访完成，请审批办结',
    closure_requested_timed_out: '{{code}}「{{title}}」回访超时未评价，请审批办结',
    closed: '{{code}}「{{title}}」已办结',
    closure_rejected: '{{code}}「{{title}}」办结未获批准：{{comment}}',
    extension_requested: '{{code}}「{{title}}」申请延期 {{days}} 天，请审批',
    extension_approved: '{{code}}「{{title}}」延期 {{days}} 天已批准',
    extension_rejected: '{{code}}「{{title}}」延期申请未获批准',
    extension_rejected_comment: '{{code}}「{{title}}」延期申请未获批准：{{comment}}',
    coordination_requested: '{{code}}「{{title}}」申请上级协调：{{reason}}',
    clock_paused: '{{code}}「{{title}}」暂停计时（等待当事人）：{{reason}}',
    clock_resumed: '{{code}}「{{title}}」恢复计时，办理期限顺延至 {{dueAt}}',
    replied: '{{code}}「{{title}}」已答复，请回访评价',
    supervised: '{{code}}「{{title}}」督办：{{comment}}',
    owner_set: '{{code}}「{{title}}」请您包案',
    warned: '{{code}}「{{title}}」临近办理期限（{{dueAt}}）',
    overdue: '{{code}}「{{title}}」已超期',
    escalated: '{{code}}「{{title}}」超期未办，升级提醒（{{level}} 级）',
    advanced: '{{code}}「{{title}}」{{action}}',
    outcome_recorded: '{{code}}「{{title}}」{{action}}：{{outcome}}',
    close_out: '{{day}} 每日清零：今日登记未签收 {{unsigned}} 件，超期 {{overdue}} 件，请查看台账',
    close_out_clear: '{{day}} 每日清零：无未签收、无超期事项',
    project_node_due_soon: '{{code}}「{{title}}」节点“{{node}}”临近计划完成日 {{plannedFinish}}',
    project_node_overdue: '{{code}}「{{title}}」节点“{{node}}”已超期（计划完成 {{plannedFinish}}）',
    project_node_escalated: '{{code}}「{{title}}」节点“{{node}}”超期未完成，升级提醒分管领导',
  } satisfies Record<NotifyTopic, string> & Record<string, string>,
  warning: {
    stage_deadline_uncovered: '{{stage}}阶段的期限落在 {{year}} 年，该年官方节假日安排尚未发布，暂只按周末计算',
    extended_deadline_uncovered: '延期后的期限落在 {{year}} 年，该年官方节假日安排尚未发布',
    moved_deadline_uncovered: '顺延后的期限落在 {{year}} 年，该年官方节假日安排尚未发布',
    statutory_deadline_uncovered: '法定办理期限落在 {{year}} 年，该年官方节假日安排尚未发布，期限可能调整',
    unknown: '提示：{{code}}',
  } satisfies Record<WarningCode | 'unknown', string>,
};

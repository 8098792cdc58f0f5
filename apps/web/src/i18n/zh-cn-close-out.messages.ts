import type { CloseOutReason } from '@parkflow/domain';

/* zh-CN texts of the daily close-out ledger (每日清零台账). */
export const zhCNCloseOut = {
  closeOut: {
    title: '每日清零台账',
    intro: '问题不过夜：每个工作日 17:30（北京时间）自动清点当天登记、尚无人签收的事项，以及此刻已超期的事项，记入台账，并通知受理交办员和指挥部分管领导。调休上班日照常清零，节假日和周末不清零。',
    next: '下次清零：{{day}} {{time}}',
    days: '清零记录',
    day: '日期',
    ranAt: '清零时间',
    unsigned: '今日未签收',
    overdue: '超期',
    runs: '运行次数',
    open: '查看清单',
    empty: '尚无清零记录',
    total: '共 {{count}} 天',
    dayTitle: '{{day}} 清零清单',
    dayHint: '按清零时（{{ranAt}}）的状态记录，此后的办理不改变本清单；点击编号查看事项现状。',
    reran: '当日共清零 {{count}} 次，显示最后一次的清单。',
    listEmpty: '当日没有未签收或超期的事项',
    notFound: '{{day}} 没有清零台账：当天不是工作日，或清零未运行。',
    back: '返回清零记录',
    code: '编号',
    itemTitle: '标题',
    kind: '类型',
    department: '承办部门',
    status: '状态',
    dueAt: '期限',
    reason: '列入原因',
    reasons: { unsigned: '今日登记未签收', overdue: '已超期' } satisfies Record<CloseOutReason, string>,
  },
};

import { zhCNScreens } from './zh-cn-screens.messages';
import { zhCNNotices } from './zh-cn-notices.messages';
import { zhCNWorkflow } from './zh-cn-workflow.messages';
import { zhCNWrittenNotices } from './zh-cn-written-notices.messages';
import { zhCNCalendarImport } from './zh-cn-calendar-import.messages';
import { zhCNCloseOut } from './zh-cn-close-out.messages';

/** zh-CN, the default language. `en.messages.ts` must have exactly these keys (its type says so). */
const zhCNCore = {
  app: {
    name: 'ParkFlow 园区事项办理',
    shortName: 'ParkFlow',
    mainNav: '主导航',
    loading: '加载中…',
    loadFailed: '加载失败',
    retry: '重试',
    notFound: '页面不存在',
    forbidden: '您没有访问此页面的权限',
    backHome: '返回首页',
    empty: '—',
    menu: '菜单',
    close: '关闭',
  },
  kinds: {
    loading: '正在加载事项类型…',
    loadFailed: '无法加载事项类型',
    loadFailedHint: '未能从服务器读取事项类型、时限和办理操作，页面暂时无法使用。请稍后重试；如仍失败，请联系系统管理员。',
    invalid: '事项类型配置有误',
    invalidHint: '服务器提供的事项类型定义未通过检查，页面无法据此办理事项。请将以下问题告知系统管理员：',
    problems: '配置问题',
  },
  nav: {
    myQueue: '我的待办',
    department: '部门事项',
    board: '指挥调度',
    approvals: '领导审批',
    register: '登记',
    closeOuts: '每日清零台账',
    calendar: '工作日历',
    noticeTemplates: '告知书模板',
    stats: '统计看板',
    projects: '重点项目',
    battleMap: '挂图作战',
    projectTemplates: '节点模板',
  },
  header: {
    language: '界面语言',
    logout: '退出登录',
    roles: '角色',
    user: '当前用户',
  },
  role: {
    dispatcher: '受理交办员',
    handler: '承办人',
    department_head: '部门负责人',
    leader: '包案领导',
    liaison: '包保干部',
    enterprise: '企业联系人',
    admin: '系统管理员',
  },
  login: {
    title: '登录',
    subtitle: '园区信访件、企业诉求与重点项目办理平台',
    username: '用户名',
    password: '密码',
    submit: '登录',
    invalidCredentials: '用户名或密码错误',
    failed: '登录失败，请稍后重试',
  },
  stage: {
    assign: '交办',
    handle: '办理',
    feedback: '反馈',
    close: '办结',
  },
  sla: {
    normal: '正常',
    warning: '预警',
    overdue: '超期',
    supervised: '督办',
  },
  urgency: {
    normal: '一般',
    urgent: '紧急',
  },
  satisfaction: {
    satisfied: '满意',
    basically_satisfied: '基本满意',
    unsatisfied: '不满意',
  },
  unit: {
    calendar_days: '{{amount}} 个自然日',
    working_days: '{{amount}} 个工作日',
    working_hours: '{{amount}} 个工作小时',
    seconds: '{{amount}} 秒',
  },
  countdown: {
    remaining: '剩余 {{time}}',
    overdue: '已超期 {{time}}',
    overdueJust: '已超期',
    lessThanMinute: '不足 1 分钟',
    workingDays_one: '{{count}} 个工作日',
    workingDays_other: '{{count}} 个工作日',
    days_one: '{{count}} 天',
    days_other: '{{count}} 天',
    hours: '{{count}} 小时',
    minutes: '{{count}} 分钟',
    seconds: '{{count}} 秒',
    met: '已完成',
    none: '无进行中的时限',
    label: '当前时限：{{text}}',
    paused: '计时已暂停，{{text}}',
  },
  validation: {
    required: '必填',
    invalid: '格式不正确',
    maxLength: '最多 {{max}} 个字符',
    phone: '不是有效的电话号码',
    idNumber: '不是有效的 18 位身份证号',
    unknownChannel: '未知的来源渠道',
    unknownCategory: '未知的问题类别',
    enterpriseRequired: '企业诉求必须选择所属企业',
    petitionerRequired: '信访件必须填写信访人',
    departmentForbidden: '只有受理交办员可在登记时指定部门',
    wholeNumber: '请输入整数',
    between: '须在 {{min}} 到 {{max}} 之间',
    atLeast: '不能小于 {{min}}',
    atMost: '不能大于 {{max}}',
    moreDays: '最多还可延期 {{days}} 天',
    invalidId: '无效的选择',
    oneOf: '请从选项中选择',
    sayWhy: '不满意时请说明原因',
    alreadyThere: '事项已交办至该部门',
    onlyHeadNames: '只有部门负责人可以指定其他承办人',
  },
};

export const zhCN = { ...zhCNCore, ...zhCNScreens, ...zhCNWorkflow, ...zhCNNotices, ...zhCNWrittenNotices, ...zhCNCalendarImport, ...zhCNCloseOut };

export type Messages = typeof zhCN;
export type CoreMessages = typeof zhCNCore;
export { zhCNCore };

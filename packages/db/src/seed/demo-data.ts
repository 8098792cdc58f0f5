import type { DemoItemScript } from './demo-script.types.js';

/** Demo reference data, worded after the park reports in shared/seeds. */
export const DEMO_PASSWORD = 'parkflow';

export const DEMO_DEPARTMENTS = [
  { code: 'OFFICE', name: '党政办公室（指挥部）' },
  { code: 'PETITION', name: '信访办公室' },
  { code: 'HR', name: '人力资源和社会保障局' },
  { code: 'FIN', name: '财政金融局' },
  { code: 'ECON', name: '经济发展局' },
  { code: 'APPROVAL', name: '行政审批局' },
  { code: 'UTIL', name: '公用事业服务中心' },
  { code: 'LAND', name: '自然资源和规划局' },
  { code: 'ENV', name: '生态环境和应急管理局' },
] as const;

export const DEMO_ENTERPRISES = [
  { name: '华光精密机械有限公司', creditCode: '91410100MA44XY1A2B' },
  { name: '中原新材料科技股份有限公司', creditCode: '91410100MA45ZK3C4D' },
  { name: '豫通物流有限公司', creditCode: '91410100MA46LT5E6F' },
  { name: '绿源生物医药有限公司', creditCode: '91410100MA47BM7G8H' },
  { name: '恒达电子科技有限公司', creditCode: '91410100MA48HD9J0K' },
] as const;

export interface DemoUser {
  username: string;
  displayName: string;
  roles: string[];
  department: string | null;
  enterprise: number | null;
}

/** One account per role; handler and handler2 work in different departments; head leads handler's. */
export const DEMO_USERS: DemoUser[] = [
  { username: 'dispatcher', displayName: '王敏（受理交办）', roles: ['dispatcher'], department: 'OFFICE', enterprise: null },
  { username: 'handler', displayName: '李强（承办人）', roles: ['handler'], department: 'UTIL', enterprise: null },
  { username: 'handler2', displayName: '张丽（承办人）', roles: ['handler'], department: 'HR', enterprise: null },
  { username: 'head', displayName: '赵刚（部门负责人）', roles: ['department_head', 'handler'], department: 'UTIL', enterprise: null },
  { username: 'leader', displayName: '刘建国（分管领导）', roles: ['leader'], department: null, enterprise: null },
  { username: 'liaison', displayName: '孙磊（包保干部）', roles: ['liaison'], department: 'ECON', enterprise: null },
  { username: 'enterprise', displayName: '周华（华光精密联系人）', roles: ['enterprise'], department: null, enterprise: 0 },
  { username: 'admin', displayName: '系统管理员', roles: ['admin'], department: null, enterprise: null },
];

const PETITIONER = { name: '陈先生', phone: '13812345678', idNumber: '410102198001011234' };

/*
 * The demo items, each as a script of what people did (see DemoItemScript and DemoTime: `day` is
 * working days before today, `hour` office hours after 09:00). Routing by rule and every deadline
 * timer that fell due in between are replayed by the seed, so "overdue" or "escalated" below is
 * what the rules made of the backdating, not a value written here.
 *
 * Only 公用事业服务中心 (handler, head) and 人社局 (handler2) have staff among the demo users, so
 * only their items get past 签收; items routed elsewhere wait there, as they would.
 */
export const DEMO_ITEMS: readonly DemoItemScript[] = [
  {
    kind: 'appeal', title: '园区北区蒸汽管网压力不足影响生产', description: '企业反映近一周蒸汽供应压力不稳定，两条生产线多次停机，请求尽快协调热力公司排查。',
    channel: 'symposium', category: 'utilities', urgency: 'urgent', enterprise: 0, petitioner: null,
    demonstrates: 'registered at the moment of seeding: its routing job is the worker’s first work when it starts (问题不过夜 deadline today)',
    steps: [{ action: 'register', by: 'dispatcher', at: 'now' }],
    expected: { stage: 'assign', status: 'pending_assignment', sla: 'normal' },
  },
  {
    kind: 'appeal', title: '春节后返岗员工招工缺口约120人', description: '企业订单增加，普工缺口较大，希望人社部门组织专场招聘会并协调职业院校对接。',
    channel: 'inspection', category: 'hiring', urgency: 'normal', enterprise: 1, petitioner: null,
    demonstrates: 'raised by the liaison cadre on a visit, routed by rule to 人社局, not signed for by closing time: overdue and escalating',
    steps: [{ action: 'register', by: 'liaison', at: { day: -1, hour: 5 } }],
    expected: { stage: 'assign', status: 'pending_acceptance', sla: 'overdue' },
  },
  {
    kind: 'appeal', title: '新建厂房施工许可办理进度咨询', description: '项目已完成规划许可，施工许可材料已提交两周，请协助了解审批进度。',
    channel: 'online', category: 'permits', urgency: 'normal', enterprise: 4, petitioner: null,
    demonstrates: 'unsigned at 行政审批局 for days, escalated to head and leader, then supervised (督办) by the leader',
    steps: [
      { action: 'register', by: 'dispatcher', at: { day: -9, hour: 1 } },
      { action: 'supervise', by: 'leader', at: { day: -2, hour: 2 }, input: { comment: '企业材料提交已两周仍未签收，请行政审批局即日签收并答复进度。' } },
    ],
    expected: { stage: 'assign', status: 'pending_acceptance', sla: 'supervised' },
  },
  {
    kind: 'appeal', title: '物流车辆进出园区道路拥堵', description: '早晚高峰货车排队严重，请求优化园区南门交通组织。',
    channel: 'hotline', category: 'logistics', urgency: 'normal', enterprise: 2, petitioner: null,
    demonstrates: 'routed by the dispatcher at registration (the park’s roads are 公用事业服务中心’s), signed for and being handled',
    steps: [
      { action: 'register', by: 'dispatcher', at: { day: -2, hour: 1 }, input: { departmentId: { department: 'UTIL' } } },
      { action: 'accept', by: 'handler', at: { day: -2, hour: 2 } },
    ],
    expected: { stage: 'handle', status: 'in_progress', sla: 'normal' },
  },
  {
    kind: 'appeal', title: '流动资金贷款贴息政策申请', description: '企业申请园区流动资金贷款贴息，材料已齐备，请求答复办理时限。',
    channel: 'symposium', category: 'funding', urgency: 'normal', enterprise: 3, petitioner: null,
    demonstrates: 'routed by rule to 财政金融局, transferred (转办) to 人社局, answered, waiting for the follow-up rating (回访)',
    steps: [
      { action: 'register', by: 'dispatcher', at: { day: -6, hour: 1 } },
      { action: 'transfer', by: 'dispatcher', at: { day: -6, hour: 2 }, input: { departmentId: { department: 'HR' }, reason: '园区贷款贴息按稳岗政策由人社局统一受理兑付' } },
      { action: 'accept', by: 'handler2', at: { day: -6, hour: 4 } },
      { action: 'reply', by: 'handler2', at: { day: -2, hour: 3 }, input: { content: '经核，贴息申请材料齐全，将于15个工作日内完成审核并拨付，进度可致电人社局就业科查询。' } },
    ],
    expected: { stage: 'feedback', status: 'awaiting_feedback', sla: 'normal' },
  },
  {
    kind: 'petition', title: '厂区夜间施工噪音扰民', description: '附近居民反映某工地夜间施工噪音大，影响休息，要求依法处理。',
    channel: 'visit', category: 'environment', urgency: 'normal', enterprise: null, petitioner: PETITIONER,
    demonstrates: 'a petition routed by rule to 生态环境和应急管理局, within its 15-day time to accept',
    steps: [{ action: 'register', by: 'dispatcher', at: { day: -3, hour: 2 } }],
    expected: { stage: 'assign', status: 'pending_acceptance' },
  },
  {
    kind: 'petition', title: '小区周边道路积水严重', description: '来信反映雨后道路积水，要求修缮排水设施。',
    channel: 'letter', category: 'utilities', urgency: 'normal', enterprise: null, petitioner: PETITIONER,
    demonstrates: 'a letter received ten days before it was registered, not yet decided (待受理): the 15 days to decide run from receipt',
    decision: null,
    receivedDaysAgo: 10,
    steps: [{ action: 'register', by: 'dispatcher', at: { day: -1, hour: 1 } }],
    expected: { stage: 'assign', status: 'pending_decision' },
  },
  {
    kind: 'petition', title: '要求撤销法院判决', description: '来访人对民事判决不服，要求园区出面撤销判决。',
    channel: 'visit', category: 'land', urgency: 'normal', enterprise: null, petitioner: PETITIONER,
    demonstrates: '不予受理 (belongs to the courts), its notice sent by post: closed without handling',
    decision: { accept: false, reason: 'legal_channel', note: '属于人民法院审判事项，应通过申请再审等法定途径解决。' },
    steps: [
      { action: 'register', by: 'dispatcher', at: { day: -4, hour: 1 } },
      { action: 'record_notice_sent', by: 'dispatcher', at: { day: -4, hour: 3 }, input: { notice: 'rejection', channel: 'mail', sentOn: { stepDay: true } } },
    ],
    expected: { stage: 'close', status: 'closed' },
  },
  {
    kind: 'petition', title: '拆迁安置补偿款未足额发放', description: '来信人反映安置补偿款尚有部分未发放，要求核实并尽快发放。',
    channel: 'letter', category: 'land', urgency: 'normal', enterprise: null, petitioner: PETITIONER,
    demonstrates: 'a letter about ten weeks old, never accepted by 自然资源和规划局: overdue by weeks, escalated twice, a leader owns it (包案)',
    steps: [
      { action: 'register', by: 'dispatcher', at: { day: -50, hour: 1 } },
      { action: 'set_owner', by: 'dispatcher', at: { day: -20, hour: 2 }, input: { leaderUserId: { user: 'leader' } } },
    ],
    expected: { stage: 'assign', status: 'pending_acceptance', sla: 'overdue' },
  },
  {
    kind: 'petition', title: '农民工工资拖欠问题', description: '来访人反映某建筑项目拖欠农民工工资三个月，涉及十余人。',
    channel: 'visit', category: 'hiring', urgency: 'urgent', enterprise: null, petitioner: PETITIONER,
    demonstrates: 'handled by 人社局, answered, rated by the dispatcher’s call, waiting for the leader to approve closure',
    steps: [
      { action: 'register', by: 'dispatcher', at: { day: -14, hour: 1 } },
      { action: 'accept', by: 'handler2', at: { day: -14, hour: 3 } },
      { action: 'reply', by: 'handler2', at: { day: -6, hour: 4 }, input: { content: '已责成施工总包单位足额发放拖欠工资，并约谈项目负责人。' } },
      { action: 'record_feedback', by: 'dispatcher', at: { day: -3, hour: 2 }, input: { satisfaction: 'satisfied', comment: '来访人确认工资已全部到账。' } },
    ],
    expected: { stage: 'close', status: 'awaiting_approval', sla: 'normal' },
  },
  {
    kind: 'appeal', title: '企业用电增容申请', description: '企业新上生产线需用电增容，申请协调供电公司加快办理。',
    channel: 'online', category: 'utilities', urgency: 'normal', enterprise: 0, petitioner: null,
    demonstrates: 'raised online by the company itself, signed for by the head for his handler, rated by the company, closed',
    steps: [
      { action: 'register', by: 'enterprise', at: { day: -11, hour: 1 } },
      { action: 'accept', by: 'head', at: { day: -11, hour: 2 }, input: { handlerId: { user: 'handler' } } },
      { action: 'reply', by: 'handler', at: { day: -8, hour: 5 }, input: { content: '已协调供电公司完成增容方案审查，预计两周内送电。' } },
      { action: 'record_feedback', by: 'enterprise', at: { day: -7, hour: 1 }, input: { satisfaction: 'satisfied' } },
      { action: 'approve_close', by: 'leader', at: { day: -6, hour: 2 }, input: { comment: '同意办结' } },
    ],
    expected: { stage: 'close', status: 'closed', sla: 'normal' },
  },
];

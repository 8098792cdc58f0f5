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

/** Demo items: a few per stage, some registered long enough ago to be overdue. */
export interface DemoItem {
  kind: 'petition' | 'appeal';
  title: string;
  description: string;
  channel: string;
  category: string;
  urgency: 'normal' | 'urgent';
  enterprise: number | null;
  daysAgo: number;
  /** How far it got: 'registered' waits for routing; 'routed' waits for 签收; later stages follow. */
  reach: 'registered' | 'routed' | 'handle' | 'feedback' | 'close' | 'closed';
}

export const DEMO_ITEMS: DemoItem[] = [
  { kind: 'appeal', title: '园区北区蒸汽管网压力不足影响生产', description: '企业反映近一周蒸汽供应压力不稳定，两条生产线多次停机，请求尽快协调热力公司排查。', channel: 'symposium', category: 'utilities', urgency: 'urgent', enterprise: 0, daysAgo: 0, reach: 'registered' },
  { kind: 'appeal', title: '春节后返岗员工招工缺口约120人', description: '企业订单增加，普工缺口较大，希望人社部门组织专场招聘会并协调职业院校对接。', channel: 'inspection', category: 'hiring', urgency: 'normal', enterprise: 1, daysAgo: 1, reach: 'routed' },
  { kind: 'appeal', title: '新建厂房施工许可办理进度咨询', description: '项目已完成规划许可，施工许可材料已提交两周，请协助了解审批进度。', channel: 'online', category: 'permits', urgency: 'normal', enterprise: 4, daysAgo: 9, reach: 'handle' },
  { kind: 'appeal', title: '物流车辆进出园区道路拥堵', description: '早晚高峰货车排队严重，请求优化园区南门交通组织。', channel: 'hotline', category: 'logistics', urgency: 'normal', enterprise: 2, daysAgo: 2, reach: 'handle' },
  { kind: 'appeal', title: '流动资金贷款贴息政策申请', description: '企业申请园区流动资金贷款贴息，材料已齐备，请求答复办理时限。', channel: 'symposium', category: 'funding', urgency: 'normal', enterprise: 3, daysAgo: 6, reach: 'feedback' },
  { kind: 'petition', title: '厂区夜间施工噪音扰民', description: '附近居民反映某工地夜间施工噪音大，影响休息，要求依法处理。', channel: 'visit', category: 'environment', urgency: 'normal', enterprise: null, daysAgo: 3, reach: 'registered' },
  { kind: 'petition', title: '拆迁安置补偿款未足额发放', description: '来信人反映安置补偿款尚有部分未发放，要求核实并尽快发放。', channel: 'letter', category: 'land', urgency: 'normal', enterprise: null, daysAgo: 70, reach: 'handle' },
  { kind: 'petition', title: '农民工工资拖欠问题', description: '来访人反映某建筑项目拖欠农民工工资三个月，涉及十余人。', channel: 'visit', category: 'hiring', urgency: 'urgent', enterprise: null, daysAgo: 20, reach: 'close' },
  { kind: 'appeal', title: '企业用电增容申请', description: '企业新上生产线需用电增容，申请协调供电公司加快办理。', channel: 'online', category: 'utilities', urgency: 'normal', enterprise: 0, daysAgo: 15, reach: 'closed' },
];

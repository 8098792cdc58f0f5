import type { NodeTemplate, NodeTemplatesByType } from './node-template.types.js';

/*
 * The default nodes of each project type, a starting point a park edits per project. Durations
 * are working days as parks plan them for a mid-size factory: permits in weeks (立项备案 two,
 * 环评 six), the shell of the building in about half a year. Some permits run side by side
 * (环评 and 节能审查 next to 用地预审 → 规划许可), so not every node is critical: the slack the
 * scheduler gives them is real room. Department codes are those categories route to
 * (APPROVAL 行政审批, LAND 自然资源与规划, ENV 生态环境, ECON 经济发展/项目推进).
 */

const filing: NodeTemplate = {
  key: 'project_filing',
  name: { zh: '立项备案', en: 'Project filing' },
  durationDays: 10,
  predecessors: [],
  phase: 'permits',
  permit: true,
  department: 'APPROVAL',
};

const landPreReview: NodeTemplate = {
  key: 'land_pre_review',
  name: { zh: '用地预审', en: 'Land-use pre-review' },
  durationDays: 15,
  predecessors: ['project_filing'],
  phase: 'permits',
  permit: true,
  department: 'LAND',
};

const eiaApproval: NodeTemplate = {
  key: 'eia_approval',
  name: { zh: '环评批复', en: 'Environmental impact approval' },
  durationDays: 30,
  predecessors: ['project_filing'],
  phase: 'permits',
  permit: true,
  department: 'ENV',
};

const planningPermit: NodeTemplate = {
  key: 'planning_permit',
  name: { zh: '规划许可', en: 'Planning permit' },
  durationDays: 20,
  predecessors: ['land_pre_review'],
  phase: 'permits',
  permit: true,
  department: 'LAND',
};

const constructionPermit: NodeTemplate = {
  key: 'construction_permit',
  name: { zh: '施工许可', en: 'Construction permit' },
  durationDays: 15,
  predecessors: ['planning_permit', 'eia_approval', 'energy_review'],
  phase: 'permits',
  permit: true,
  department: 'APPROVAL',
};

const groundbreaking: NodeTemplate = {
  key: 'groundbreaking',
  name: { zh: '开工', en: 'Start of construction' },
  durationDays: 1,
  predecessors: ['construction_permit'],
  phase: 'construction',
  permit: false,
  department: 'ECON',
  marksStart: true,
};

const completionAcceptance: NodeTemplate = {
  key: 'completion_acceptance',
  name: { zh: '竣工验收', en: 'Completion acceptance' },
  durationDays: 20,
  predecessors: ['structure_complete'],
  phase: 'construction',
  permit: true,
  department: 'APPROVAL',
};

const production: NodeTemplate = {
  key: 'production',
  name: { zh: '投产', en: 'Start of production' },
  durationDays: 10,
  predecessors: ['completion_acceptance'],
  phase: 'production',
  permit: false,
  department: 'ECON',
};

/** 新建: from filing through the permits to a building in production. */
const NEW_PROJECT: readonly NodeTemplate[] = [
  filing,
  landPreReview,
  eiaApproval,
  {
    key: 'energy_review',
    name: { zh: '节能审查', en: 'Energy-saving review' },
    durationDays: 10,
    predecessors: ['project_filing'],
    phase: 'permits',
    permit: true,
    department: 'APPROVAL',
  },
  planningPermit,
  constructionPermit,
  groundbreaking,
  {
    key: 'structure_complete',
    name: { zh: '主体完工', en: 'Main structure complete' },
    durationDays: 120,
    predecessors: ['groundbreaking'],
    phase: 'construction',
    permit: false,
    department: 'ECON',
  },
  completionAcceptance,
  production,
];

/**
 * 续建: started in an earlier year, so no permits and no 开工 node (it counts as started
 * already); the fit-out and the acceptances before production, with the fire acceptance
 * beside the equipment installation.
 */
const CONTINUING_PROJECT: readonly NodeTemplate[] = [
  {
    key: 'structure_complete',
    name: { zh: '主体完工', en: 'Main structure complete' },
    durationDays: 60,
    predecessors: [],
    phase: 'construction',
    permit: false,
    department: 'ECON',
  },
  {
    key: 'equipment_installation',
    name: { zh: '设备安装', en: 'Equipment installation' },
    durationDays: 40,
    predecessors: ['structure_complete'],
    phase: 'construction',
    permit: false,
    department: 'ECON',
  },
  {
    key: 'fire_acceptance',
    name: { zh: '消防验收', en: 'Fire-safety acceptance' },
    durationDays: 15,
    predecessors: ['structure_complete'],
    phase: 'construction',
    permit: true,
    department: 'APPROVAL',
  },
  { ...completionAcceptance, predecessors: ['equipment_installation', 'fire_acceptance'] },
  {
    key: 'trial_production',
    name: { zh: '试生产', en: 'Trial production' },
    durationDays: 20,
    predecessors: ['completion_acceptance'],
    phase: 'production',
    permit: false,
    department: 'ECON',
  },
  { ...production, durationDays: 5, predecessors: ['trial_production'] },
];

/**
 * 签约: from the talks to the start of construction (签约项目开工 is what these are counted
 * on). The land supply runs beside the company's registration and filing.
 */
const SIGNED_PROJECT: readonly NodeTemplate[] = [
  {
    key: 'negotiation',
    name: { zh: '项目洽谈', en: 'Negotiation' },
    durationDays: 20,
    predecessors: [],
    phase: 'planning',
    permit: false,
    department: 'ECON',
  },
  {
    key: 'agreement_signed',
    name: { zh: '签订投资协议', en: 'Investment agreement signed' },
    durationDays: 5,
    predecessors: ['negotiation'],
    phase: 'signed',
    permit: false,
    department: 'ECON',
  },
  {
    key: 'company_registration',
    name: { zh: '注册项目公司', en: 'Project company registered' },
    durationDays: 10,
    predecessors: ['agreement_signed'],
    phase: 'signed',
    permit: true,
    department: 'APPROVAL',
  },
  { ...filing, predecessors: ['company_registration'] },
  {
    key: 'land_supply',
    name: { zh: '土地供应', en: 'Land supply' },
    durationDays: 40,
    predecessors: ['agreement_signed'],
    phase: 'permits',
    permit: true,
    department: 'LAND',
  },
  { ...planningPermit, predecessors: ['project_filing', 'land_supply'] },
  { ...constructionPermit, predecessors: ['planning_permit'] },
  groundbreaking,
];

export const DEFAULT_NODE_TEMPLATES: NodeTemplatesByType = {
  new: NEW_PROJECT,
  continuing: CONTINUING_PROJECT,
  signed: SIGNED_PROJECT,
};

import type { ProjectPhase, ProjectType } from '@parkflow/domain';
import type { DemoUsername } from './demo-script.types.js';

/**
 * The demo park's key projects (重点项目), in the seeds' words. Days are working days from the
 * day of seeding (negative: before it), so the demo looks the same whenever it starts: one
 * project in each of several phases, and 冷链物流园 late (its 主体 finished late, its equipment
 * installation past its planned finish: red). Each has one problem (问题清单) on an open node.
 */
export interface DemoProject {
  name: string;
  investorName: string;
  investmentWan: number;
  type: ProjectType;
  phase: ProjectPhase;
  start: number;
  /** The production target (the nodes are scheduled backwards from it). */
  production: number;
  completion: number;
  departments: readonly string[];
  pushTeam: readonly DemoUsername[];
  /** Nodes done: key, finished on (working days from today), evidence; `started` only gives an actual start. */
  done: readonly { key: string; on: number; evidence?: string }[];
  baseline?: boolean;
  problem: { nodeKey: string; title: string; description: string; category: string; department: string };
}

export const DEMO_PROJECTS: readonly DemoProject[] = [
  {
    name: '食品产业园年产5万吨预制菜加工项目',
    investorName: '中原新材料科技股份有限公司',
    investmentWan: 68000,
    type: 'new',
    phase: 'construction',
    start: -100,
    completion: 135,
    production: 150,
    departments: ['ECON', 'APPROVAL', 'LAND'],
    pushTeam: ['handler', 'head'],
    done: [
      { key: 'project_filing', on: -92, evidence: '项目备案证明 豫开发备〔2026〕015号' },
      { key: 'energy_review', on: -80, evidence: '节能审查意见 开发节能〔2026〕8号' },
      { key: 'land_pre_review', on: -75, evidence: '用地预审与选址意见书 用字第410100202600012号' },
      { key: 'eia_approval', on: -60, evidence: '环评批复 开环审〔2026〕21号' },
      { key: 'planning_permit', on: -50, evidence: '建设工程规划许可证 建字第410100202600033号' },
      { key: 'construction_permit', on: -30, evidence: '施工许可证 410100202605120101' },
      { key: 'groundbreaking', on: -28, evidence: '开工仪式，监理签发开工令' },
    ],
    baseline: true,
    problem: {
      nodeKey: 'structure_complete',
      title: '预制菜项目主体施工用电负荷不足',
      description: '施工现场临时用电负荷不足，塔吊与混凝土泵车不能同时作业，需协调供电公司增容。',
      category: 'utilities',
      department: 'UTIL',
    },
  },
  {
    name: '冷链物流园区一期工程',
    investorName: '豫通物流有限公司',
    investmentWan: 35000,
    type: 'continuing',
    phase: 'construction',
    start: -130,
    completion: 0,
    production: 20,
    departments: ['ECON', 'UTIL'],
    pushTeam: ['handler'],
    done: [{ key: 'structure_complete', on: -60, evidence: '主体结构验收记录（晚于计划）' }],
    baseline: true,
    problem: {
      nodeKey: 'equipment_installation',
      title: '冷库制冷机组进场滞后',
      description: '冷链物流园冷库制冷机组供货商延期交货，设备安装已超过计划节点，需协调供货与安装力量。',
      category: 'logistics',
      department: 'ECON',
    },
  },
  {
    name: '科技产业园智能制造基地',
    investorName: '恒达电子科技有限公司',
    investmentWan: 120000,
    type: 'signed',
    phase: 'signed',
    start: -30,
    completion: 120,
    production: 120,
    departments: ['ECON', 'LAND'],
    pushTeam: ['handler2'],
    done: [
      { key: 'negotiation', on: -15, evidence: '项目洽谈纪要' },
      { key: 'agreement_signed', on: -8, evidence: '投资协议书（2026年第7号）' },
    ],
    problem: {
      nodeKey: 'land_supply',
      title: '智能制造基地用地指标待落实',
      description: '项目用地涉及指标调剂，需自然资源和规划局会同经发局提出供地方案。',
      category: 'land',
      department: 'LAND',
    },
  },
  {
    name: '科技产业园研发中心',
    investorName: '绿源生物医药有限公司',
    investmentWan: 18000,
    type: 'new',
    phase: 'planning',
    start: 10,
    completion: 250,
    production: 265,
    departments: ['ECON'],
    pushTeam: [],
    done: [],
    problem: {
      nodeKey: 'project_filing',
      title: '研发中心备案材料需补充',
      description: '研发中心项目备案缺少可行性研究报告，需企业补充后申报。',
      category: 'permits',
      department: 'APPROVAL',
    },
  },
];

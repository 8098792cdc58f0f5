import type { ProjectDetail, ProjectNodeView, ProjectSummary } from '@parkflow/contracts';

/* Test data in the contract's shapes (specs only). */

export function aNode(over: Partial<ProjectNodeView> = {}): ProjectNodeView {
  return {
    key: 'approval',
    name: { zh: '立项备案', en: 'Project filing' },
    durationDays: 5,
    predecessors: [],
    phase: 'permits',
    permit: true,
    departmentId: null,
    plannedStart: '2026-03-02',
    plannedFinish: '2026-03-06',
    baselineStart: null,
    baselineFinish: null,
    drift: null,
    actualStart: null,
    actualFinish: null,
    slack: 0,
    critical: true,
    status: 'green',
    statusReason: { zh: '正常推进', en: 'On track' },
    evidence: null,
    ...over,
  };
}

export function aProject(over: Partial<ProjectSummary> = {}): ProjectSummary {
  return {
    id: 'p1',
    code: 'XM-2026-001',
    name: '食品产业园',
    investorName: '华光食品有限公司',
    investmentWan: 50_000,
    type: 'new',
    phase: 'permits',
    targets: { start: '2026-03-02', completion: '2026-11-30', production: '2026-12-31' },
    scheduleTarget: 'production',
    chiefOfficerId: 'u-chief',
    pushTeamIds: [],
    departmentIds: ['d-land'],
    archived: false,
    status: 'green',
    statusReason: { zh: '正常推进', en: 'On track' },
    progressPercent: null,
    nodes: [aNode()],
    version: 1,
    ...over,
  };
}

export function aDetail(over: Partial<ProjectDetail> = {}): ProjectDetail {
  return { ...aProject(), history: [], progress: [], problems: [], ...over };
}

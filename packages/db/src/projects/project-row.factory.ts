import type { PlannedNode, ProjectPhase, ProjectPlan, ProjectType } from '@parkflow/domain';
import { ProjectEntity, type StoredProjectNode } from '../entities/project.entity.js';

/** What a new project is made of, as the api's contract (or the demo seed) gives it. */
export interface NewProjectFields {
  name: string;
  investorName: string;
  investmentWan: number;
  type: ProjectType;
  phase: ProjectPhase;
  targets: { start: string; completion: string; production: string };
  chiefOfficerId: string;
  pushTeamIds: readonly string[];
  departmentIds: readonly string[];
  scheduleTarget: 'production' | 'completion';
}

/** The plan's nodes as stored: each template department code resolved to the park's department id. */
export function storedNodes(plan: ProjectPlan, departmentIdOf: (code: string) => string | null, previous: readonly StoredProjectNode[] = []): StoredProjectNode[] {
  const before = new Map(previous.map((n) => [n.key, n]));
  return plan.nodes.map((n: PlannedNode) => {
    const old = before.get(n.key);
    return {
      ...n,
      departmentId: old ? old.departmentId : n.department ? departmentIdOf(n.department) : null,
      evidence: old?.evidence ?? null,
      completedById: old?.completedById ?? null,
      completedAt: old?.completedAt ?? null,
    };
  });
}

/** A project row at version 1. */
export function newProjectRow(fields: NewProjectFields, identity: { id: string; code: string }, nodes: StoredProjectNode[], createdById: string, now: Date): ProjectEntity {
  return Object.assign(new ProjectEntity(), {
    id: identity.id,
    code: identity.code,
    name: fields.name,
    investorName: fields.investorName,
    investmentWan: fields.investmentWan,
    type: fields.type,
    phase: fields.phase,
    targetStart: fields.targets.start,
    targetCompletion: fields.targets.completion,
    targetProduction: fields.targets.production,
    scheduleTarget: fields.scheduleTarget,
    chiefOfficerId: fields.chiefOfficerId,
    pushTeamIds: [...fields.pushTeamIds],
    departmentIds: [...fields.departmentIds],
    nodes,
    baseline: null,
    version: 1,
    archivedAt: null,
    createdById,
    createdAt: now,
    updatedAt: now,
  });
}

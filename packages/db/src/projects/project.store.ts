import { randomUUID } from 'node:crypto';
import type { Label, ProjectPlan } from '@parkflow/domain';
import type { EntityManager } from 'typeorm';
import { ProjectHistoryEntity } from '../entities/project-history.entity.js';
import { ProjectEntity, type StoredProjectNode } from '../entities/project.entity.js';
import { StaleVersionError } from '../work-items/work-item.store.js';

/** XM-2026-001: the year's next project code, counted in code_counters like item codes. */
export async function allocateProjectCode(manager: EntityManager, year: number): Promise<string> {
  const key = `XM-${year}`;
  const rows: { last: number }[] = await manager.query(
    `INSERT INTO code_counters (key, last) VALUES ($1, 1)
     ON CONFLICT (key) DO UPDATE SET last = code_counters.last + 1
     RETURNING last`,
    [key],
  );
  return `${key}-${String(rows[0]?.last ?? 1).padStart(3, '0')}`;
}

/** The date the row's nodes are scheduled backwards from. */
export function scheduleTargetOf(row: Pick<ProjectEntity, 'scheduleTarget' | 'targetCompletion' | 'targetProduction'>): string {
  return row.scheduleTarget === 'completion' ? row.targetCompletion : row.targetProduction;
}

/** The row's plan as the domain reads it. */
export function planOf(row: ProjectEntity): ProjectPlan & { nodes: readonly StoredProjectNode[] } {
  return { type: row.type as ProjectPlan['type'], target: scheduleTargetOf(row), nodes: row.nodes };
}

export interface ProjectHistoryInput {
  projectId: string;
  actorId: string | null;
  type: string;
  summary: Label;
  data: Record<string, unknown>;
  at: Date;
}

/** One history row; the caller's transaction holds the change it records. */
export async function appendProjectHistory(manager: EntityManager, entry: ProjectHistoryInput): Promise<void> {
  await manager.insert(ProjectHistoryEntity, { id: randomUUID(), ...entry } as never);
}

/**
 * Writes `next` over the stored project where its version is still `expectedVersion`, as
 * version + 1; another writer first → StaleVersionError (409), the transaction rolls back.
 */
export async function saveProject(manager: EntityManager, next: ProjectEntity, expectedVersion: number): Promise<ProjectEntity> {
  const { id, ...changes } = next;
  const saved = { ...changes, version: expectedVersion + 1 };
  const result = await manager
    .createQueryBuilder()
    .update(ProjectEntity)
    .set(saved as never)
    .where('id = :id AND version = :version', { id, version: expectedVersion })
    .execute();
  if (result.affected !== 1) throw new StaleVersionError(id, expectedVersion);
  return Object.assign(new ProjectEntity(), { id, ...saved });
}

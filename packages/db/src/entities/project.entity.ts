import type { PlanBaseline, PlannedNode } from '@parkflow/domain';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A node as the project stores it: the plan's node (its template fields copied, planned and
 * actual dates), the department responsible resolved to an id when the plan was made, and the
 * completion's evidence and who recorded it.
 */
export interface StoredProjectNode extends PlannedNode {
  departmentId: string | null;
  evidence: string | null;
  completedById: string | null;
  completedAt: string | null;
}

/** numeric → number: investments in 万元 fit a double exactly enough (two decimals). */
const numeric = { to: (v: number) => v, from: (v: string | null) => (v === null ? null : Number(v)) };

/**
 * 重点项目. The plan (nodes) and its baseline are jsonb on the row: a re-plan rewrites every node
 * at once, a completion moves its successors, and both go with the project's version — one row,
 * one optimistic lock, no node rows to keep in step. Status, slack and drift are computed on
 * read (they depend on today), never stored.
 */
@Entity({ name: 'projects' })
@Index('projects_phase_idx', ['phase'])
@Index('projects_chief_officer_idx', ['chiefOfficerId'])
export class ProjectEntity {
  @PrimaryColumn('uuid')
  id: string;

  /** XM-2026-001: per-year counter (code_counters key XM-<year>). */
  @Column('text', { unique: true })
  code: string;

  @Column('text')
  name: string;

  @Column('text', { name: 'investor_name' })
  investorName: string;

  @Column('numeric', { name: 'investment_wan', precision: 16, scale: 2, transformer: numeric })
  investmentWan: number;

  /** new | continuing | signed (PROJECT_TYPES). */
  @Column('text')
  type: string;

  /** planning | signed | permits | construction | production (PROJECT_PHASES). */
  @Column('text')
  phase: string;

  @Column('date', { name: 'target_start' })
  targetStart: string;

  @Column('date', { name: 'target_completion' })
  targetCompletion: string;

  @Column('date', { name: 'target_production' })
  targetProduction: string;

  /** Which target the nodes are scheduled backwards from: production | completion. */
  @Column('text', { name: 'schedule_target', default: 'production' })
  scheduleTarget: string;

  /** 首席服务官 (a user id). */
  @Column('uuid', { name: 'chief_officer_id' })
  chiefOfficerId: string;

  /** 专班 members (user ids). */
  @Column('jsonb', { name: 'push_team_ids', default: () => `'[]'` })
  pushTeamIds: string[];

  @Column('jsonb', { name: 'department_ids', default: () => `'[]'` })
  departmentIds: string[];

  @Column('jsonb')
  nodes: StoredProjectNode[];

  /** The frozen plan (基线), null until one is frozen. */
  @Column('jsonb', { nullable: true })
  baseline: PlanBaseline | null;

  @Column('int')
  version: number;

  @Column('timestamptz', { name: 'archived_at', nullable: true })
  archivedAt: Date | null;

  @Column('uuid', { name: 'created_by_id' })
  createdById: string;

  @Column('timestamptz', { name: 'created_at' })
  createdAt: Date;

  @Column('timestamptz', { name: 'updated_at' })
  updatedAt: Date;
}

import { randomUUID } from 'node:crypto';
import { ForbiddenException, Inject, Injectable, NotFoundException, UnprocessableEntityException } from '@nestjs/common';
import { CompleteNodeRequestSchema, CreateProjectRequestSchema, ProjectVersionRequestSchema, UpdateProjectRequestSchema, type ProjectDetail } from '@parkflow/contracts';
import {
  allocateProjectCode,
  appendProjectHistory,
  newProjectRow,
  planOf,
  ProjectEntity,
  retimeProjectTasks,
  saveProject,
  scheduleNodeTimers,
  scheduleTargetOf,
  StaleVersionError,
  storedNodes,
  type OutboxMessageEntity,
} from '@parkflow/db';
import { createPlan, freezeBaseline, mayCreateProject, mayOnProject, replan, shanghaiDate, type Label, type ProjectOperation, type ProjectType, type WorkCalendar } from '@parkflow/domain';
import { DataSource, type EntityManager } from 'typeorm';
import type { CurrentUserContext } from '../auth/current-user.js';
import { DATA_SOURCE } from '../database/database.module.js';
import { InvalidInputException } from '../http/zod-validation.pipe.js';
import { KIND_REGISTRY, type KindRegistry } from '../kinds/kind-registry.provider.js';
import { ReferenceDataService } from '../meta/reference-data.service.js';
import { QueueProducerService } from '../queues/queue-producer.service.js';
import { CalendarService } from '../work-items/calendar.service.js';
import { historySummary } from './project-history.summary.js';
import { archivedError, scheduleProblemError } from './project-plan.errors.js';
import { parseBody } from './project-request.parse.js';
import { ProjectReadsService } from './project-reads.service.js';
import { ProjectTemplatesService } from './project-templates.service.js';
import { workFrom } from './project.presenter.js';

type Change = { row: ProjectEntity; history: { type: string; summary: Label; data: Record<string, unknown> }[] };

/**
 * The writes of key projects: load the project locked, check who may (domain project-access
 * rule), the version (409) and the archive (422), let the domain plan, then save the row, its
 * history rows, the re-timed project tasks and the nodes' deadline timers (outbox rows) in one
 * transaction; the timers are published after commit.
 */
@Injectable()
export class ProjectsService {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    private readonly calendars: CalendarService,
    private readonly reference: ReferenceDataService,
    private readonly templates: ProjectTemplatesService,
    private readonly reads: ProjectReadsService,
    private readonly producer: QueueProducerService,
    @Inject(KIND_REGISTRY) private readonly kinds: KindRegistry,
  ) {}

  async create(raw: unknown, current: CurrentUserContext): Promise<ProjectDetail> {
    if (!mayCreateProject(current.actor)) throw new ForbiddenException('Only dispatchers and administrators create key projects');
    const body = parseBody(CreateProjectRequestSchema, raw);
    await this.checkReferences(body);
    const calendar = await this.calendars.current();
    const now = new Date();
    const departmentIdOf = await this.departmentIdOf();
    const { id, outbox } = await this.dataSource.transaction(async (manager) => {
      const type = body.type as ProjectType;
      const target = body.scheduleTarget === 'completion' ? body.targets.completion : body.targets.production;
      const result = createPlan(type, await this.templates.nodesOf(type, manager), target, calendar, { start: body.targets.start });
      if (!result.ok) throw scheduleProblemError(result.problem, `targets.${body.scheduleTarget}`);
      const code = await allocateProjectCode(manager, Number(body.targets.start.slice(0, 4)));
      const row = newProjectRow({ ...body, type, phase: body.phase }, { id: randomUUID(), code }, storedNodes(result.plan, departmentIdOf), current.user.id, now);
      await manager.insert(ProjectEntity, row as never);
      await appendProjectHistory(manager, { projectId: row.id, actorId: current.user.id, type: 'created', summary: historySummary.created(code, row.name), data: { target, nodes: row.nodes.length }, at: now });
      return { id: row.id, outbox: await scheduleNodeTimers(manager, null, row, calendar, now) };
    });
    await this.producer.publishAfterCommit(outbox);
    return this.reads.detail(id, current);
  }

  async update(id: string, raw: unknown, current: CurrentUserContext): Promise<ProjectDetail> {
    return this.write(id, 'edit', current, raw, async (row, manager, calendar) => {
      const body = parseBody(UpdateProjectRequestSchema, raw);
      await this.checkReferences(body);
      const { version: _v, targets, ...fields } = body;
      const next = Object.assign(new ProjectEntity(), row, fields);
      if (targets) Object.assign(next, { targetStart: targets.start, targetCompletion: targets.completion, targetProduction: targets.production });
      const changed = [...Object.keys(fields), ...(targets ? ['targets'] : [])];
      const history: Change['history'] = [];
      const from = scheduleTargetOf(row);
      const to = scheduleTargetOf(next);
      if (from !== to || next.targetStart !== row.targetStart) {
        const today = shanghaiDate(new Date());
        const result = replan(planOf(row), to, calendar, { today: workFrom(next, today) });
        if (!result.ok) throw scheduleProblemError(result.problem, `targets.${next.scheduleTarget}`);
        next.nodes = storedNodes(result.plan, () => null, row.nodes);
        const moved = next.nodes.filter((n, i) => n.plannedFinish !== row.nodes[i]!.plannedFinish).length;
        history.push({ type: 'replanned', summary: historySummary.replanned(from, to, moved), data: { from, to, moved } });
      }
      history.unshift({ type: 'edited', summary: historySummary.edited(changed), data: { fields: changed } });
      return { row: next, history };
    });
  }

  async freezeBaseline(id: string, raw: unknown, current: CurrentUserContext): Promise<ProjectDetail> {
    return this.write(id, 'freeze_baseline', current, raw, async (row) => {
      parseBody(ProjectVersionRequestSchema, raw);
      const baseline = freezeBaseline(planOf(row));
      const next = Object.assign(new ProjectEntity(), row, { baseline });
      return { row: next, history: [{ type: 'baseline_frozen', summary: historySummary.baselineFrozen(baseline.target), data: { target: baseline.target } }] };
    });
  }

  async completeNode(id: string, key: string, raw: unknown, current: CurrentUserContext): Promise<ProjectDetail> {
    return this.write(id, 'complete_node', current, raw, async (row, _manager, calendar) => {
      const body = parseBody(CompleteNodeRequestSchema, raw);
      const index = row.nodes.findIndex((n) => n.key === key);
      if (index < 0) throw new NotFoundException(`Project ${row.code} has no node ${key}`);
      const node = row.nodes[index]!;
      const today = shanghaiDate(new Date());
      if (body.finishedOn > today) throw new InvalidInputException('The node cannot be finished in the future', { finishedOn: 'cannot be after today' });
      if (node.actualFinish) throw new UnprocessableEntityException({ message: `Node ${key} is already finished`, reason: 'node_finished', params: { node: key } });
      const open = node.predecessors.filter((p) => !row.nodes.find((n) => n.key === p)?.actualFinish);
      if (open.length > 0) throw new UnprocessableEntityException({ message: `Node ${key} waits for ${open.join(', ')}, not finished yet`, reason: 'predecessors_open', params: { node: key, predecessors: open.join(', ') } });
      if (node.actualStart && body.finishedOn < node.actualStart) throw new InvalidInputException('Finished before it started', { finishedOn: `cannot be before the actual start ${node.actualStart}` });
      const nodes = row.nodes.map((n, i) => (i === index ? { ...n, actualFinish: body.finishedOn, evidence: body.evidence, completedById: current.user.id, completedAt: new Date().toISOString() } : n));
      const done = Object.assign(new ProjectEntity(), row, { nodes });
      // The rest is scheduled again from today; a project already too late to fit keeps the plan it had (it shows red).
      const result = replan(planOf(done), scheduleTargetOf(done), calendar, { today: workFrom(done, today) });
      if (result.ok) done.nodes = storedNodes(result.plan, () => null, nodes);
      return { row: done, history: [{ type: 'node_completed', summary: historySummary.nodeCompleted(node.name, body.finishedOn), data: { node: key, finishedOn: body.finishedOn, evidence: body.evidence, replanned: result.ok } }] };
    });
  }

  async archive(id: string, raw: unknown, current: CurrentUserContext): Promise<ProjectDetail> {
    return this.write(id, 'archive', current, raw, async (row) => {
      parseBody(ProjectVersionRequestSchema, raw);
      return { row: Object.assign(new ProjectEntity(), row, { archivedAt: new Date() }), history: [{ type: 'archived', summary: historySummary.archived(), data: {} }] };
    });
  }

  /** Load locked → 404 / 403 / 409 / 422 → change → save, history and re-timed tasks, one transaction. */
  private async write(id: string, operation: ProjectOperation, current: CurrentUserContext, raw: unknown, change: (row: ProjectEntity, manager: EntityManager, calendar: WorkCalendar) => Promise<Change>): Promise<ProjectDetail> {
    const calendar = await this.calendars.current();
    const outbox = await this.dataSource.transaction(async (manager) => {
      const row = await manager.getRepository(ProjectEntity).createQueryBuilder('p').where('p.id = :id', { id }).setLock('pessimistic_write').getOne();
      if (!row || !mayOnProject(current.actor, row, 'read')) throw new NotFoundException(`No project ${id}`);
      if (!mayOnProject(current.actor, row, operation)) throw new ForbiddenException(`You may not ${operation.replace('_', ' ')} on project ${row.code}`);
      const version = (raw as { version?: unknown } | null)?.version;
      if (typeof version === 'number' && version !== row.version) throw new StaleVersionError(id, version);
      if (row.archivedAt) throw archivedError(row.code);
      const { row: next, history } = await change(row, manager, calendar);
      next.updatedAt = new Date();
      await saveProject(manager, next, row.version);
      for (const h of history) await appendProjectHistory(manager, { projectId: id, actorId: current.user.id, ...h, at: next.updatedAt });
      const finishes = new Map(next.nodes.map((n) => [n.key, n.plannedFinish]));
      const { outbox } = await retimeProjectTasks(manager, id, finishes, calendar, this.kinds, new Date(), current.user.id);
      // The nodes' own deadlines: new revisions for the nodes whose planned finish moved (none once archived).
      return [...outbox, ...(await scheduleNodeTimers(manager, row, next, calendar, new Date()))];
    });
    await this.producer.publishAfterCommit(outbox as OutboxMessageEntity[]);
    return this.reads.detail(id, current);
  }

  /** 400 naming a person or department that does not exist. */
  private async checkReferences(body: { chiefOfficerId?: string; pushTeamIds?: readonly string[]; departmentIds?: readonly string[] }): Promise<void> {
    const snapshot = await this.reference.load();
    const fields: Record<string, string> = {};
    if (body.chiefOfficerId && !snapshot.users.has(body.chiefOfficerId)) fields.chiefOfficerId = 'no such user';
    body.pushTeamIds?.forEach((u, i) => {
      if (!snapshot.users.has(u)) fields[`pushTeamIds.${i}`] = 'no such user';
    });
    const departments = new Set(snapshot.departments.map((d) => d.id));
    body.departmentIds?.forEach((d, i) => {
      if (!departments.has(d)) fields[`departmentIds.${i}`] = 'no such department';
    });
    if (Object.keys(fields).length > 0) throw new InvalidInputException('The project names someone or something that does not exist', fields);
  }

  private async departmentIdOf(): Promise<(code: string) => string | null> {
    const { departments } = await this.reference.load();
    return (code) => departments.find((d) => d.code === code)?.id ?? null;
  }
}

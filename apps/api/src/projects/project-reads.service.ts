import { ForbiddenException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { PermitListQuerySchema, ProjectFilterQuerySchema, type PermitList, type ProjectDetail, type ProjectHistoryEntry, type ProjectList, type ProjectSummary } from '@parkflow/contracts';
import { ProjectEntity, ProjectHistoryEntity, toWorkItemState, WorkItemEntity } from '@parkflow/db';
import { canSee, mayListProjects, mayOnProject, projectListScope, servesProject, shanghaiDate, shareStartedBy, type Actor, type ProjectType } from '@parkflow/domain';
import { DataSource } from 'typeorm';
import type { z } from 'zod';
import type { CurrentUserContext } from '../auth/current-user.js';
import { DATA_SOURCE } from '../database/database.module.js';
import { InvalidInputException, zodFields } from '../http/zod-validation.pipe.js';
import { KIND_REGISTRY, type KindRegistry } from '../kinds/kind-registry.provider.js';
import { ReferenceDataService } from '../meta/reference-data.service.js';
import { CalendarService } from '../work-items/calendar.service.js';
import { latestPercents, progressReportsOf } from '../project-progress/progress-reports.query.js';
import { permitRows, presentProject } from './project.presenter.js';

type Filters = z.output<typeof ProjectFilterQuerySchema>;

function parseQuery<S extends z.ZodType>(schema: S, raw: unknown): z.output<S> {
  const result = schema.safeParse(raw ?? {});
  if (!result.success) throw new InvalidInputException('Invalid query', zodFields(result.error));
  return result.data;
}

/** A department filter matches the project's departments and the departments of its nodes. */
function involves(p: ProjectSummary, departmentId: string): boolean {
  return p.departmentIds.includes(departmentId) || p.nodes.some((n) => n.departmentId === departmentId);
}

/**
 * The reads of key projects: list with the leaders' figure, detail with history and problems,
 * the permit lists. A few hundred projects of about ten nodes: they are read whole and rated in
 * memory, since status depends on today and is never stored.
 */
@Injectable()
export class ProjectReadsService {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    private readonly calendars: CalendarService,
    private readonly reference: ReferenceDataService,
    @Inject(KIND_REGISTRY) private readonly kinds: KindRegistry,
  ) {}

  async list(raw: unknown, current: CurrentUserContext): Promise<ProjectList> {
    assertReader(current.actor);
    const filters = parseQuery(ProjectFilterQuerySchema, raw);
    const today = shanghaiDate(new Date());
    const listed = await this.rated(filters, current.actor, today);
    const year = Number(today.slice(0, 4));
    const by = `${year}-06-30`;
    // A project is on the list of the year it is to start in (its start target's year).
    const figure = shareStartedBy(
      listed.map(({ row }) => ({ type: row.type as ProjectType, year: Number(row.targetStart.slice(0, 4)), nodes: row.nodes })),
      { year, type: 'new', by },
    );
    const items = listed.map((l) => l.summary);
    return { items, figures: { startedByJune30: { started: figure.started, total: figure.total, share: figure.share, by, year } } };
  }

  async permits(raw: unknown, current: CurrentUserContext): Promise<PermitList> {
    assertReader(current.actor);
    const query = parseQuery(PermitListQuerySchema, raw);
    const items = (await this.rated(query, current.actor, shanghaiDate(new Date()))).map((l) => l.summary);
    const names = await this.reference.names();
    const rows = permitRows(items, query.view, (id) => (id ? (names.department(id) ?? id) : '\uffff'));
    // Filtered by a department, the lists hold that department's permits (its 责任清单).
    return { rows: query.departmentId ? rows.filter((r) => r.departmentId === query.departmentId) : rows };
  }

  async detail(id: string, current: CurrentUserContext): Promise<ProjectDetail> {
    const row = await this.dataSource.getRepository(ProjectEntity).findOneBy({ id });
    if (!row || !mayOnProject(current.actor, row, 'read')) throw new NotFoundException(`No project ${id}`);
    const calendar = await this.calendars.current();
    const summary = presentProject(row, shanghaiDate(new Date()), calendar);
    const history = await this.dataSource.getRepository(ProjectHistoryEntity).find({ where: { projectId: id }, order: { at: 'DESC', id: 'ASC' } });
    const tasks = await this.dataSource.getRepository(WorkItemEntity).find({ where: { projectId: id }, order: { createdAt: 'DESC' } });
    const problems = tasks
      .map(toWorkItemState)
      .filter((item) => {
        const kind = this.kinds.get(item.kind);
        return kind !== undefined && canSee(item, current.actor, kind);
      })
      .map((item) => ({ id: item.id, code: item.code, title: item.title, status: item.status, stage: item.stage, handlerId: item.handlerId, nodeKey: item.projectNodeKey ?? null }));
    const progress = await progressReportsOf(this.dataSource.manager, id);
    // A raised problem's entry names its task (id, code, title): shown only to whoever may see the task, as `problems` is.
    const visibleTasks = new Set(problems.map((p) => p.id));
    const readable = history.filter((h) => h.type !== 'problem_raised' || visibleTasks.has(String(h.data.itemId)));
    return {
      ...summary,
      progressPercent: progress[0]?.percent ?? null,
      history: readable.map((h): ProjectHistoryEntry => ({ at: h.at.toISOString(), actorId: h.actorId, type: h.type as ProjectHistoryEntry['type'], summary: h.summary, data: h.data })),
      progress,
      problems,
    };
  }

  private async rated(filters: Filters, actor: Actor, today: string): Promise<{ row: ProjectEntity; summary: ProjectSummary }[]> {
    const qb = this.dataSource.getRepository(ProjectEntity).createQueryBuilder('p').orderBy('p.code', 'ASC');
    qb.where(filters.archived ? 'p.archived_at IS NOT NULL' : 'p.archived_at IS NULL');
    if (filters.phase) qb.andWhere('p.phase = :phase', { phase: filters.phase });
    if (filters.chiefOfficerId) qb.andWhere('p.chief_officer_id = :chief', { chief: filters.chiefOfficerId });
    const rows = await qb.getMany();
    const calendar = await this.calendars.current();
    const scope = projectListScope(actor);
    const visible = rows.filter((r) => scope === 'all' || (scope === 'served' && servesProject(actor, r)));
    const percents = await latestPercents(this.dataSource.manager, visible.map((r) => r.id));
    return visible
      .map((row) => ({ row, summary: { ...presentProject(row, today, calendar), progressPercent: percents.get(row.id) ?? null } }))
      .filter(({ summary }) => !filters.departmentId || involves(summary, filters.departmentId));
  }
}

function assertReader(actor: Actor): void {
  if (!mayListProjects(actor)) throw new ForbiddenException('Key projects are for the administration’s staff');
}

import { ForbiddenException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { ProjectTypeSchema, PutProjectTemplateRequestSchema, type ProjectTemplateList } from '@parkflow/contracts';
import { ProjectTemplateEntity } from '@parkflow/db';
import { checkNodeTemplate, DEFAULT_NODE_TEMPLATES, mayEditTemplates, mayListProjects, PROJECT_TYPE_IDS, type NodeTemplate, type NodeTemplateProblem, type ProjectType } from '@parkflow/domain';
import { DataSource, type EntityManager } from 'typeorm';
import type { CurrentUserContext } from '../auth/current-user.js';
import { DATA_SOURCE } from '../database/database.module.js';
import { InvalidInputException } from '../http/zod-validation.pipe.js';
import { parseBody } from './project-request.parse.js';

/** A template's problems as a 400: every message, the first problem's code and facts for the client to word. */
export function templateProblemsError(problems: readonly NodeTemplateProblem[], field = 'nodes'): InvalidInputException {
  const first = problems[0]!;
  const params = Object.fromEntries(Object.entries(first.params).map(([k, v]) => [k, Array.isArray(v) ? v.join(' → ') : (v as string | number | boolean)]));
  return new InvalidInputException(problems.map((p) => p.message.en).join('; '), { [field]: problems.map((p) => p.message.zh).join('；') }, { reason: first.code, params });
}

/** The node templates per project type: the park's own (project_templates), else the domain's defaults. */
@Injectable()
export class ProjectTemplatesService {
  constructor(@Inject(DATA_SOURCE) private readonly dataSource: DataSource) {}

  async nodesOf(type: ProjectType, manager: EntityManager = this.dataSource.manager): Promise<readonly NodeTemplate[]> {
    const row = await manager.getRepository(ProjectTemplateEntity).findOneBy({ type });
    return row?.nodes ?? DEFAULT_NODE_TEMPLATES[type];
  }

  async list(current: CurrentUserContext): Promise<ProjectTemplateList> {
    if (!mayListProjects(current.actor)) throw new ForbiddenException('Node templates are for the staff who read key projects');
    const rows = await this.dataSource.getRepository(ProjectTemplateEntity).find();
    const stored = new Map(rows.map((r) => [r.type, r.nodes]));
    return { templates: PROJECT_TYPE_IDS.map((type) => ({ type, nodes: (stored.get(type) ?? DEFAULT_NODE_TEMPLATES[type]).map((n) => ({ ...n, predecessors: [...n.predecessors] })), isDefault: !stored.has(type) })) };
  }

  async put(rawType: string, raw: unknown, current: CurrentUserContext): Promise<ProjectTemplateList> {
    if (!mayEditTemplates(current.actor)) throw new ForbiddenException('Only an administrator edits node templates');
    const type = ProjectTypeSchema.safeParse(rawType);
    if (!type.success) throw new NotFoundException(`No project type ${rawType} (${PROJECT_TYPE_IDS.join(', ')})`);
    const body = parseBody(PutProjectTemplateRequestSchema, raw);
    const nodes = body.nodes as NodeTemplate[];
    const problems = checkNodeTemplate(nodes);
    if (problems.length > 0) throw templateProblemsError(problems);
    await this.dataSource.getRepository(ProjectTemplateEntity).save({ type: type.data, nodes, updatedBy: current.user.id, updatedAt: new Date() } as never);
    return this.list(current);
  }
}

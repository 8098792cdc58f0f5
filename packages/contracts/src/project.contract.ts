import { isCalendarDate, PROJECT_PHASES, PROJECT_TYPE_IDS, RAGS, STAGES } from '@parkflow/domain';
import { z } from 'zod';

/*
 * Key projects (重点项目, docs/projects.md): the project list and detail, the permit lists
 * (责任清单 / 序时清单), the node templates, and the writes. Days are Beijing 'YYYY-MM-DD' dates,
 * instants ISO strings, labels { zh, en }. Status, slack and drift are computed by the domain on
 * every read with today = the Beijing day of the request; none of them is stored.
 */

const LabelSchema = z.object({ zh: z.string(), en: z.string() });
const day = z
  .string()
  .refine(isCalendarDate, 'must be a date YYYY-MM-DD')
  // The working-day scans of a plan reach about a century; a year outside this is a typo.
  .refine((d) => d >= '2000-01-01' && d <= '2099-12-31', 'must be a date from 2000 to 2099');
const text = (max: number) => z.string().trim().min(1, 'required').max(max, `at most ${max} characters`);
const RagSchema = z.enum(RAGS);

export const ProjectTypeSchema = z.enum(PROJECT_TYPE_IDS as [string, ...string[]], { error: 'unknown project type (new, continuing, signed)' });
export const ProjectPhaseSchema = z.enum(PROJECT_PHASES, { error: `unknown phase (${PROJECT_PHASES.join(', ')})` });

export const ProjectTargetsSchema = z.object({
  start: day.describe('计划开工 / the day work on the project can begin: the backward schedule works from it'),
  completion: day.describe('计划竣工'),
  production: day.describe('计划投产'),
});

/** One node of a template, as the domain's NodeTemplate (checked by checkNodeTemplate, not here). */
export const NodeTemplateSchema = z.object({
  key: z.string().max(64),
  name: LabelSchema,
  durationDays: z.number().int('a whole number of working days'),
  predecessors: z.array(z.string().max(64)).max(100),
  phase: ProjectPhaseSchema,
  permit: z.boolean(),
  department: z.string().max(32).nullable().describe('department code responsible by default (APPROVAL, LAND, ENV, ECON, …)'),
  marksStart: z.boolean().optional().describe('this node’s finish means the project has started (开工); at most one'),
});
export type NodeTemplateView = z.infer<typeof NodeTemplateSchema>;

export const ProjectNodeViewSchema = z.object({
  key: z.string(),
  name: LabelSchema,
  durationDays: z.number().int(),
  predecessors: z.array(z.string()),
  phase: ProjectPhaseSchema,
  permit: z.boolean(),
  departmentId: z.string().uuid().nullable(),
  plannedStart: z.string(),
  plannedFinish: z.string(),
  baselineStart: z.string().nullable(),
  baselineFinish: z.string().nullable(),
  drift: z.number().int().nullable().describe('working days the planned finish moved since the baseline (positive: later); null without a baseline'),
  actualStart: z.string().nullable(),
  actualFinish: z.string().nullable(),
  slack: z.number().int().nullable().describe('working days the node can slip from today and the target still be met; null when finished or when the rest no longer fits'),
  critical: z.boolean(),
  status: RagSchema,
  statusReason: LabelSchema,
  evidence: z.string().nullable().describe('what proves the node done (批复文号, 证书编号, …)'),
});
export type ProjectNodeView = z.infer<typeof ProjectNodeViewSchema>;

export const ProjectSummarySchema = z.object({
  id: z.string().uuid(),
  code: z.string().describe('XM-<year>-<seq>'),
  name: z.string(),
  investorName: z.string(),
  investmentWan: z.number().describe('investment in 万元'),
  type: ProjectTypeSchema,
  phase: ProjectPhaseSchema,
  targets: ProjectTargetsSchema,
  scheduleTarget: z.enum(['production', 'completion']).describe('which target the nodes are scheduled backwards from'),
  chiefOfficerId: z.string().uuid().describe('首席服务官'),
  pushTeamIds: z.array(z.string().uuid()).describe('专班 members'),
  departmentIds: z.array(z.string().uuid()),
  archived: z.boolean(),
  status: RagSchema,
  statusReason: LabelSchema,
  progressPercent: z.number().int().nullable().describe('形象进度 of the latest report (null: none yet)'),
  nodes: z.array(ProjectNodeViewSchema),
  version: z.number().int(),
});
export type ProjectSummary = z.infer<typeof ProjectSummarySchema>;

export const PROJECT_HISTORY_TYPES = ['created', 'edited', 'replanned', 'baseline_frozen', 'node_completed', 'progress_reported', 'archived', 'problem_raised', 'node_overdue', 'node_escalated'] as const;
export type ProjectHistoryType = (typeof PROJECT_HISTORY_TYPES)[number];

export const ProjectHistoryEntrySchema = z.object({
  at: z.string(),
  actorId: z.string().uuid().nullable(),
  type: z.enum(PROJECT_HISTORY_TYPES),
  summary: LabelSchema,
  data: z.record(z.string(), z.unknown()),
});
export type ProjectHistoryEntry = z.infer<typeof ProjectHistoryEntrySchema>;

export const ProgressPhotoViewSchema = z.object({
  id: z.string().uuid(),
  fileName: z.string(),
  url: z.string(),
  thumbnailUrl: z.string(),
  bytes: z.number().int(),
  contentType: z.string(),
});

export const ProgressReportViewSchema = z.object({
  id: z.string().uuid(),
  reportedOn: z.string(),
  percent: z.number().int(),
  note: z.string(),
  reason: z.string().nullable(),
  reportedBy: z.string().uuid(),
  photos: z.array(ProgressPhotoViewSchema),
});
export type ProgressReportView = z.infer<typeof ProgressReportViewSchema>;

export const ProjectProblemSchema = z.object({
  id: z.string().uuid(),
  code: z.string(),
  title: z.string(),
  status: z.string(),
  stage: z.enum(STAGES),
  handlerId: z.string().uuid().nullable(),
  nodeKey: z.string().nullable(),
});
export type ProjectProblem = z.infer<typeof ProjectProblemSchema>;

export const ProjectDetailSchema = ProjectSummarySchema.extend({
  history: z.array(ProjectHistoryEntrySchema).describe('newest first'),
  progress: z.array(ProgressReportViewSchema).describe('newest first'),
  problems: z.array(ProjectProblemSchema).describe('问题清单: the project’s project_task items the viewer may see, newest first'),
});
export type ProjectDetail = z.infer<typeof ProjectDetailSchema>;

const booleanParam = z.enum(['true', 'false']).transform((v) => v === 'true');

/** The filters of the list and the permit lists. */
export const ProjectFilterQuerySchema = z.object({
  phase: ProjectPhaseSchema.optional(),
  departmentId: z.uuid('not a department id').optional(),
  chiefOfficerId: z.uuid('not a user id').optional(),
  archived: booleanParam.default(false),
});
export type ProjectFilterQuery = z.input<typeof ProjectFilterQuerySchema>;

export const StartedShareFigureSchema = z.object({
  started: z.number().int(),
  total: z.number().int(),
  share: z.number().nullable().describe('started ÷ total; null when there is no new project this year'),
  by: z.string().describe('30 June of the year'),
  year: z.number().int(),
});

export const ProjectListSchema = z.object({
  items: z.array(ProjectSummarySchema),
  figures: z.object({ startedByJune30: StartedShareFigureSchema.describe('this year’s new projects whose start node (开工) finished by 30 June') }),
});
export type ProjectList = z.infer<typeof ProjectListSchema>;

export const PERMIT_VIEWS = ['department', 'date'] as const;
export const PermitListQuerySchema = ProjectFilterQuerySchema.extend({
  view: z.enum(PERMIT_VIEWS).default('department').describe('department: 责任清单 (by department, then due date); date: 序时清单 (by due date)'),
});
export type PermitListQuery = z.input<typeof PermitListQuerySchema>;

export const PermitRowSchema = z.object({
  projectId: z.string().uuid(),
  projectName: z.string(),
  nodeKey: z.string(),
  name: LabelSchema,
  departmentId: z.string().uuid().nullable(),
  dueOn: z.string().describe('the node’s planned finish'),
  status: RagSchema,
  actualFinish: z.string().nullable(),
});
export type PermitRow = z.infer<typeof PermitRowSchema>;
export const PermitListSchema = z.object({ rows: z.array(PermitRowSchema) });
export type PermitList = z.infer<typeof PermitListSchema>;

export const ProjectTemplateListSchema = z.object({
  templates: z.array(z.object({ type: ProjectTypeSchema, nodes: z.array(NodeTemplateSchema), isDefault: z.boolean().describe('the built-in nodes: no template stored for the type') })),
});
export type ProjectTemplateList = z.infer<typeof ProjectTemplateListSchema>;
export const PutProjectTemplateRequestSchema = z.object({ nodes: z.array(NodeTemplateSchema).max(200) });
export type PutProjectTemplateRequest = z.input<typeof PutProjectTemplateRequestSchema>;

const writable = {
  name: text(200),
  investorName: text(200),
  investmentWan: z.number().min(0, 'at least 0').max(1e9, 'too large'),
  type: ProjectTypeSchema,
  phase: ProjectPhaseSchema,
  targets: ProjectTargetsSchema,
  chiefOfficerId: z.uuid('not a user id'),
  pushTeamIds: z.array(z.uuid('not a user id')).max(50),
  departmentIds: z.array(z.uuid('not a department id')).max(50),
  scheduleTarget: z.enum(['production', 'completion']),
};

const targetsInOrder = (t: { start: string; completion: string; production: string } | undefined) => t === undefined || (t.start <= t.completion && t.completion <= t.production);
const TARGET_ORDER = { path: ['targets'], message: 'start ≤ completion ≤ production' };

/** `POST /projects`: the nodes come from the type's template, scheduled backwards from the chosen target. */
export const CreateProjectRequestSchema = z
  .object({ ...writable, pushTeamIds: writable.pushTeamIds.default([]), departmentIds: writable.departmentIds.default([]), scheduleTarget: writable.scheduleTarget.default('production') })
  .refine((b) => targetsInOrder(b.targets), TARGET_ORDER);
export type CreateProjectRequest = z.input<typeof CreateProjectRequestSchema>;

/** `PATCH /projects/:id`: any writable field; moving the schedule target re-plans the unfinished nodes. */
export const UpdateProjectRequestSchema = z
  .object(writable)
  .partial()
  .extend({ version: z.number().int() })
  .refine((b) => targetsInOrder(b.targets), TARGET_ORDER);
export type UpdateProjectRequest = z.input<typeof UpdateProjectRequestSchema>;

export const ProjectVersionRequestSchema = z.object({ version: z.number().int() });
export type ProjectVersionRequest = z.infer<typeof ProjectVersionRequestSchema>;

export const CompleteNodeRequestSchema = z.object({
  version: z.number().int(),
  finishedOn: day.describe('the day the node was finished, at most today'),
  evidence: text(2000).describe('what proves it (批复文号, 证书编号, 验收意见 …)'),
});
export type CompleteNodeRequest = z.infer<typeof CompleteNodeRequestSchema>;

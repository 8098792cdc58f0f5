import { CATEGORY_IDS, CHANNEL_IDS, DURATION_UNITS, isCalendarDate, NO_DIMENSION, NOTICE_CHANNELS, STAT_FACTS, NOTICE_TYPES, SLA_STATES, STAGES, URGENCIES, WORK_ITEM_VIEWS } from '@parkflow/domain';
import { z } from 'zod';
import { WorkItemEventSchema } from './timeline-event.contract.js';
import { WORK_ITEM_BUCKETS } from './work-item-buckets.js';

const text = (max: number) => z.string().trim().min(1, 'required').max(max, `at most ${max} characters`);

export const PetitionerSchema = z.object({
  name: text(64),
  phone: z.string().trim().regex(/^[0-9+\-\s*]{5,20}$/, 'not a phone number').nullable().default(null),
  idNumber: z.string().trim().regex(/^[0-9]{17}[0-9Xx*]$|^[0-9*]{18}$/, 'not an 18-character ID number').nullable().default(null),
});

/** A kind or status id as the registry's definitions spell them; which ones exist is the registry's (kind-contracts.ts). */
export const KindIdSchema = z.string().regex(/^[a-z][a-z0-9_]{0,39}$/, 'not a kind');
const statusId = z.string().regex(/^[a-z][a-z0-9_]{0,63}$/, 'not a status');

/**
 * `POST /work-items`, as far as it holds for every kind. `createKindContracts` narrows `kind` to
 * the registry's and checks each kind's links; this is the shape the OpenAPI document starts from.
 */
export const CreateWorkItemRequestSchema = z.object({
  kind: KindIdSchema,
  title: text(200),
  description: text(10_000),
  channel: z.enum(CHANNEL_IDS as [string, ...string[]]),
  category: z.enum(CATEGORY_IDS as [string, ...string[]]),
  urgency: z.enum(URGENCIES).default('normal'),
  enterpriseId: z.string().uuid().nullable().default(null),
  petitioner: PetitionerSchema.nullable().default(null),
  departmentId: z.string().uuid().nullable().default(null),
  receivedOn: z
    .string()
    .refine(isCalendarDate, 'must be a date YYYY-MM-DD')
    .nullable()
    .default(null)
    .describe('收到之日: the day the matter was received (Asia/Shanghai), at most today; default the day of registration'),
  decision: z
    .discriminatedUnion('accept', [
      z.object({ accept: z.literal(true), note: text(2000).optional() }),
      z.object({ accept: z.literal(false), reason: z.string().min(1).max(64), note: text(2000).optional() }),
    ])
    .nullable()
    .default(null)
    .describe('受理 (accept: true) or 不予受理 with a reason of the kind, taken at registration; kinds that decide only'),
  reviewOfId: z.string().uuid().nullable().default(null).describe('复查 / 复核: the item this request reviews'),
  repeatOfId: z.string().uuid().nullable().default(null).describe('重复件: the earlier, closed item this one repeats (same petitioner, same matter); kinds that count repeats only'),
  projectId: z.string().uuid().nullable().default(null).describe('重点项目: the key project the item belongs to; kinds with a project link only (project_task: required)'),
  nodeKey: z
    .string()
    .regex(/^[a-z][a-z0-9_]{0,63}$/, 'not a node key')
    .nullable()
    .default(null)
    .describe("the project's node the item concerns; its handling is then due on the node's planned finish and follows it"),
  windowOverride: z
    .object({ reason: text(2000) })
    .nullable()
    .default(null)
    .describe('administrators only: register a 复查 / 复核 asked after its window, with the reason (recorded on the timeline)'),
});
export type CreateWorkItemRequest = z.input<typeof CreateWorkItemRequestSchema>;

export const StageDeadlineSchema = z.object({
  stage: z.enum(STAGES),
  stageSeq: z.number().int(),
  startedAt: z.string(),
  dueAt: z.string(),
  warnAt: z.string(),
  amount: z.number(),
  unit: z.enum(DURATION_UNITS),
  metAt: z.string().nullable(),
  rev: z.number().int().optional(),
  extendedAmount: z.number().optional(),
  pausedAmount: z.number().optional(),
  warnedAt: z.string().nullable().optional(),
  overdueAt: z.string().nullable().optional(),
  escalationLevel: z.number().int().optional(),
  clock: z.literal('statutory').optional(),
  endRule: z.literal('next_working_day').optional(),
});

export const NoticeSentSchema = z.object({ sentOn: z.string(), channel: z.enum(NOTICE_CHANNELS), recordedAt: z.string(), recordedById: z.string() });

export const WorkItemSchema = z.object({
  id: z.string().uuid(),
  code: z.string(),
  kind: z.string(),
  title: z.string(),
  description: z.string(),
  channel: z.string(),
  category: z.string(),
  urgency: z.enum(URGENCIES),
  enterpriseId: z.string().uuid().nullable(),
  enterpriseName: z.string().nullable(),
  petitioner: z.object({ name: z.string(), phone: z.string().nullable(), idNumber: z.string().nullable() }).nullable(),
  stage: z.enum(STAGES),
  status: z.string(),
  departmentId: z.string().uuid().nullable(),
  departmentName: z.string().nullable(),
  handlerId: z.string().uuid().nullable(),
  ownerLeaderId: z.string().uuid().nullable(),
  stageSeq: z.number().int(),
  deadlines: z.array(StageDeadlineSchema),
  sla: z.enum(SLA_STATES),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  closedAt: z.string().nullable(),
  supervisedAt: z.string().nullable(),
  extensionDaysUsed: z.number().int(),
  pendingExtension: z.object({ days: z.number().int(), reason: z.string(), requestedById: z.string(), requestedAt: z.string(), stageSeq: z.number().int() }).nullable(),
  reopenCount: z.number().int(),
  satisfaction: z.enum(['satisfied', 'basically_satisfied', 'unsatisfied']).nullable(),
  feedbackTimedOut: z.boolean(),
  clockPausedAt: z.string().nullable(),
  returnedAt: z.string().nullable().describe('sent back by a department and not routed again since'),
  linkedDates: z.record(z.string(), z.string()).describe('dates of linked records a stage deadline may follow (e.g. project_node)'),
  receivedOn: z.string().nullable().describe('收到之日'),
  acceptance: z
    .object({
      decision: z.enum(['accepted', 'not_accepted']),
      decidedAt: z.string(),
      decidedById: z.string(),
      reasonCode: z.string().nullable(),
      note: z.string().nullable(),
    })
    .nullable()
    .describe('受理 / 不予受理'),
  statutoryClock: StageDeadlineSchema.nullable().describe('法定办理期限: from 受理 (or receipt, for reviews) to 办结; never restarted'),
  extensionCount: z.number().int(),
  objectionUntil: z.string().nullable().describe('异议期: the routed department may send it back until then'),
  answeredAt: z.string().nullable(),
  notices: z.partialRecord(z.enum(NOTICE_TYPES), NoticeSentSchema).describe('each written notice’s latest sending'),
  reviewOfId: z.string().uuid().nullable().describe('复查 / 复核: the item reviewed'),
  repeatOfId: z.string().uuid().nullable().describe('重复件: the earlier, closed item this one repeats'),
  projectId: z.string().uuid().nullable().describe('重点项目: the key project of a project task'),
  projectNodeKey: z.string().nullable().describe("the project's node the item concerns"),
});
export type WorkItem = z.infer<typeof WorkItemSchema>;

/** One link of the review chain original → 复查 → 复核, as far as the viewer may see it. */
export const ReviewLinkSchema = z.object({ id: z.string().uuid(), code: z.string(), kind: z.string(), status: z.string(), receivedOn: z.string().nullable() });

/** An item at the other end of a repeat link (重复件), as far as the viewer may see it. */
export const RepeatLinkSchema = z.object({ id: z.string().uuid(), code: z.string(), title: z.string(), kind: z.string(), status: z.string(), category: z.string(), createdAt: z.string(), closedAt: z.string().nullable() });
export type RepeatLink = z.infer<typeof RepeatLinkSchema>;

/** A written notice of the item: whether it exists yet, and its latest sending. */
export const NoticeEntrySchema = z.object({ type: z.enum(NOTICE_TYPES), available: z.boolean(), sentOn: z.string().nullable(), channel: z.enum(NOTICE_CHANNELS).nullable() });

export const WorkItemDetailSchema = z.object({
  item: WorkItemSchema,
  events: z.array(WorkItemEventSchema),
  allowedActions: z.array(z.string()),
  reviewChain: z.array(ReviewLinkSchema).describe('original → 复查 → 复核, oldest first, this item included'),
  notices: z.array(NoticeEntrySchema).describe('the notices the kind sends (its record_notice_sent action), in order'),
  repeats: z
    .object({
      of: RepeatLinkSchema.nullable().describe('重复件，前件: the earlier item this one repeats (null: none, or not visible to the viewer)'),
      later: z.array(RepeatLinkSchema).describe('后续重复件: the later items registered as repeats of this one, oldest first'),
    })
    .describe('the repeat links (重复件) both ways'),
});
export type WorkItemDetail = z.infer<typeof WorkItemDetailSchema>;

/**
 * Something the user should know that did not stop the action, as a code with parameters the
 * client words (the domain's DecisionWarning). Read loosely: a code this client does not know yet
 * must not turn an action that succeeded into a failed answer.
 */
export const DecisionWarningSchema = z.object({ code: z.string(), params: z.record(z.string(), z.unknown()) });
export type DecisionWarningView = z.infer<typeof DecisionWarningSchema>;

export const CreateWorkItemResponseSchema = WorkItemSchema.extend({ warnings: z.array(DecisionWarningSchema) });
export type CreateWorkItemResponse = z.infer<typeof CreateWorkItemResponseSchema>;

// The views are the domain's (queueViewScope): the list and the ledger export read the same ones.
export { WORK_ITEM_VIEWS };
export { WORK_ITEM_BUCKETS };
export const WORK_ITEM_SORTS = ['created_at', 'due_at'] as const;

const blankToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);

/** `GET /work-items/repeat-candidates`: closed items a new item of `kind` may repeat (同一信访人同一事项). */
export const RepeatCandidatesQuerySchema = z
  .object({
    kind: KindIdSchema,
    category: z.enum(CATEGORY_IDS as [string, ...string[]], { error: 'unknown category' }),
    // The petitioner's own rules for the numbers; an empty parameter is one not given.
    idNumber: z.preprocess(blankToUndefined, PetitionerSchema.shape.idNumber.unwrap().unwrap().optional()),
    phone: z.preprocess(blankToUndefined, PetitionerSchema.shape.phone.unwrap().unwrap().optional()),
  })
  .refine((q) => q.idNumber !== undefined || q.phone !== undefined, { path: ['phone'], message: 'give the petitioner’s ID number or phone' });
/** What a client sends (z.input of a preprocessed field is unknown): the kind, the category and at least one number. */
export interface RepeatCandidatesQuery {
  kind: string;
  category: string;
  idNumber?: string;
  phone?: string;
}

export const RepeatCandidatesSchema = z.object({
  items: z.array(RepeatLinkSchema).describe('newest closure first, at most 20'),
});
export type RepeatCandidates = z.infer<typeof RepeatCandidatesSchema>;

const drillDay = z.string().refine(isCalendarDate, 'not a date (YYYY-MM-DD)');
const drillDimension = (what: string) => z.union([z.uuid(`not ${what}`), z.literal(NO_DIMENSION)]);

export const WorkItemListQuerySchema = z.object({
  view: z.enum(WORK_ITEM_VIEWS).default('mine'),
  kind: KindIdSchema.optional(),
  stage: z.enum(STAGES).optional(),
  status: statusId.optional(),
  sla: z.enum(SLA_STATES).optional(),
  q: z.string().trim().max(100).optional(),
  bucket: z.enum(WORK_ITEM_BUCKETS).optional(),
  sort: z.enum(WORK_ITEM_SORTS).default('created_at'),
  order: z.enum(['asc', 'desc']).default('desc'),
  // 穿透: the items behind one figure of the statistics (docs/statistics.md, "Drill-down").
  fact: z.enum(STAT_FACTS).optional().describe('a statistics fact: the items the figure of that fact counted, over from..to (default this year so far)'),
  from: drillDay.optional().describe('with fact: the first Beijing day of the period'),
  to: drillDay.optional().describe('with fact: the last Beijing day of the period'),
  departmentId: drillDimension('a department id').optional().describe("with fact: the figure's department, or none (not yet assigned)"),
  handlerId: drillDimension('a user id').optional().describe("with fact: the figure's handler, or none"),
  category: statusId.optional().describe("with fact: the figure's category"),
  channel: statusId.optional().describe("with fact: the figure's channel"),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export type WorkItemListQuery = z.input<typeof WorkItemListQuerySchema>;

export const WorkItemListSchema = z.object({
  items: z.array(WorkItemSchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type WorkItemList = z.infer<typeof WorkItemListSchema>;

import { DURATION_UNITS, EVENT_AUDIENCES, isEventType, NOTICE_CHANNELS, NOTICE_TYPES, SATISFACTIONS, STAGES, type EventType, type TimelineEventData } from '@parkflow/domain';
import { z } from 'zod';

/*
 * 时间线事件的读取：数据库里的事件是无类型的 JSON，在这里按领域的事件类型逐一校验。
 * Reading timeline events. The database holds them as untyped JSON (a text type and a jsonb
 * data), written by whatever version of the domain was running; they are parsed here, at the
 * edge, against the domain's map of event data. One reader per event type, each checked by the
 * compiler against `TimelineEventData[type]`: a type the domain adds, or a field it changes,
 * fails to compile here until it can be read.
 *
 * A stored event that cannot be read as its type — a type the domain no longer writes (or does
 * not write yet), or data of an older shape — is not an error: it is served as `unknown` with
 * its original type and raw data, so the timeline still shows it, by name if the client knows
 * the name. Readers are lenient only where an older row's meaning is plain: a comment or an id
 * absent from old rows reads as null, a rating without `reopened` as not reopened (the only
 * writer that omitted it, the demo seed, wrote satisfied ratings).
 */

const id = z.string().min(1);
const instant = z.string();
const text = z.string();
/** A nullable field older rows lack: absent reads as null. */
const orNull = <T extends z.ZodType>(schema: T) => schema.nullable().default(null);

const timerData = z.object({ stageSeq: z.number().int(), dueAt: instant, clock: z.literal('statutory').optional() });

export const EVENT_DATA_SCHEMAS: { readonly [T in EventType]: z.ZodType<TimelineEventData[T]> } = {
  registered: z.object({ kind: z.string(), channel: z.string(), category: z.string(), departmentId: orNull(id), windowOverride: z.object({ reason: z.string(), lastDay: z.string() }).optional() }),
  stage_job_processed: z.discriminatedUnion('result', [
    z.object({ result: z.literal('routed'), departmentId: id, rule: z.string() }),
    z.object({ result: z.literal('no_rule'), category: z.string() }),
  ]),
  assigned: z.object({ departmentId: id, handlerId: orNull(id), previousDepartmentId: orNull(id) }),
  accepted: z.object({ departmentId: orNull(id), handlerId: id }),
  returned: z.object({ departmentId: orNull(id), reason: text }),
  transferred: z.object({ fromDepartmentId: orNull(id), toDepartmentId: id, reason: text }),
  extension_requested: z.object({ days: z.number().int(), reason: text }),
  extension_approved: z.object({
    days: z.number().int(),
    comment: orNull(text),
    previousDueAt: instant,
    dueAt: instant,
    reason: text.optional(),
    previousStatutoryDueAt: instant.optional(),
    statutoryDueAt: instant.optional(),
  }),
  extension_rejected: z.object({ days: z.number().int(), comment: orNull(text) }),
  coordination_requested: z.object({ reason: text }),
  clock_paused: z.object({ reason: text, stageSeq: z.number().int(), dueAt: instant, note: text.optional() }),
  clock_resumed: z.object({
    comment: orNull(text),
    stageSeq: z.number().int(),
    pausedAt: instant,
    pausedAmount: z.number(),
    totalPausedAmount: z.number(),
    unit: z.enum(DURATION_UNITS),
    previousDueAt: instant,
    dueAt: instant,
  }),
  replied: z.object({ content: text }),
  feedback_recorded: z.object({ satisfaction: z.enum(SATISFACTIONS), comment: orNull(text), reopened: z.boolean().default(false) }),
  closure_approved: z.object({ comment: orNull(text) }),
  closure_rejected: z.object({ comment: text }),
  supervised: z.object({ comment: text, first: z.boolean() }),
  owner_set: z.object({ leaderUserId: id, previousOwnerLeaderId: orNull(id) }),
  commented: z.object({ text }),
  warned: timerData,
  overdue: timerData,
  escalated: z.object({
    stageSeq: z.number().int(),
    level: z.number().int(),
    audience: z.enum(['department_head', 'leader']),
    dueAt: instant,
    clock: z.literal('statutory').optional(),
  }),
  feedback_timed_out: timerData,
  matter_accepted: z.object({ note: orNull(text), statutoryDueAt: orNull(instant) }),
  matter_declined: z.object({ reason: z.string(), note: orNull(text) }),
  notice_sent: z.object({ notice: z.enum(NOTICE_TYPES), channel: z.enum(NOTICE_CHANNELS), sentOn: z.string() }),
  deadline_retimed: z.object({ stageSeq: z.number().int(), fromDueAt: instant, toDueAt: instant, year: z.number().int(), clock: z.literal('statutory').optional(), linkedDate: z.string().optional() }),
  advanced: z.object({ action: z.string(), fromStatus: z.string(), toStatus: z.string(), comment: orNull(text) }),
  outcome_recorded: z.object({ action: z.string(), outcome: z.string(), fromStatus: z.string(), toStatus: z.string(), comment: orNull(text) }),
};

const EventEnvelopeSchema = z.object({
  id: z.string(),
  actorId: z.string(),
  actorName: z.string(),
  at: z.string(),
  stage: z.enum(STAGES),
  audience: z.enum(EVENT_AUDIENCES).describe('internal: staff only; public: also the company contact of an appeal'),
});
type EventEnvelope = z.infer<typeof EventEnvelopeSchema>;

/** A timeline event the domain knows: `type` narrows `data` to that type's shape. */
export type KnownWorkItemEvent = { [T in EventType]: EventEnvelope & { type: T; data: TimelineEventData[T] } }[EventType];
/** A stored event that could not be read as a domain type: shown by its original type, its data as stored. */
export type UnknownWorkItemEvent = EventEnvelope & { type: 'unknown'; originalType: string; data: Record<string, unknown> };
export type WorkItemEvent = KnownWorkItemEvent | UnknownWorkItemEvent;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A raw event (as stored, or as already served) → one the union below accepts: known as its type, else `unknown`. */
function knownOrUnknown(raw: unknown): unknown {
  // Not an event at all: the envelope's own checks report it.
  if (!isRecord(raw) || typeof raw.type !== 'string') return raw;
  // Already read (the web reads again what the api served).
  if (raw.type === 'unknown' && typeof raw.originalType === 'string') return raw;
  if (isEventType(raw.type) && EVENT_DATA_SCHEMAS[raw.type].safeParse(raw.data).success) return raw;
  return { ...raw, type: 'unknown', originalType: raw.type, data: isRecord(raw.data) ? raw.data : {} };
}

const UnknownEventSchema = EventEnvelopeSchema.extend({ type: z.literal('unknown'), originalType: z.string(), data: z.record(z.string(), z.unknown()) });
const KNOWN_EVENT_SCHEMAS = Object.entries(EVENT_DATA_SCHEMAS).map(([type, data]) => EventEnvelopeSchema.extend({ type: z.literal(type), data }));

/**
 * One timeline event as the api serves it. The cast names the union the variants make: each
 * variant pairs a type with its own reader, and the readers are checked against the domain's
 * map above; the zod type of a list built from that map cannot say it by itself.
 */
export const WorkItemEventSchema = z.preprocess(knownOrUnknown, z.discriminatedUnion('type', [UnknownEventSchema, ...KNOWN_EVENT_SCHEMAS])) as unknown as z.ZodType<
  WorkItemEvent,
  unknown
>;

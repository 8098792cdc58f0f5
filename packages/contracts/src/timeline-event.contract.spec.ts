import { EVENT_TYPES } from '@parkflow/domain';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { EVENT_DATA_SCHEMAS, WorkItemEventSchema } from './timeline-event.contract.js';

const envelope = { id: '7', actorId: 'u-1', actorName: '李强', at: '2026-03-02T01:00:00.000Z', stage: 'handle', audience: 'internal' } as const;

describe('WorkItemEventSchema', () => {
  it('reads an event the domain writes as its type, its data typed', () => {
    const event = WorkItemEventSchema.parse({ ...envelope, type: 'extension_requested', data: { days: 5, reason: '需现场勘查', extra: 'dropped' } });
    expect(event).toEqual({ ...envelope, type: 'extension_requested', data: { days: 5, reason: '需现场勘查' } });
  });

  it('reads older rows whose missing fields have a plain meaning', () => {
    expect(WorkItemEventSchema.parse({ ...envelope, type: 'closure_approved', data: {} })).toMatchObject({ type: 'closure_approved', data: { comment: null } });
    expect(WorkItemEventSchema.parse({ ...envelope, type: 'feedback_recorded', data: { satisfaction: 'satisfied' } })).toMatchObject({
      type: 'feedback_recorded',
      data: { satisfaction: 'satisfied', comment: null, reopened: false },
    });
  });

  it('serves what it cannot read as unknown, with the stored type and data, instead of failing', () => {
    // A type the domain does not write (any more), and a known type of an older shape.
    expect(WorkItemEventSchema.parse({ ...envelope, type: 'close_approved', data: { by: 'x' } })).toEqual({ ...envelope, type: 'unknown', originalType: 'close_approved', data: { by: 'x' } });
    expect(WorkItemEventSchema.parse({ ...envelope, type: 'stage_job_processed', data: { result: 'already_routed' } })).toEqual({
      ...envelope,
      type: 'unknown',
      originalType: 'stage_job_processed',
      data: { result: 'already_routed' },
    });
    expect(WorkItemEventSchema.parse({ ...envelope, type: 'replied', data: null })).toMatchObject({ type: 'unknown', originalType: 'replied', data: {} });
  });

  it('reads again what it served unchanged (the web parses the api’s answer)', () => {
    for (const raw of [
      { ...envelope, type: 'returned', data: { departmentId: null, reason: '不属于本部门职责' } },
      { ...envelope, type: 'teleported', data: { to: 'moon' } },
    ]) {
      const served = WorkItemEventSchema.parse(raw);
      expect(WorkItemEventSchema.parse(JSON.parse(JSON.stringify(served)))).toEqual(served);
    }
  });

  it('still refuses what is not an event at all', () => {
    expect(WorkItemEventSchema.safeParse({ ...envelope, stage: 'orbit', type: 'replied', data: { content: 'x' } }).success).toBe(false);
    expect(WorkItemEventSchema.safeParse('replied').success).toBe(false);
  });

  it('has a reader for every event type, and an OpenAPI shape', () => {
    expect(Object.keys(EVENT_DATA_SCHEMAS).sort()).toEqual([...EVENT_TYPES].sort());
    const schema = z.toJSONSchema(WorkItemEventSchema, { io: 'output', unrepresentable: 'any' }) as { oneOf?: unknown[]; anyOf?: unknown[] };
    expect((schema.oneOf ?? schema.anyOf ?? []).length).toBe(EVENT_TYPES.length + 1);
  });
});

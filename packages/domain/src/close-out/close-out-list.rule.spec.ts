import { describe, expect, it } from 'vitest';
import type { WorkItemState } from '../work-item/work-item.types.js';
import { act, at, cast, DEPT_A, registerAppeal, registerPetition } from '../workflow/workflow-test.fixture.js';
import { closeOutCounts, closeOutEntries, closeOutEntry } from './close-out-list.rule.js';
import { closeOutNotice } from './close-out-notice.js';

/*
 * Monday 2026-03-02, close-out at 17:30 Beijing (09:30 UTC). Appeals must be signed for the same
 * working day (0 working days: 17:30), petitions within 15 calendar days.
 */
const DAY = '2026-03-02';
const CLOSE_OUT = at('2026-03-02T09:30:00.005Z');
const named = (item: WorkItemState, n: number): WorkItemState => ({ ...item, id: `item-${n}`, code: `SQ-20260302-000${n}` });

const unroutedToday = named(registerAppeal(at('2026-03-02T02:00:00Z')), 1);
const routedToday = named(act(registerAppeal(at('2026-03-02T03:00:00Z')), 'assign', cast.dispatcher, { departmentId: DEPT_A }, at('2026-03-02T03:05:00Z')).next, 2);
const signedToday = named(act(routedToday, 'accept', cast.handlerA1, {}, at('2026-03-02T04:00:00Z')).next, 3);
const petitionToday = { ...registerPetition(at('2026-03-02T05:00:00Z')), id: 'item-4', code: 'XF-20260302-0004' };
// Registered on Friday, never signed for: its 17:30 passed on Friday.
const unsignedSinceFriday = named(registerAppeal(at('2026-02-27T02:00:00Z')), 5);
const inHandling = named(act(act(registerAppeal(at('2026-02-20T02:00:00Z')), 'assign', cast.dispatcher, { departmentId: DEPT_A }, at('2026-02-20T02:05:00Z')).next, 'accept', cast.handlerA1, {}, at('2026-02-20T03:00:00Z')).next, 6);

describe('closeOutEntries', () => {
  it('lists what was registered today and not signed for, whatever its kind, routed or not', () => {
    const early = at('2026-03-02T08:00:00Z'); // 16:00 Beijing: nothing is late yet
    const list = closeOutEntries([unroutedToday, routedToday, signedToday, petitionToday], DAY, early);
    expect(list.map((e) => [e.code, e.reasons])).toEqual([
      ['SQ-20260302-0001', ['unsigned']],
      ['SQ-20260302-0002', ['unsigned']],
      ['XF-20260302-0004', ['unsigned']],
    ]);
    // An unsigned item's due time is the time to sign for it.
    expect(list[0]?.dueAt).toBe('2026-03-02T09:30:00.000Z');
    expect(list[2]?.dueAt).toBe(petitionToday.deadlines.at(-1)?.dueAt);
  });

  it('marks today’s appeals overdue too once 17:30 has passed, and lists older late items as overdue only', () => {
    const list = closeOutEntries([unsignedSinceFriday, unroutedToday, signedToday, petitionToday], DAY, CLOSE_OUT);
    expect(list.map((e) => [e.code, e.reasons])).toEqual([
      ['SQ-20260302-0005', ['overdue']],
      ['SQ-20260302-0001', ['unsigned', 'overdue']],
      ['XF-20260302-0004', ['unsigned']],
    ]);
    expect(list[0]).toMatchObject({ itemId: 'item-5', kind: 'appeal', stage: 'assign', dueAt: '2026-02-27T09:30:00.000Z', registeredAt: '2026-02-27T02:00:00.000Z' });
    expect(closeOutCounts(list)).toEqual({ unsigned: 2, overdue: 2 });
  });

  it('lists a handled item once its handling deadline has passed, with that deadline', () => {
    const due = inHandling.deadlines.at(-1)!.dueAt;
    expect(closeOutEntry(inHandling, DAY, new Date(Date.parse(due) - 1))).toBeNull();
    expect(closeOutEntry(inHandling, DAY, new Date(Date.parse(due) + 1))).toMatchObject({ reasons: ['overdue'], dueAt: due, departmentId: DEPT_A, handlerId: cast.handlerA1.id });
  });

  it('counts the statutory clock as the deadline it is past when only that has run out', () => {
    const statutory = { ...inHandling.deadlines.at(-1)!, stage: 'handle' as const, dueAt: '2026-03-01T15:59:59.999Z', clock: 'statutory' as const };
    const item: WorkItemState = { ...inHandling, deadlines: inHandling.deadlines.map((d, i, all) => (i === all.length - 1 ? { ...d, dueAt: '2026-03-20T09:30:00.000Z' } : d)), statutoryClock: statutory };
    expect(closeOutEntry(item, DAY, CLOSE_OUT)).toMatchObject({ reasons: ['overdue'], dueAt: '2026-03-01T15:59:59.999Z' });
  });

  it('leaves out a paused clock, a closed item, and an unsigned item of another day that is not late', () => {
    const paused = { ...inHandling, clockPausedAt: '2026-02-21T02:00:00.000Z' };
    expect(closeOutEntry(paused, DAY, at('2026-12-31T00:00:00Z'))).toBeNull();
    expect(closeOutEntry({ ...unsignedSinceFriday, status: 'closed' }, DAY, CLOSE_OUT)).toBeNull();
    // Friday's petition still has days to be signed for: not today's, not late.
    expect(closeOutEntry({ ...petitionToday, createdAt: '2026-02-27T05:00:00.000Z' }, DAY, CLOSE_OUT)).toBeNull();
  });

  it('reads "today" as the Beijing day: 23:30 UTC on 1 March is already 2 March', () => {
    const lateNight = { ...petitionToday, createdAt: '2026-03-01T16:30:00.000Z' };
    expect(closeOutEntry(lateNight, DAY, CLOSE_OUT)?.reasons).toEqual(['unsigned']);
    expect(closeOutEntry(lateNight, '2026-03-01', CLOSE_OUT)).toBeNull();
  });
});

describe('closeOutNotice', () => {
  it('names the day and the counts, and is sent for an empty list too', () => {
    const list = closeOutEntries([unsignedSinceFriday, unroutedToday], DAY, CLOSE_OUT);
    expect(closeOutNotice(DAY, list)).toEqual({ topic: 'close_out', params: { day: DAY, unsigned: 1, overdue: 2 } });
    expect(closeOutNotice(DAY, [])).toEqual({ topic: 'close_out', params: { day: DAY, unsigned: 0, overdue: 0 } });
  });
});

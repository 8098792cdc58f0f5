import { describe, expect, it } from 'vitest';
import { MAX_TIMELINE_POLLS, newestEvent, shouldPollTimeline } from './timeline-refresh.policy';

const registered = { type: 'registered' as const, at: '2026-11-20T01:00:00.000Z' };
const routed = { type: 'stage_job_processed' as const, at: '2026-11-20T01:00:01.500Z' };

describe('shouldPollTimeline', () => {
  it('polls while the newest event is the registration', () => {
    expect(shouldPollTimeline([registered])).toBe(true);
  });

  it('stops once the worker has recorded its event, in any list order', () => {
    expect(shouldPollTimeline([registered, routed])).toBe(false);
    expect(shouldPollTimeline([routed, registered])).toBe(false);
  });

  it('does not poll without events or data', () => {
    expect(shouldPollTimeline(undefined)).toBe(false);
    expect(shouldPollTimeline([])).toBe(false);
  });

  it('gives up after the safety limit', () => {
    expect(shouldPollTimeline([registered], MAX_TIMELINE_POLLS - 1)).toBe(true);
    expect(shouldPollTimeline([registered], MAX_TIMELINE_POLLS)).toBe(false);
  });
});

describe('newestEvent', () => {
  it('takes the later list entry on equal times', () => {
    const same = { type: 'stage_job_processed' as const, at: registered.at };
    expect(newestEvent([registered, same])).toBe(same);
  });
});

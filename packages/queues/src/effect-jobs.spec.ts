import { describe, expect, it } from 'vitest';
import { effectToJob } from './effect-jobs.js';
import { isJobName, JOB_QUEUES, safeJobId } from './job-registry.js';
import { ALL_QUEUE_NAMES } from './queue-names.js';

describe('effectToJob', () => {
  it('maps a stage effect to its stage job, to run now', () => {
    expect(effectToJob({ type: 'stage_job', stage: 'handle', itemId: 'i1', stageSeq: 3 } as never)).toEqual({ jobName: 'stage.handle', payload: { itemId: 'i1', stageSeq: 3 }, runAt: null });
  });

  it('maps a timer to a delayed deadline check whose job id is the timer id', () => {
    const job = effectToJob({ type: 'schedule_timer', timerId: 'dl-i1-s2-r0-warn', itemId: 'i1', stage: 'handle', stageSeq: 2, deadlineRev: 0, check: 'warn', at: '2026-11-23T01:00:00.000Z' } as never);
    expect(job).toEqual({
      jobName: 'deadline.check',
      payload: { itemId: 'i1', stage: 'handle', stageSeq: 2, deadlineRev: 0, check: 'warn' },
      runAt: new Date('2026-11-23T01:00:00.000Z'),
      jobId: 'dl-i1-s2-r0-warn',
    });
  });

  it('maps notifications and cancellations, and ignores effects no queue handles', () => {
    expect(effectToJob({ type: 'notify', userIds: ['u'], itemId: 'i', message: 'm', audience: 'dispatchers' } as never)).toMatchObject({ jobName: 'notify.deliver', payload: { topic: 'notice', audience: 'dispatchers' } });
    expect(effectToJob({ type: 'cancel_timers', itemId: 'i', timerIds: ['a:b'] } as never)).toMatchObject({ jobName: 'timers.cancel', payload: { timerIds: ['a_b'] } });
    expect(effectToJob({ type: 'unheard_of' })).toBeNull();
  });
});

describe('the job registry', () => {
  it('sends every job to a registered queue', () => {
    for (const [job, queue] of Object.entries(JOB_QUEUES)) {
      expect(isJobName(job)).toBe(true);
      expect(ALL_QUEUE_NAMES).toContain(queue);
    }
    expect(isJobName('stage.nowhere')).toBe(false);
  });

  it('never produces a job id BullMQ would reject', () => {
    expect(safeJobId('dl:1:2')).toBe('dl_1_2');
  });
});

import { STAGES, TIMER_CHECKS, type Effect } from '@parkflow/domain';
import { describe, expect, it } from 'vitest';
import { effectToJob, nodeTimerToJob } from './effect-jobs.js';
import { isJobName, JOB_QUEUES, safeJobId } from './job-registry.js';
import { ALL_QUEUE_NAMES } from './queue-names.js';

/** One sample of every effect the domain has: a new variant fails to compile here until it has one. */
const EVERY_EFFECT: { [T in Effect['type']]: Extract<Effect, { type: T }> } = {
  stage_job: { type: 'stage_job', stage: 'handle', itemId: 'i1', stageSeq: 3 },
  notify: { type: 'notify', userIds: ['u'], itemId: 'i', topic: 'returned', params: { code: 'XF-1', title: 't', reason: 'r' }, audience: 'dispatchers' },
  schedule_timer: { type: 'schedule_timer', timerId: 'dl-i1-s2-r0-warn', itemId: 'i1', stage: 'handle', stageSeq: 2, deadlineRev: 0, check: 'warn', at: '2026-11-23T01:00:00.000Z' },
  cancel_timers: { type: 'cancel_timers', itemId: 'i', timerIds: ['a:b'] },
};

function expectQueued(effect: Effect): void {
  const job = effectToJob(effect);
  expect(isJobName(job.jobName)).toBe(true);
  expect(ALL_QUEUE_NAMES).toContain(JOB_QUEUES[job.jobName]);
}

describe('nodeTimerToJob', () => {
  it('maps a node timer to a delayed project.node_check on the deadline queue, its id the timer id', () => {
    const job = nodeTimerToJob({ timerId: 'pn-p1-land_review-2026-10-09-overdue', projectId: 'p1', nodeKey: 'land_review', plannedFinish: '2026-10-09', check: 'overdue', at: '2026-10-09T09:30:00.000Z' });
    expect(job).toEqual({
      jobName: 'project.node_check',
      payload: { projectId: 'p1', nodeKey: 'land_review', plannedFinish: '2026-10-09', check: 'overdue' },
      runAt: new Date('2026-10-09T09:30:00.000Z'),
      jobId: 'pn-p1-land_review-2026-10-09-overdue',
    });
    expect(JOB_QUEUES[job.jobName]).toBe('deadlines');
  });
});

describe('effectToJob', () => {
  it('maps a stage effect to its stage job, to run now', () => {
    expect(effectToJob(EVERY_EFFECT.stage_job)).toEqual({ jobName: 'stage.handle', payload: { itemId: 'i1', stageSeq: 3 }, runAt: null });
  });

  it('maps a timer to a delayed deadline check whose job id is the timer id', () => {
    expect(effectToJob(EVERY_EFFECT.schedule_timer)).toEqual({
      jobName: 'deadline.check',
      payload: { itemId: 'i1', stage: 'handle', stageSeq: 2, deadlineRev: 0, check: 'warn' },
      runAt: new Date('2026-11-23T01:00:00.000Z'),
      jobId: 'dl-i1-s2-r0-warn',
    });
  });

  it('maps notifications and cancellations', () => {
    expect(effectToJob(EVERY_EFFECT.notify)).toEqual({
      jobName: 'notify.deliver',
      payload: { itemId: 'i', userIds: ['u'], topic: 'returned', params: { code: 'XF-1', title: 't', reason: 'r' }, audience: 'dispatchers' },
      runAt: null,
    });
    expect(effectToJob(EVERY_EFFECT.cancel_timers)).toMatchObject({ jobName: 'timers.cancel', payload: { timerIds: ['a_b'] } });
  });

  it('maps every effect variant to a job whose queue exists', () => {
    for (const effect of Object.values(EVERY_EFFECT)) expectQueued(effect);
  });

  it('maps every stage to a stage job whose queue exists', () => {
    for (const stage of STAGES) {
      expect(effectToJob({ type: 'stage_job', stage, itemId: 'i', stageSeq: 1 }).jobName).toBe(`stage.${stage}`);
      expectQueued({ type: 'stage_job', stage, itemId: 'i', stageSeq: 1 });
    }
  });

  it('maps every timer check to a deadline check whose queue exists', () => {
    for (const check of TIMER_CHECKS) expectQueued({ ...EVERY_EFFECT.schedule_timer, check });
  });

  it('refuses an effect it does not know instead of dropping it (reachable only past the compiler)', () => {
    expect(() => effectToJob({ type: 'unheard_of' } as never)).toThrow(/no job for effect/);
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

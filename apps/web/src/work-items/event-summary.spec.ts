import { describe, expect, it } from 'vitest';
import { summarizeEvent } from './event-summary';

const UTIL_ID = '7d8e0c4a-34a5-4e0a-9d55-5f4c1c0a2b11';
const names = (id: string) => (id === UTIL_ID ? '水电气保障办' : null);

describe('summarizeEvent', () => {
  it('describes a registration', () => {
    expect(summarizeEvent({ type: 'registered', data: { kind: 'appeal' } }, names)).toEqual({ what: { key: 'registered' } });
  });

  it('names the department the worker routed to', () => {
    const summary = summarizeEvent({ type: 'stage_job_processed', data: { result: 'routed', departmentId: UTIL_ID, rule: 'UTIL' } }, names);
    expect(summary).toEqual({ what: { key: 'stage_job_processed' }, result: { key: 'routed', department: '水电气保障办' } });
  });

  it('falls back to the rule code, then the id, when the department is unknown', () => {
    const other = '0b0e7a52-1111-4c3d-8e2f-000000000000';
    expect(summarizeEvent({ type: 'stage_job_processed', data: { result: 'routed', departmentId: other, rule: 'ENV' } }, names).result).toEqual({
      key: 'routed',
      department: 'ENV',
    });
    expect(summarizeEvent({ type: 'stage_job_processed', data: { result: 'routed', departmentId: other } }, names).result).toEqual({
      key: 'routed',
      department: other,
    });
  });

  it('knows the other assign-stage results', () => {
    expect(summarizeEvent({ type: 'stage_job_processed', data: { result: 'no_rule' } }, names).result).toEqual({ key: 'no_rule' });
    expect(summarizeEvent({ type: 'stage_job_processed', data: { result: 'already_routed' } }, names).result).toEqual({ key: 'already_routed' });
    expect(summarizeEvent({ type: 'stage_job_processed', data: { result: 'timers_set' } }, names).result).toEqual({
      key: 'unknownResult',
      result: 'timers_set',
    });
  });

  it('shows unknown event types as they are', () => {
    expect(summarizeEvent({ type: 'accepted', data: {} }, names)).toEqual({ what: { key: 'unknown', type: 'accepted' } });
  });
});

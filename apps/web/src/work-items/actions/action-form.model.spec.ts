import { createKindContracts } from '@parkflow/contracts';
import { BUILT_IN_KINDS, createKindRegistry, isHumanAction } from '@parkflow/domain';
import { describe, expect, it } from 'vitest';
import { ApiRequestError } from '../../api/api-client';
import { HAZARD_KIND } from '../../kinds/test-kinds.fixture';
import { classifyActionError } from './action-error.mapper';
import { buildActionForm, checkActionInput, humanActions, toActionRequest, widgetFor } from './action-form.model';

const DEPT = '7d8e0c4a-34a5-4e0a-9d55-5f4c1c0a2b11';
// Built here, as the app builds its own from /meta: the model only sees the kind it is handed.
const kinds = createKindRegistry([...BUILT_IN_KINDS, HAZARD_KIND]);
const petition = kinds.get('petition')!;
const appeal = kinds.get('appeal')!;
const hazard = kinds.get('hazard')!;

describe('buildActionForm', () => {
  it('builds the assign form from the spec: a required department picker and an optional handler picker', () => {
    expect(buildActionForm(petition, 'assign')).toEqual({
      action: 'assign',
      label: { zh: '交办', en: 'Assign' },
      fields: [
        { name: 'departmentId', widget: 'department', required: true },
        { name: 'handlerId', widget: 'handler', required: false },
      ],
    });
  });

  it('gives an extension a bounded number of days and a required reason', () => {
    const form = buildActionForm(appeal, 'request_extension');
    expect(form.fields).toEqual([
      { name: 'days', widget: 'integer', required: true, min: 1, max: 3650 },
      { name: 'reason', widget: 'longText', required: true, maxLength: 1000 },
    ]);
  });

  it('offers the three satisfaction levels for feedback, in the domain’s order', () => {
    const [satisfaction, comment] = buildActionForm(appeal, 'record_feedback').fields;
    expect(satisfaction).toEqual({ name: 'satisfaction', widget: 'choice', required: true, values: ['satisfied', 'basically_satisfied', 'unsatisfied'] });
    expect(comment).toMatchObject({ name: 'comment', required: false });
  });

  it('has a leader picker for set_owner and a required comment for reject_close', () => {
    expect(buildActionForm(petition, 'set_owner').fields).toEqual([{ name: 'leaderUserId', widget: 'leader', required: true }]);
    expect(buildActionForm(petition, 'reject_close').fields).toEqual([{ name: 'comment', widget: 'longText', required: true, maxLength: 2000 }]);
  });

  it('has a field for every input of every human action of every kind, and nothing else', () => {
    for (const kind of kinds.list()) {
      for (const [action, definition] of Object.entries(kind.actions).filter(([, d]) => isHumanAction(d))) {
        expect(buildActionForm(kind, action).fields.map((f) => f.name)).toEqual(Object.keys(definition.inputs));
      }
    }
  });

  it('builds a kind’s own action from its definition: label, choices of outcome, optional comment', () => {
    expect(buildActionForm(hazard, 'record_reinspection')).toEqual({
      action: 'record_reinspection',
      label: { zh: '复查结论', en: 'Re-inspection result' },
      fields: [
        {
          name: 'outcome',
          widget: 'choice',
          required: true,
          values: ['pass', 'fail'],
          valueLabels: { pass: { zh: '复查通过', en: 'Passed' }, fail: { zh: '复查不通过', en: 'Failed' } },
        },
        { name: 'comment', widget: 'longText', required: false, maxLength: 2000 },
      ],
    });
    expect(() => buildActionForm(petition, 'record_reinspection')).toThrow(/petition has no action "record_reinspection"/);
  });

  it('draws short texts on one line and unknown ids as plain inputs', () => {
    expect(widgetFor('title', { type: 'text', required: true, maxLength: 100 })).toBe('text');
    expect(widgetFor('projectId', { type: 'id', required: false })).toBe('id');
  });
});

describe('humanActions', () => {
  it('keeps the person’s actions in the kind’s order and drops system and unknown ones', () => {
    expect(humanActions(petition, ['comment', 'warn', 'accept', 'return', 'fly'])).toEqual(['accept', 'return', 'comment']);
  });

  it('offers a kind’s own actions, in the order its definition lists them, and only on that kind', () => {
    expect(humanActions(hazard, ['comment', 'request_extension', 'submit_reinspection'])).toEqual(['submit_reinspection', 'request_extension', 'comment']);
    expect(humanActions(appeal, ['comment', 'submit_reinspection'])).toEqual(['comment']);
    // feedback_timeout is the worker's: never a button, even if a server listed it.
    expect(humanActions(hazard, ['feedback_timeout'])).toEqual([]);
  });
});

describe('toActionRequest', () => {
  it('trims texts, keeps numbers and leaves out empty optional fields', () => {
    const form = buildActionForm(petition, 'assign');
    expect(toActionRequest(form, 4, { departmentId: ` ${DEPT} `, handlerId: undefined })).toEqual({ action: 'assign', version: 4, departmentId: DEPT });
    const extension = buildActionForm(petition, 'request_extension');
    const body = toActionRequest(extension, 2, { days: 5, reason: '  需协调供电公司  ', stray: 'x' });
    expect(body).toEqual({ action: 'request_extension', version: 2, days: 5, reason: '需协调供电公司' });
    expect(createKindContracts(kinds).actionRequest('petition')!.safeParse(body).success).toBe(true);
  });
});

describe('checkActionInput', () => {
  it('uses the domain’s rules: required fields, ranges and lengths', () => {
    const extension = buildActionForm(petition, 'request_extension');
    expect(checkActionInput(petition, extension, { days: 0, reason: ' ' })).toEqual({ days: 'must be between 1 and 3650', reason: 'required' });
    expect(checkActionInput(petition, extension, { days: 2.5, reason: 'x' })).toEqual({ days: 'must be a whole number' });
    expect(checkActionInput(petition, extension, { days: 10, reason: '等待审批' })).toBeNull();
    const comment = buildActionForm(petition, 'comment');
    expect(checkActionInput(petition, comment, { text: '字'.repeat(2001) })).toEqual({ text: 'at most 2000 characters' });
  });

  it('checks a kind’s own inputs: the outcome must be one of its outcomes', () => {
    const form = buildActionForm(hazard, 'record_reinspection');
    expect(checkActionInput(hazard, form, { outcome: 'maybe' })).toEqual({ outcome: expect.any(String) });
    expect(checkActionInput(hazard, form, { outcome: 'fail', comment: '整改不到位' })).toBeNull();
  });

  it('lets an optional comment stay empty', () => {
    expect(checkActionInput(petition, buildActionForm(petition, 'approve_close'), {})).toBeNull();
  });
});

describe('classifyActionError', () => {
  const fields = [['days'], ['reason']] as const;
  const error = (status: number, body: object | null) =>
    new ApiRequestError(status, body ? { statusCode: status, error: 'x', message: 'refused', ...body } : null, 'failed');

  it('puts a 400’s messages beside their fields', () => {
    const failure = classifyActionError(error(400, { fields: { days: 'at most 3 more days (cap 10 over the item’s life)' } }), fields);
    expect(failure).toEqual({ kind: 'fields', errors: { fields: [{ name: ['days'], errors: [{ key: 'moreDays', days: 3 }] }], general: [] } });
  });

  it('tells a stale version (409) from a refusal (403, 422) and a vanished item (404)', () => {
    expect(classifyActionError(error(409, {}), fields)).toEqual({ kind: 'conflict' });
    expect(classifyActionError(error(403, {}), fields)).toEqual({ kind: 'forbidden', message: 'refused' });
    expect(classifyActionError(error(422, { message: 'An extension request is already waiting' }), fields)).toEqual({
      kind: 'notNow',
      message: 'An extension request is already waiting',
    });
    expect(classifyActionError(error(404, null), fields)).toEqual({ kind: 'notFound' });
  });

  it('keeps a refusal’s reason and params for the UI to word', () => {
    const body = { message: 'The clock is already paused', reason: 'clock_already_paused', params: {} };
    expect(classifyActionError(error(422, body), fields)).toEqual({ kind: 'notNow', ...body });
  });

  it('reports anything else as it is', () => {
    expect(classifyActionError(error(400, {}), fields)).toEqual({ kind: 'other', message: 'refused' });
    expect(classifyActionError(new Error('boom'), fields)).toEqual({ kind: 'other', message: 'boom' });
  });
});

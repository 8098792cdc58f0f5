import { CreateWorkItemRequestSchema } from '@parkflow/contracts';
import { describe, expect, it } from 'vitest';
import { issuesToFields, mapFieldErrors, parseFieldKey, translateValidationMessage } from './field-errors.mapper';

const FORM_FIELDS = [['kind'], ['title'], ['description'], ['enterpriseId'], ['petitioner', 'name'], ['petitioner', 'phone']] as const;

describe('translateValidationMessage', () => {
  it('knows the messages of the contracts and the domain', () => {
    expect(translateValidationMessage('required')).toEqual({ key: 'required' });
    expect(translateValidationMessage('at most 200 characters')).toEqual({ key: 'maxLength', max: 200 });
    expect(translateValidationMessage('not a phone number')).toEqual({ key: 'phone' });
    expect(translateValidationMessage('not an 18-character ID number')).toEqual({ key: 'idNumber' });
    expect(translateValidationMessage('an enterprise appeal needs its enterprise')).toEqual({ key: 'enterpriseRequired' });
    expect(translateValidationMessage('a petition needs a petitioner')).toEqual({ key: 'petitionerRequired' });
    expect(translateValidationMessage('unknown category')).toEqual({ key: 'unknownCategory' });
  });

  it('knows the messages of the action inputs', () => {
    expect(translateValidationMessage('must be between 1 and 3650')).toEqual({ key: 'between', min: 1, max: 3650 });
    expect(translateValidationMessage('at most 3 more days (cap 10 over the item’s life)')).toEqual({ key: 'moreDays', days: 3 });
    expect(translateValidationMessage('at least 1')).toEqual({ key: 'atLeast', min: 1 });
    expect(translateValidationMessage('at most 2000 characters')).toEqual({ key: 'maxLength', max: 2000 });
    expect(translateValidationMessage('must be a whole number')).toEqual({ key: 'wholeNumber' });
    expect(translateValidationMessage('not a valid id')).toEqual({ key: 'invalidId' });
    expect(translateValidationMessage('must be one of satisfied, basically_satisfied, unsatisfied')).toEqual({ key: 'oneOf' });
    expect(translateValidationMessage('say what is unsatisfactory')).toEqual({ key: 'sayWhy' });
    expect(translateValidationMessage('the item is already assigned there')).toEqual({ key: 'alreadyThere' });
    expect(translateValidationMessage('only the department head names another handler')).toEqual({ key: 'onlyHeadNames' });
  });

  it('passes other messages through', () => {
    expect(translateValidationMessage(' something else ')).toEqual({ text: 'something else' });
  });
});

describe('parseFieldKey', () => {
  it('understands dotted, bracketed and pointer keys', () => {
    expect(parseFieldKey('petitioner.name')).toEqual(['petitioner', 'name']);
    expect(parseFieldKey('petitioner[name]')).toEqual(['petitioner', 'name']);
    expect(parseFieldKey('/petitioner/name')).toEqual(['petitioner', 'name']);
  });
});

describe('mapFieldErrors', () => {
  it('puts each message beside its field', () => {
    const mapped = mapFieldErrors({ title: 'required', enterpriseId: 'an enterprise appeal needs its enterprise' }, FORM_FIELDS);
    expect(mapped.general).toEqual([]);
    expect(mapped.fields).toEqual([
      { name: ['title'], errors: [{ key: 'required' }] },
      { name: ['enterpriseId'], errors: [{ key: 'enterpriseRequired' }] },
    ]);
  });

  it('sends a group key to the group’s first field and a deeper key to its field', () => {
    const mapped = mapFieldErrors({ petitioner: 'a petition needs a petitioner', 'petitioner.phone.0': 'not a phone number' }, FORM_FIELDS);
    expect(mapped.fields).toEqual([
      { name: ['petitioner', 'name'], errors: [{ key: 'petitionerRequired' }] },
      { name: ['petitioner', 'phone'], errors: [{ key: 'phone' }] },
    ]);
  });

  it('collects messages the form has no field for', () => {
    const mapped = mapFieldErrors({ departmentId: 'only a dispatcher routes an item when registering it', '': 'odd' }, FORM_FIELDS);
    expect(mapped.fields).toEqual([]);
    expect(mapped.general).toEqual([{ key: 'departmentForbidden' }, { text: 'odd' }]);
  });

  it('copes with no fields at all', () => {
    expect(mapFieldErrors(undefined, FORM_FIELDS)).toEqual({ fields: [], general: [] });
  });
});

describe('issuesToFields with the contract schema', () => {
  it('reports an empty title and a missing channel as required', () => {
    const result = CreateWorkItemRequestSchema.safeParse({
      kind: 'appeal',
      title: '   ',
      description: '停水三天',
      channel: undefined,
      category: 'utilities',
    });
    expect(result.success).toBe(false);
    if (result.success) return;
    const fields = issuesToFields(result.error.issues);
    expect(fields.title).toBe('required');
    expect(fields.channel).toBe('required');
    expect(mapFieldErrors(fields, [...FORM_FIELDS, ['channel']]).fields.map((f) => f.name)).toEqual([['title'], ['channel']]);
  });

  it('keeps the first message per field and the schema’s own wording', () => {
    const fields = issuesToFields([
      { path: ['petitioner', 'phone'], code: 'invalid_format', message: 'not a phone number' },
      { path: ['petitioner', 'phone'], code: 'too_small', message: 'second' },
    ]);
    expect(fields).toEqual({ 'petitioner.phone': 'not a phone number' });
  });
});

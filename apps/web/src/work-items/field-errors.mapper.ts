/** A form field's name path as antd Form uses it, e.g. `['petitioner', 'name']`. */
export type FieldPath = readonly (string | number)[];

/** A validation message ready for i18n: a key of `validation.*` with its parameters, or text as the API sent it. */
export type ValidationText =
  | {
      key:
        | 'required'
        | 'invalid'
        | 'phone'
        | 'idNumber'
        | 'unknownChannel'
        | 'unknownCategory'
        | 'enterpriseRequired'
        | 'petitionerRequired'
        | 'departmentForbidden'
        | 'wholeNumber'
        | 'invalidId'
        | 'oneOf'
        | 'sayWhy'
        | 'alreadyThere'
        | 'onlyHeadNames';
    }
  | { key: 'maxLength'; max: number }
  | { key: 'between'; min: number; max: number }
  | { key: 'atLeast'; min: number }
  | { key: 'atMost'; max: number }
  | { key: 'moreDays'; days: number }
  | { text: string };

export interface MappedFieldErrors {
  /** Messages to show beside a field of the form. */
  fields: { name: FieldPath; errors: ValidationText[] }[];
  /** Messages about inputs the form has no field for. */
  general: ValidationText[];
}

const KNOWN_MESSAGES: readonly [RegExp, (match: RegExpExecArray) => ValidationText][] = [
  [/^(required|.* is required)$/i, () => ({ key: 'required' })],
  [/^at most (\d+) characters$/i, (m) => ({ key: 'maxLength', max: Number(m[1]) })],
  [/^at most (\d+) more days/i, (m) => ({ key: 'moreDays', days: Number(m[1]) })],
  [/^must be between (-?\d+) and (-?\d+)$/i, (m) => ({ key: 'between', min: Number(m[1]), max: Number(m[2]) })],
  [/^at least (-?\d+)$/i, (m) => ({ key: 'atLeast', min: Number(m[1]) })],
  [/^at most (-?\d+)$/i, (m) => ({ key: 'atMost', max: Number(m[1]) })],
  [/whole number/i, () => ({ key: 'wholeNumber' })],
  [/^(not a valid id|must be an id|invalid uuid)$/i, () => ({ key: 'invalidId' })],
  [/^must be one of /i, () => ({ key: 'oneOf' })],
  [/what is unsatisfactory/i, () => ({ key: 'sayWhy' })],
  [/already assigned there/i, () => ({ key: 'alreadyThere' })],
  [/only the department head names/i, () => ({ key: 'onlyHeadNames' })],
  [/phone/i, () => ({ key: 'phone' })],
  [/ID number/i, () => ({ key: 'idNumber' })],
  [/^unknown channel$/i, () => ({ key: 'unknownChannel' })],
  [/^unknown category$/i, () => ({ key: 'unknownCategory' })],
  [/needs its enterprise/i, () => ({ key: 'enterpriseRequired' })],
  [/needs a petitioner/i, () => ({ key: 'petitionerRequired' })],
  [/only a dispatcher routes/i, () => ({ key: 'departmentForbidden' })],
];

/** Turns the (English) messages of the contracts and the domain into i18n keys; others stay as sent. */
export function translateValidationMessage(message: string): ValidationText {
  const trimmed = message.trim();
  for (const [pattern, toText] of KNOWN_MESSAGES) {
    const match = pattern.exec(trimmed);
    if (match) return toText(match);
  }
  return { text: trimmed };
}

/** `petitioner.name`, `petitioner[name]`, `petitioner/name` and `/petitioner/name` all mean ['petitioner','name']. */
export function parseFieldKey(key: string): string[] {
  return key.split(/[.[\]/]+/).filter((part) => part.length > 0);
}

const startsWith = (path: FieldPath, prefix: FieldPath) =>
  prefix.length <= path.length && prefix.every((part, i) => String(path[i]) === String(part));

/**
 * Places each message of a 400 body's `fields` (field → message) beside the form field it names.
 * A key naming a group (`petitioner`) goes to the group's first field; a key naming something inside
 * a field (`petitioner.name.0`) goes to that field; a key the form does not know goes to `general`.
 */
export function mapFieldErrors(fields: Readonly<Record<string, string>> | undefined, formFields: readonly FieldPath[]): MappedFieldErrors {
  const placed = new Map<string, { name: FieldPath; errors: ValidationText[] }>();
  const general: ValidationText[] = [];
  for (const [key, message] of Object.entries(fields ?? {})) {
    const path = parseFieldKey(key);
    const text = translateValidationMessage(message);
    const target =
      path.length === 0
        ? undefined
        : (formFields.find((field) => startsWith(field, path)) ?? formFields.find((field) => startsWith(path, field)));
    if (!target) {
      general.push(text);
      continue;
    }
    const id = target.join('.');
    const entry = placed.get(id) ?? { name: target, errors: [] };
    entry.errors.push(text);
    placed.set(id, entry);
  }
  return { fields: [...placed.values()], general };
}

/** The issues of a failed zod `safeParse` (contract schema) as a field → message record. */
export function issuesToFields(issues: readonly { path: readonly PropertyKey[]; code: string; message: string }[]): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of issues) {
    const key = issue.path.map(String).join('.');
    if (key in fields) continue;
    // The form sends `undefined` for an empty select, so a type or enum issue means "missing".
    fields[key] = issue.code === 'invalid_type' || issue.code === 'invalid_value' ? 'required' : issue.message;
  }
  return fields;
}

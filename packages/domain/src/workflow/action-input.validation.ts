import type { FieldSpec } from './action-definition.types.js';

/** Validated input: trimmed texts, integers, enum values; absent optional fields are left out. */
export type ActionInput = Readonly<Record<string, string | number>>;

export type InputCheck = { ok: true; values: ActionInput } | { ok: false; fields: Record<string, string> };

const MAX_ID_LENGTH = 200;

/** A real day of the Gregorian calendar between 1900 and 2199 (2026-02-30 is not). */
export function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const year = Number(value.slice(0, 4));
  const ms = Date.parse(`${value}T00:00:00Z`);
  return year >= 1900 && year <= 2199 && !Number.isNaN(ms) && new Date(ms).toISOString().startsWith(value);
}

function characters(s: string): number {
  // Code points, so a Chinese text of 2000 characters is 2000 whatever its UTF-16 length.
  return [...s].length;
}

function checkField(spec: FieldSpec, raw: unknown): { value?: string | number; error?: string } {
  const absent = raw === undefined || raw === null || (typeof raw === 'string' && raw.trim() === '');
  if (absent) return spec.required ? { error: 'required' } : {};
  switch (spec.type) {
    case 'text': {
      if (typeof raw !== 'string') return { error: 'must be text' };
      const value = raw.trim();
      if (characters(value) > spec.maxLength) return { error: `at most ${spec.maxLength} characters` };
      return { value };
    }
    case 'id': {
      if (typeof raw !== 'string') return { error: 'must be an id' };
      const value = raw.trim();
      if (value.length > MAX_ID_LENGTH || /\s/.test(value)) return { error: 'not a valid id' };
      return { value };
    }
    case 'integer': {
      if (typeof raw !== 'number' || !Number.isInteger(raw)) return { error: 'must be a whole number' };
      if (raw < spec.min || raw > spec.max) return { error: `must be between ${spec.min} and ${spec.max}` };
      return { value: raw };
    }
    case 'date': {
      if (typeof raw !== 'string' || !isCalendarDate(raw.trim())) return { error: 'must be a date YYYY-MM-DD' };
      return { value: raw.trim() };
    }
    case 'enum': {
      if (typeof raw !== 'string' || !spec.values.includes(raw)) return { error: `must be one of ${spec.values.join(', ')}` };
      return { value: raw };
    }
  }
}

/**
 * Checks raw input against an action's field specs. Fields the action does not declare are
 * ignored, not refused: the HTTP body also carries `action` and `version`, which are the
 * shell's business; only declared fields reach the transition function.
 */
export function validateInput(specs: Readonly<Record<string, FieldSpec>>, raw: unknown): InputCheck {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return { ok: false, fields: { input: 'must be an object' } };
  const source = raw as Record<string, unknown>;
  const values: Record<string, string | number> = {};
  const fields: Record<string, string> = {};
  for (const [name, spec] of Object.entries(specs)) {
    const result = checkField(spec, Object.hasOwn(source, name) ? source[name] : undefined);
    if (result.error !== undefined) fields[name] = result.error;
    else if (result.value !== undefined) values[name] = result.value;
  }
  return Object.keys(fields).length > 0 ? { ok: false, fields } : { ok: true, values };
}

export function textInput(input: ActionInput, name: string): string | undefined {
  const v = input[name];
  return typeof v === 'string' ? v : undefined;
}

export function numberInput(input: ActionInput, name: string): number | undefined {
  const v = input[name];
  return typeof v === 'number' ? v : undefined;
}

/** For fields the spec marks required: validation has already guaranteed them. */
export function requiredText(input: ActionInput, name: string): string {
  const v = textInput(input, name);
  if (v === undefined) throw new Error(`Input field ${name} was declared required but is missing`);
  return v;
}

export function requiredNumber(input: ActionInput, name: string): number {
  const v = numberInput(input, name);
  if (v === undefined) throw new Error(`Input field ${name} was declared required but is missing`);
  return v;
}

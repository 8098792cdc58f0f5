// fast-check arbitraries for the fuzz run: values drawn from a JSON schema of the api's OpenAPI
// document, and garbage (wrong types, huge strings, unicode, NUL, deep nesting, extreme numbers,
// extra fields, bad uuids). Values that depend on the database while the run goes on (a real id, the
// item's current version) are tokens, resolved when the request is sent (fuzz-request.helper.mjs).
import fc from 'fast-check';

/** A real id from a pool ("workItem", "user", … or "any"), the `pick`-th modulo the pool's size. */
export class Ref {
  constructor(pool, pick) {
    Object.assign(this, { pool, pick });
  }
}
/** The current version of the request's target row, plus `delta` (0 most of the time: a request that may pass). */
export class Version {
  constructor(delta) {
    this.delta = delta;
  }
}
/** A string of `n` times `unit`, built only when sent. */
export class Huge {
  constructor(n, unit) {
    Object.assign(this, { n, unit });
  }
}
/** Arrays or objects nested `depth` deep. */
export class Deep {
  constructor(depth, shape) {
    Object.assign(this, { depth, shape });
  }
}

/** Which pool a field's name points at (a uuid named departmentId is a department's id, …). */
export function poolFor(name = '') {
  const n = name.toLowerCase();
  if (/department/.test(n)) return 'department';
  if (/enterprise/.test(n)) return 'enterprise';
  if (/project/.test(n)) return 'project';
  if (/photo/.test(n)) return 'photo';
  if (/(handler|user|officer|leader|pushteam|owner|head|liaison)/.test(n)) return 'user';
  if (/(item|reviewof|repeatof)/.test(n)) return 'workItem';
  return 'any';
}

const pick = fc.nat();
const ref = (pool) => pick.map((p) => new Ref(pool, p));

/** Strings attackers send. */
export const nastyString = fc.oneof(
  fc.constantFrom('', ' ', '\u0000', 'a\u0000b', '\uD800', 'x\uDFFF', '\uDC00\uD800', '\u202E\u0635', '𠮷𠮷', '🧨', 'é', "'; DROP TABLE work_items; --", "' OR 1=1 --", '<script>alert(1)</script>', '%00', '%', '../../etc/passwd', '..', '/', '\\', '\r\n', '9999-12-31', '0000-01-01', '2026-02-30', '2026-13-01', '-1', '0', '1e309', 'NaN', 'Infinity', 'null', 'true', '[]', '{}', '__proto__', 'constructor', '$where', '{{7*7}}', '${7*7}'),
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
);

/** Ids that are not what the api wants: malformed, or well-formed and naming nothing, or another kind's. */
export const badUuid = fc.oneof(
  fc.constantFrom('00000000-0000-0000-0000-000000000000', 'ffffffff-ffff-ffff-ffff-ffffffffffff', '00000000-0000-0000-0000-00000000000g', '{00000000-0000-0000-0000-000000000000}', 'not-a-uuid', '1', '0x1'),
  fc.uuid().map((u) => u.toUpperCase()),
  fc.uuid().map((u) => `${u} `),
  fc.uuid().map((u) => u.replace(/-/g, '')),
  fc.uuid(),
  ref('any'),
);

export const hugeString = fc.record({ n: fc.constantFrom(1001, 5000, 70_000, 200_000, 1_200_000), unit: fc.constantFrom('a', '中', '𠮷', '\u0000', ' ', '%') }).map(({ n, unit }) => new Huge(n, unit));

const extremeNumber = fc.oneof(fc.constantFrom(-1, 0, -0, 0.5, -2147483649, 2147483648, Number.MAX_SAFE_INTEGER + 2, -Number.MAX_SAFE_INTEGER, 1e21, 1e308, -1e308, 5e-324), fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }));

/** Any wrong value, for any field. */
export const garbage = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    nastyString,
    badUuid,
    extremeNumber,
    fc.boolean(),
    fc.constant(null),
    hugeString,
    fc.record({ depth: fc.constantFrom(50, 500, 5000, 20_000), shape: fc.constantFrom('array', 'object') }).map(({ depth, shape }) => new Deep(depth, shape)),
    fc.array(tie('value'), { maxLength: 3 }),
    fc.dictionary(nastyString, tie('value'), { maxKeys: 3 }),
  ),
})).value;

const today = Date.now();
const DAY = 86_400_000;
const isoDate = fc.integer({ min: -800, max: 400 }).map((d) => new Date(today + d * DAY).toISOString().slice(0, 10));
const isoDateTime = fc.integer({ min: -800 * DAY, max: 400 * DAY }).map((d) => new Date(today + d).toISOString());

function patternArb(pattern) {
  try {
    return fc.stringMatching(new RegExp(pattern)).filter((s) => s.length <= 200);
  } catch {
    return fc.string({ maxLength: 20 });
  }
}

/** A value the schema describes (mostly: a pattern or a bound can still be missed by a hair). */
export function fromSchema(schema, name = '', depth = 0) {
  if (!schema || typeof schema !== 'object' || depth > 6) return fc.constant(null);
  if ('const' in schema) return fc.constant(schema.const);
  if (Array.isArray(schema.enum)) return fc.constantFrom(...schema.enum);
  const members = schema.oneOf ?? schema.anyOf;
  if (Array.isArray(members) && members.length > 0) return fc.oneof(...members.map((m) => fromSchema({ ...schema, oneOf: undefined, anyOf: undefined, ...m }, name, depth + 1)));
  if (Array.isArray(schema.allOf)) return fromSchema(Object.assign({}, ...schema.allOf), name, depth + 1);
  if (Array.isArray(schema.type)) return fc.oneof(...schema.type.map((t) => fromSchema({ ...schema, type: t }, name, depth + 1)));
  switch (schema.type) {
    case 'string':
      return stringFor(schema, name);
    case 'integer':
    case 'number': {
      if (name === 'version') return fc.oneof({ arbitrary: fc.constant(new Version(0)), weight: 6 }, { arbitrary: fc.integer({ min: -2, max: 2 }).map((d) => new Version(d)), weight: 2 }, { arbitrary: fc.integer({ min: 1, max: 50 }), weight: 1 });
      const min = Math.max(schema.minimum ?? -1e6, -1e9);
      const max = Math.min(schema.maximum ?? 1e6, 1e9);
      return schema.type === 'integer' ? fc.integer({ min: Math.ceil(min), max: Math.floor(max) }) : fc.double({ min, max, noNaN: true });
    }
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array':
      return fc.array(fromSchema(schema.items ?? {}, name, depth + 1), { minLength: Math.min(schema.minItems ?? 0, 4), maxLength: Math.min(schema.maxItems ?? 4, Math.max(4, schema.minItems ?? 0)) });
    case 'object':
      return objectFor(schema, depth);
    default:
      return fc.oneof(nastyString, fc.integer(), fc.boolean());
  }
}

function stringFor(schema, name) {
  if (schema.format === 'uuid') return fc.oneof({ arbitrary: ref(poolFor(name)), weight: 8 }, { arbitrary: ref('any'), weight: 1 }, { arbitrary: fc.uuid(), weight: 1 });
  if (schema.format === 'date') return fc.oneof({ arbitrary: isoDate, weight: 5 }, { arbitrary: ref('day'), weight: 1 });
  if (schema.format === 'date-time') return isoDateTime;
  if (schema.format === 'binary') return fc.constant('binary');
  if (schema.pattern) return patternArb(schema.pattern);
  const minLength = schema.minLength ?? 0;
  const maxLength = Math.max(minLength, Math.min(schema.maxLength ?? 40, 60));
  return fc.oneof({ arbitrary: fc.string({ unit: 'grapheme', minLength, maxLength }), weight: 3 }, { arbitrary: fc.string({ minLength, maxLength }), weight: 1 });
}

function objectFor(schema, depth) {
  const props = schema.properties ?? {};
  const model = Object.fromEntries(Object.entries(props).map(([k, s]) => [k, fromSchema(s, k, depth + 1)]));
  const required = (schema.required ?? []).filter((k) => k in model);
  if (Object.keys(model).length === 0) return fc.dictionary(fc.string({ maxLength: 8 }), fc.string({ maxLength: 8 }), { maxKeys: 2 });
  // Half the time the required fields only: each optional one drawn at random rarely makes a body that passes.
  const minimal = fc.record(Object.fromEntries(required.map((k) => [k, model[k]])));
  return fc.oneof(minimal, fc.record(model, { requiredKeys: required }));
}

/** A schema's value, then maybe broken: a field replaced or dropped, extra fields, or all of it wrong. */
export function brokenFromSchema(schema) {
  const valid = fromSchema(schema);
  return fc.oneof(
    { arbitrary: valid, weight: 5 },
    { arbitrary: fc.tuple(valid, fc.nat(), garbage).map(([v, i, g]) => withField(v, i, (o, k) => (o[k] = g))), weight: 3 },
    { arbitrary: fc.tuple(valid, fc.nat()).map(([v, i]) => withField(v, i, (o, k) => delete o[k])), weight: 1 },
    { arbitrary: fc.tuple(valid, fc.dictionary(fc.oneof(nastyString, fc.constantFrom('__proto__', 'constructor', 'prototype', 'id', 'version', 'createdById', 'departmentId', 'status', 'roles')), garbage, { minKeys: 1, maxKeys: 3 })).map(([v, extra]) => (isObject(v) ? { ...v, ...extra } : extra)), weight: 2 },
    { arbitrary: garbage, weight: 2 },
  );
}

const isObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Ref) && !(v instanceof Version);

function withField(value, i, change) {
  if (!isObject(value)) return value;
  const keys = Object.keys(value);
  if (keys.length === 0) return value;
  const copy = { ...value };
  change(copy, keys[i % keys.length]);
  return copy;
}

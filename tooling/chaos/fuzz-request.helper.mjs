// The fuzz run's requests: the endpoints read from the api's OpenAPI document, a fast-check
// arbitrary of one request plan per endpoint (role, path parameters, query, body), turning a plan
// into a concrete HTTP request against the database's current ids, and sending it.
import fc from 'fast-check';
import { badUuid, brokenFromSchema, Deep, fromSchema, garbage, Huge, hugeString, nastyString, poolFor, Ref, Version } from './fuzz-values.helper.mjs';

const METHODS = ['get', 'post', 'put', 'patch', 'delete'];
const REQUEST_TIMEOUT_MS = 20_000;
/** A URL's huge parts stop here: past Node's 16 KiB header limit (a 431), short of what only tires the client. */
const URL_HUGE_MAX = 12_000;
const DEEP = /"\\u0001DEEP:(\d+):(array|object)\\u0001"/g;

/** JSON text with the deep placeholders expanded: `[[[…1…]]]` or `{"a":{"a":…1…}}`. */
export function deepJson(value) {
  return JSON.stringify(value).replace(DEEP, (_, depth, shape) => (shape === 'array' ? `${'['.repeat(depth)}1${']'.repeat(depth)}` : `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`));
}

/** Every operation of the document: method, path template, parameters, and the request body's schema. */
export function endpointsOf(doc) {
  const out = [];
  for (const [path, ops] of Object.entries(doc.paths ?? {})) {
    for (const method of METHODS) {
      const op = ops[method];
      if (!op) continue;
      const params = [...(ops.parameters ?? []), ...(op.parameters ?? [])];
      const content = op.requestBody?.content ?? {};
      const mediaType = Object.keys(content)[0] ?? null;
      out.push({ method: method.toUpperCase(), path, params, mediaType, bodySchema: mediaType ? content[mediaType].schema : null, key: `${method.toUpperCase()} ${path}` });
    }
  }
  return out;
}

/**
 * The request schema of each kind's actions, by `kind:action`, from an action endpoint's body
 * (a oneOf per kind, titled with the kind, of a oneOf per action with its `action` const).
 */
export function actionSchemasOf(ep) {
  const out = new Map();
  for (const kind of ep.bodySchema?.oneOf ?? []) for (const action of kind.oneOf ?? []) if (kind.title && action.properties?.action?.const) out.set(`${kind.title}:${action.properties.action.const}`, action);
  return out;
}

/** Which pool a path parameter names, from the parameter and the path it sits in. */
function pathPool(path, name) {
  if (name !== 'id') return { photoId: 'photo', key: 'nodeKey', day: 'day', date: 'day' }[name] ?? poolFor(name);
  const base = path.split('/')[1];
  return { 'work-items': 'workItem', projects: 'project', exports: 'export', notifications: 'notification' }[base] ?? 'any';
}

const badSegment = fc.oneof(badUuid, nastyString, hugeString, fc.constantFrom('%2F', '%2e%2e', '%00', '%ZZ', 'a%2Fb', '.', '-', '0', '99999999999999999999'));

function pathParamArb(path, param) {
  const pool = pathPool(path, param.name);
  const real = pool === 'any' ? fromSchema(param.schema, param.name) : fc.nat().map((p) => new Ref(pool, p));
  return fc.oneof({ arbitrary: real, weight: 6 }, { arbitrary: fromSchema(param.schema, param.name), weight: 2 }, { arbitrary: fc.nat().map((p) => new Ref('any', p)), weight: 1 }, { arbitrary: badSegment, weight: 3 });
}

function queryArb(params) {
  const query = params.filter((p) => p.in === 'query');
  const one = (p) => fc.oneof({ arbitrary: fromSchema(p.schema, p.name), weight: 12 }, { arbitrary: nastyString, weight: 3 }, { arbitrary: hugeString, weight: 1 }, { arbitrary: badUuid, weight: 2 });
  const model = Object.fromEntries(query.map((p) => [p.name, one(p)]));
  const valid = query.length > 0 ? fc.record(model, { requiredKeys: query.filter((p) => p.required).map((p) => p.name) }) : fc.constant({});
  // Shapes a query parser may turn into arrays or objects: a key twice, brackets, an unknown key.
  const odd = fc.array(fc.tuple(fc.oneof(fc.constantFrom(...query.map((p) => p.name), 'x'), nastyString).chain((k) => fc.constantFrom(k, `${k}[]`, `${k}[a]`, `${k}[__proto__]`, `${k}[0][1]`)), fc.oneof(nastyString, fc.string({ maxLength: 10 }))), { maxLength: 3 });
  return fc.record({ params: valid, odd: fc.oneof({ arbitrary: fc.constant([]), weight: 4 }, { arbitrary: odd, weight: 1 }) });
}

function bodyArb(ep) {
  if (!ep.mediaType) return fc.oneof({ arbitrary: fc.constant(undefined), weight: 8 }, { arbitrary: garbage.map((v) => ({ json: v })), weight: 1 });
  const schema = ep.bodySchema ?? {};
  if (ep.mediaType === 'multipart/form-data') {
    const file = fc.record({ bytes: fc.oneof(fc.constantFrom('png', 'jpeg', 'empty', 'text'), fc.constant('random')), type: fc.constantFrom('image/png', 'image/jpeg', 'application/octet-stream', 'text/html', ''), name: fc.oneof(fc.constantFrom('a.png', 'a.jpg', '../../x.png', 'x'.repeat(300)), nastyString) });
    return fc.record({ multipart: fc.record({ fields: brokenFromSchema({ ...schema, properties: { ...schema.properties, photos: undefined } }), files: fc.array(file, { maxLength: 7 }) }) });
  }
  const raw = fc.constantFrom('{', '{"a":', '[1,2', 'null', '"text"', '123', 'true', '{"__proto__":{"admin":true}}', '{"a":1,"a":2}', '\u0000', ' ', '{"version":1e999}');
  return fc.oneof(
    { arbitrary: brokenFromSchema(schema).map((v) => ({ json: v })), weight: 12 },
    { arbitrary: raw.map((text) => ({ raw: text, type: 'application/json' })), weight: 1 },
    { arbitrary: fc.tuple(fromSchema(schema), fc.constantFrom('text/plain', 'application/x-www-form-urlencoded', 'application/xml', 'application/json; charset=latin1')).map(([v, type]) => ({ raw: JSON.stringify(v), type })), weight: 1 },
    { arbitrary: fc.constant(undefined), weight: 1 },
  );
}

/** One request plan for any endpoint, any role; the endpoints and roles are spread evenly. */
export function requestArb(endpoints, roles) {
  return fc.oneof(
    ...endpoints.map((ep, index) =>
      fc.record({
        endpoint: fc.constant(index),
        role: fc.constantFrom(...roles),
        // Now and then the path with another method than documented (a 404 or 405, never a 5xx).
        method: fc.oneof({ arbitrary: fc.constant(ep.method), weight: 30 }, { arbitrary: fc.constantFrom('GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'HEAD'), weight: 1 }),
        path: fc.record(Object.fromEntries(ep.params.filter((p) => p.in === 'path').map((p) => [p.name, pathParamArb(ep.path, p)]))),
        query: queryArb(ep.params),
        body: bodyArb(ep),
        // Steers an action request, two times in three, to an action the role may take on the item now.
        steer: fc.nat(),
      }),
    ),
  );
}

/** A plan as a concrete request against the current pools; `target` is the work item or project its path names, if any. */
export function resolvePlan(plan, ep, pools, versions) {
  let target = null;
  const real = (v) => {
    if (v instanceof Ref) {
      const pool = pools[v.pool] ?? [];
      return pool.length === 0 ? '00000000-0000-0000-0000-000000000000' : pool[v.pick % pool.length];
    }
    return v;
  };
  const segments = {};
  for (const [name, v] of Object.entries(plan.path)) {
    const value = concrete(real(v), real, versions, null, true);
    segments[name] = value;
    if (name === 'id' && v instanceof Ref && (v.pool === 'workItem' || v.pool === 'project')) target = { type: v.pool, id: value };
  }
  // A URL cannot carry a lone surrogate (it has no UTF-8): those go into bodies only.
  const segment = (v) => encodeURIComponent(String(v).replace(/[\uD800-\uDFFF]/g, '\uFFFD')).replace(/%25(2F|2e|00|ZZ)/gi, '%$1');
  const path = ep.path.replace(/\{([^}]+)\}/g, (_, name) => segment(segments[name] ?? 'x'));
  const search = new URLSearchParams();
  for (const [k, v] of Object.entries(plan.query.params)) {
    const value = concrete(real(v), real, versions, target, true);
    for (const one of Array.isArray(value) ? value : [value]) search.append(k, typeof one === 'string' ? one.replace(/[\uD800-\uDFFF]/g, '\uFFFD') : JSON.stringify(one));
  }
  for (const [k, v] of plan.query.odd) search.append(k.replace(/[\uD800-\uDFFF]/g, '\uFFFD'), v.replace(/[\uD800-\uDFFF]/g, '\uFFFD'));
  const qs = search.toString();
  let body;
  if (plan.body?.json !== undefined) body = { json: concrete(plan.body.json, real, versions, target) };
  else if (plan.body?.raw !== undefined) body = plan.body;
  else if (plan.body?.multipart) body = { multipart: { fields: concrete(plan.body.multipart.fields, real, versions, target), files: plan.body.multipart.files } };
  return { method: plan.method, url: `/api${path}${qs ? `?${qs}` : ''}`, body, target };
}

/** Tokens replaced by what they stand for now. */
function concrete(v, real, versions, target, inUrl = false) {
  if (v instanceof Ref) return real(v);
  if (v instanceof Version) return Math.max(1, (target ? versions(target) : 1) ?? 1) + v.delta;
  if (v instanceof Huge) return v.unit.repeat(inUrl ? Math.min(v.n, URL_HUGE_MAX) : v.n);
  // Built into the JSON text only when sent (deepJson): a value that deep overflows JSON.stringify's stack.
  if (v instanceof Deep) return `\u0001DEEP:${v.depth}:${v.shape}\u0001`;
  if (Array.isArray(v)) return v.map((x) => concrete(x, real, versions, target, inUrl));
  if (v !== null && typeof v === 'object') {
    const out = {};
    for (const k of Object.keys(v)) Object.defineProperty(out, k, { value: concrete(v[k], real, versions, target, inUrl), enumerable: true, writable: true, configurable: true });
    return out;
  }
  return v;
}

const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
const JPEG_HEAD = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0, 1]);

function fileBytes(kind, seed) {
  if (kind === 'png') return PNG;
  if (kind === 'jpeg') return JPEG_HEAD; // a JPEG's first bytes and nothing after: a broken image
  if (kind === 'empty') return Buffer.alloc(0);
  if (kind === 'text') return Buffer.from('<html>not an image</html>');
  return Buffer.from(Array.from({ length: 64 + (seed % 2000) }, (_, i) => (i * 31 + seed) % 256));
}

/** Sends one request; the answer's status, content type and text (a stream is cut after its headers). */
export async function send(baseUrl, request, token) {
  const headers = {};
  if (token) headers.authorization = `Bearer ${token}`;
  let body;
  const method = request.method;
  if (request.body && method !== 'GET' && method !== 'HEAD') {
    if (request.body.json !== undefined) {
      headers['content-type'] = 'application/json';
      body = deepJson(request.body.json);
    } else if (request.body.raw !== undefined) {
      headers['content-type'] = request.body.type;
      body = request.body.raw;
    } else if (request.body.multipart) {
      body = new FormData();
      const fields = request.body.multipart.fields;
      if (fields && typeof fields === 'object' && !Array.isArray(fields)) {
        for (const [k, v] of Object.entries(fields)) if (v !== undefined) body.append(k, typeof v === 'string' ? v : deepJson(v));
      }
      request.body.multipart.files.forEach((f, i) => body.append('photos', new Blob([fileBytes(f.bytes, i * 7919)], { type: f.type }), f.name));
    }
  }
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), REQUEST_TIMEOUT_MS);
  const started = performance.now();
  try {
    const res = await fetch(`${baseUrl}${request.url}`, { method, headers, body, signal: controller.signal, redirect: 'manual' });
    const type = res.headers.get('content-type') ?? '';
    let text = '';
    if (type.includes('text/event-stream')) controller.abort();
    else if (/json|text|html/.test(type)) text = await res.text();
    else await res.arrayBuffer();
    return { status: res.status, type, text, ms: performance.now() - started };
  } catch (error) {
    if (controller.signal.aborted) return { status: 0, type: '', text: `no answer within ${REQUEST_TIMEOUT_MS / 1000} s`, ms: performance.now() - started };
    return { status: 0, type: '', text: String(error?.cause?.code ?? error?.message ?? error), ms: performance.now() - started };
  } finally {
    clearTimeout(timer);
  }
}

/** A request in a line, its body cut short: what a finding shows. */
export function describe(role, request) {
  const body = request.body?.json !== undefined ? JSON.stringify(request.body.json).replace(/\\u0001DEEP:(\d+):(\w+)\\u0001/g, '<$2 nested $1 deep>') : request.body?.raw ?? (request.body?.multipart ? `multipart ${JSON.stringify(request.body.multipart.fields)} + ${request.body.multipart.files.length} file(s)` : '');
  const cut = (s) => (s && s.length > 400 ? `${s.slice(0, 400)}… (${s.length} chars)` : s);
  return `${role} ${request.method} ${cut(request.url)}${body ? ` body ${cut(body)}` : ''}`;
}

export { Huge, Deep };

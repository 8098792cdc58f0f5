// Whether an answer names a work item or project its reader may not see: any uuid or code in the
// text, and any string value of a JSON answer, looked up among the forbidden tokens of the role
// (fuzz-oracle.helper.mjs: ids, codes, unique titles). What the request itself carried is left
// out: a 404 that repeats the id asked for tells nothing new.

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;
// Work item codes (SQ-20261203-0001, XF-…) and project codes (XM-2026-001).
const CODE = /\b[A-Z]{2,4}-\d{4,8}-\d{3,5}\b/g;

/** The hits: the token, what it names, and a little of the text around it. */
export function leaksIn(text, tokens, request) {
  if (!tokens || tokens.size === 0) return [];
  const asked = askedText(request);
  const found = new Map();
  const consider = (token) => {
    if (found.has(token) || asked.includes(token)) return;
    const what = tokens.get(token);
    if (what) found.set(token, what);
  };
  for (const m of text.matchAll(UUID)) consider(m[0].toLowerCase());
  for (const m of text.matchAll(CODE)) consider(m[0]);
  if (text.length < 2_000_000 && /^\s*[[{]/.test(text)) {
    try {
      walk(JSON.parse(text), consider);
    } catch {
      // not JSON after all: the uuids and codes above were still looked for
    }
  }
  return [...found].map(([token, what]) => {
    const at = text.indexOf(token);
    return { token, what, context: text.slice(Math.max(0, at - 120), at + token.length + 60) };
  });
}

function walk(value, consider) {
  if (typeof value === 'string') consider(value);
  else if (Array.isArray(value)) for (const v of value) walk(v, consider);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) walk(v, consider);
}

function askedText(request) {
  let url = request.url;
  try {
    url = decodeURIComponent(url.replace(/\+/g, ' '));
  } catch {
    // a malformed escape: keep it raw
  }
  const body = request.body?.json !== undefined ? JSON.stringify(request.body.json) : request.body?.raw ?? (request.body?.multipart ? JSON.stringify(request.body.multipart.fields) : '');
  return `${url} ${body}`.toLowerCase() + ` ${url} ${body}`;
}

/**
 * The one check every string from outside passes before any schema or handler sees it.
 * PostgreSQL refuses a NUL (U+0000) in text and jsonb, and jsonb refuses an unpaired UTF-16
 * surrogate; both would surface as a 500 from deep inside a query. They are refused here, with
 * a 400 naming each field, rather than silently stripped: a stripped string is not what the
 * user sent, and a NUL in a petition is far more likely an attack or a broken client than text.
 */
// eslint-disable-next-line no-control-regex -- matching NUL is the point of this check
const UNSAFE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export const UNSAFE_TEXT_MESSAGE = 'contains a NUL character or an unpaired UTF-16 surrogate';

export function isUnsafeText(value: string): boolean {
  return UNSAFE.test(value);
}

/**
 * Field path → message for every unsafe string (values and keys) in a parsed JSON body or query;
 * empty when clean. Iterative, so no nesting depth hides a string and none overflows the stack.
 */
export function findUnsafeText(root: unknown, rootPath = ''): Record<string, string> {
  const fields: Record<string, string> = {};
  const pending: { value: unknown; path: string }[] = [{ value: root, path: rootPath }];
  while (pending.length > 0) {
    const { value, path } = pending.pop()!;
    if (typeof value === 'string') {
      if (isUnsafeText(value)) fields[path || '_'] = UNSAFE_TEXT_MESSAGE;
    } else if (Array.isArray(value)) {
      value.forEach((v, i) => pending.push({ value: v, path: path ? `${path}.${i}` : String(i) }));
    } else if (value !== null && typeof value === 'object') {
      for (const [key, v] of Object.entries(value)) {
        const safeKey = isUnsafeText(key) ? JSON.stringify(key).slice(1, -1) : key;
        const at = path ? `${path}.${safeKey}` : safeKey;
        if (safeKey !== key) fields[at] = `the field name ${UNSAFE_TEXT_MESSAGE}`;
        else pending.push({ value: v, path: at });
      }
    }
  }
  return fields;
}

import { checkArrangement, datesFromTo, isRealDate, type RawArrangementDay } from './arrangement.check.js';
import { issue, type ArrangementIssue, type ArrangementParseResult } from './arrangement.types.js';

/*
 * A year's arrangement as JSON, in either of two shapes:
 *   {"year": 2026, "days": [{"date": "2026-01-01", "kind": "holiday", "name": "元旦"}, …]}
 *   {"year": 2026, "holidays": [{"name": "元旦", "from": "2026-01-01", "to": "2026-01-03"}],
 *                  "workdays": [{"name": "元旦", "date": "2026-01-04"}]}
 * The second is how people write the notice down by hand (ranges); both end as the same days.
 */

const DATE = /^\d{4}-\d{2}-\d{2}$/;

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Parses the JSON text; `year` wins over the file's when given (a mismatch is an error). Never throws. */
export function parseArrangementJson(text: string, year?: number): ArrangementParseResult {
  const errors: ArrangementIssue[] = [];
  const warnings: ArrangementIssue[] = [];
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, errors: [issue('unreadable', { detail: (error as Error).message.slice(0, 200) }, `Not JSON: ${(error as Error).message}`)], warnings };
  }
  if (!isObj(value)) return { ok: false, errors: [issue('invalid_field', { path: '$', expected: 'object' }, 'The JSON must be an object')], warnings };
  const fileYear = typeof value.year === 'number' && Number.isInteger(value.year) ? value.year : undefined;
  if (value.year !== undefined && fileYear === undefined) errors.push(issue('invalid_field', { path: 'year', expected: 'integer' }, 'year must be an integer'));
  if (year === undefined && fileYear === undefined) return { ok: false, errors: [...errors, issue('year_missing', {}, 'No year given and none in the file')], warnings };
  const theYear = year ?? fileYear!;
  if (fileYear !== undefined && fileYear !== theYear) errors.push(issue('year_mismatch', { year: theYear, found: fileYear }, `The file is for ${fileYear}, not ${theYear}`));

  const raw: RawArrangementDay[] = [];
  const field = (path: string, expected: string) => errors.push(issue('invalid_field', { path, expected }, `${path} must be ${expected}`));
  const name = (o: Obj, path: string): string | null => {
    if (typeof o.name === 'string' && o.name.trim() !== '' && o.name.length <= 50) return o.name.trim();
    field(`${path}.name`, 'a name of 1 to 50 characters');
    return null;
  };
  const date = (v: unknown, path: string): string | null => {
    if (typeof v === 'string' && DATE.test(v)) return v;
    field(path, 'a date YYYY-MM-DD');
    return null;
  };
  const list = (key: string): unknown[] => {
    const v = value && isObj(value) ? value[key] : undefined;
    if (v === undefined) return [];
    if (Array.isArray(v)) return v;
    field(key, 'an array');
    return [];
  };

  if (value.days === undefined && value.holidays === undefined && value.workdays === undefined) {
    field('days', 'an array (or holidays and workdays)');
  }
  list('days').forEach((d, i) => {
    const path = `days[${i}]`;
    if (!isObj(d)) return field(path, 'an object');
    const n = name(d, path);
    const at = date(d.date, `${path}.date`);
    if (d.kind !== 'holiday' && d.kind !== 'workday') field(`${path}.kind`, '"holiday" or "workday"');
    else if (n !== null && at !== null) raw.push({ date: at, kind: d.kind, name: n, text: at });
  });
  list('holidays').forEach((h, i) => {
    const path = `holidays[${i}]`;
    if (!isObj(h)) return field(path, 'an object');
    const n = name(h, path);
    const from = date(h.from, `${path}.from`);
    const to = h.to === undefined ? from : date(h.to, `${path}.to`);
    if (n === null || from === null || to === null) return;
    if (!isRealDate(from) || !isRealDate(to)) {
      for (const d of [from, to]) if (!isRealDate(d)) raw.push({ date: d, kind: 'holiday', name: n, text: d });
      return;
    }
    if (to < from) return void errors.push(issue('reversed_range', { from, to }, `${path}: ${from} to ${to} ends before it starts`));
    // Both ends in the year keep the range short; one outside is reported by the shared check.
    const span = Number(from.slice(0, 4)) === theYear && Number(to.slice(0, 4)) === theYear ? datesFromTo(from, to) : [from, to];
    for (const d of span) raw.push({ date: d, kind: 'holiday', name: n, text: d });
  });
  list('workdays').forEach((w, i) => {
    const path = `workdays[${i}]`;
    if (!isObj(w)) return field(path, 'an object');
    const n = name(w, path);
    const at = date(w.date, `${path}.date`);
    if (n !== null && at !== null) raw.push({ date: at, kind: 'workday', name: n, text: at });
  });
  return checkArrangement(theYear, raw, errors, warnings);
}

import { checkArrangement, civilDate, datesFromTo, isRealDate, type RawArrangementDay } from './arrangement.check.js';
import { issue, type ArrangementDayKind, type ArrangementIssue, type ArrangementParseResult } from './arrangement.types.js';
import { addCalendarDays, shanghaiDate } from './shanghai-time.js';

/*
 * An ICS feed of holidays (the kind calendar apps subscribe to), e.g.
 *   BEGIN:VEVENT
 *   DTSTART;VALUE=DATE:20261001
 *   DTEND;VALUE=DATE:20261008        (exclusive, RFC 5545; absent = one day)
 *   SUMMARY:国庆节 休
 *   END:VEVENT
 * A SUMMARY with 班 is a make-up working day (tested first: 调休上班 also contains 休); one with
 * 休 or 假 a holiday; any other event is an error, since guessing would move deadlines.
 */

const WORKDAY_MARK = /班/;
const HOLIDAY_MARK = /[休假]/;

interface Prop {
  name: string;
  params: string;
  value: string;
  line: number;
}

/** RFC 5545 unfolding: a line starting with a space or tab continues the one before. */
function unfold(text: string): Prop[] {
  const props: Prop[] = [];
  text.split(/\r\n|\r|\n/).forEach((raw, index) => {
    if ((raw.startsWith(' ') || raw.startsWith('\t')) && props.length > 0) {
      props[props.length - 1]!.value += raw.slice(1);
      return;
    }
    if (raw.trim() === '') return;
    const colon = raw.indexOf(':');
    const head = colon < 0 ? raw : raw.slice(0, colon);
    const [name = '', ...params] = head.split(';');
    props.push({ name: name.trim().toUpperCase(), params: params.join(';').toUpperCase(), value: colon < 0 ? '' : raw.slice(colon + 1), line: index + 1 });
  });
  return props;
}

/** The Shanghai date of a DTSTART/DTEND value: a DATE, a floating/zoned DATE-TIME (its date), or UTC (converted). */
function icsDate(p: Prop): string | null {
  const m = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})(Z)?)?$/.exec(p.value.trim());
  if (!m) return null;
  if (m[7] === 'Z') {
    const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6]));
    return Number.isFinite(ms) && civilDate(Number(m[1]), Number(m[2]), Number(m[3])) ? shanghaiDate(new Date(ms)) : `invalid:${p.value.trim()}`;
  }
  return civilDate(Number(m[1]), Number(m[2]), Number(m[3])) ?? `invalid:${m[1]}-${m[2]}-${m[3]}`;
}

function unescapeText(value: string): string {
  return value.replace(/\\n/gi, ' ').replace(/\\([,;\\])/g, '$1').trim();
}

/** The festival's name without the 休/班 marks: "春节（休）" → 春节. */
function festivalName(summary: string): string {
  const name = summary.replace(/[（(][^）)]*[）)]/g, '').replace(/调休|上班|补班|放假|休息|假期|[休班假]/g, '').replace(/[\s\-—·:：]+$/g, '').trim();
  return (name || summary).slice(0, 50);
}

/** Parses the ICS text; `year` defaults to the year of its first event. Never throws. */
export function parseArrangementIcs(text: string, year?: number): ArrangementParseResult {
  const errors: ArrangementIssue[] = [];
  const warnings: ArrangementIssue[] = [];
  const props = unfold(text);
  if (!props.some((p) => p.name === 'BEGIN' && p.value.trim().toUpperCase() === 'VCALENDAR')) {
    return { ok: false, errors: [issue('unreadable', { detail: 'no BEGIN:VCALENDAR' }, 'Not an ICS calendar (no BEGIN:VCALENDAR)')], warnings };
  }
  const raw: RawArrangementDay[] = [];
  let event: { line: number; start?: Prop; end?: Prop; summary?: Prop } | null = null;
  for (const p of props) {
    if (p.name === 'BEGIN' && p.value.trim().toUpperCase() === 'VEVENT') {
      event = { line: p.line };
    } else if (event && p.name === 'END' && p.value.trim().toUpperCase() === 'VEVENT') {
      readEvent(event, raw, errors);
      event = null;
    } else if (event && p.name === 'DTSTART') event.start = p;
    else if (event && p.name === 'DTEND') event.end = p;
    else if (event && p.name === 'SUMMARY') event.summary = p;
  }
  if (event) errors.push(issue('unparseable_line', { text: 'BEGIN:VEVENT' }, `Line ${event.line}: event without END:VEVENT`, event.line));
  // An impossible date (invalid:2027-02-30) still says its year.
  const firstYear = (raw.find((d) => isRealDate(d.date)) ?? raw[0])?.date.match(/\d{4}/)?.[0];
  const theYear = year ?? (firstYear ? Number(firstYear) : undefined);
  if (theYear === undefined) {
    return { ok: false, errors: errors.length > 0 ? errors : [issue('no_days', {}, 'The calendar has no events')], warnings };
  }
  return checkArrangement(theYear, raw, errors, warnings);
}

function readEvent(event: { line: number; start?: Prop; end?: Prop; summary?: Prop }, raw: RawArrangementDay[], errors: ArrangementIssue[]): void {
  const { start, end, summary, line } = event;
  if (!start) return void errors.push(issue('unparseable_line', { text: 'VEVENT without DTSTART' }, `Line ${line}: event without DTSTART`, line));
  const summaryText = summary ? unescapeText(summary.value) : '';
  const kind: ArrangementDayKind | null = WORKDAY_MARK.test(summaryText) ? 'workday' : HOLIDAY_MARK.test(summaryText) ? 'holiday' : null;
  if (kind === null) {
    const at = summary?.line ?? line;
    return void errors.push(issue('unparseable_line', { text: `SUMMARY:${summaryText}`.slice(0, 200) }, `Line ${at}: SUMMARY says neither 休/假 (holiday) nor 班 (working day)`, at));
  }
  const from = icsDate(start);
  if (from === null) return void errors.push(issue('unparseable_line', { text: `DTSTART:${start.value}`.slice(0, 200) }, `Line ${start.line}: DTSTART is not a date`, start.line));
  const name = festivalName(summaryText);
  if (from.startsWith('invalid:')) return void raw.push({ date: from, kind, name, text: from.slice(8), line: start.line });
  let last = from;
  if (end) {
    const to = icsDate(end);
    if (to === null || to.startsWith('invalid:')) {
      return void errors.push(issue('unparseable_line', { text: `DTEND:${end.value}`.slice(0, 200) }, `Line ${end.line}: DTEND is not a date`, end.line));
    }
    // DTEND is exclusive; an end equal to the start (a zero-length event) still means that day.
    last = to > from ? addCalendarDays(to, -1) : from;
    if (to < from) return void errors.push(issue('reversed_range', { from, to }, `Line ${end.line}: DTEND ${to} is before DTSTART ${from}`, end.line));
  }
  // A span past one year is reported by the year check on its ends, without walking it.
  const span = last.slice(0, 4) === from.slice(0, 4) ? datesFromTo(from, last) : [from, last];
  for (const date of span) raw.push({ date, kind, name, text: date, line: start.line });
}

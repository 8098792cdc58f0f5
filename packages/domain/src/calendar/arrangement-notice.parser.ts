import { checkArrangement, civilDate, datesFromTo, type RawArrangementDay } from './arrangement.check.js';
import { issue, type ArrangementIssue, type ArrangementParseResult } from './arrangement.types.js';

/*
 * The State Council's notice (国务院办公厅关于××年部分节假日安排的通知) as an admin pastes it.
 * Its sections read, e.g. (2026):
 *   一、元旦：1月1日（周四）至3日（周六）放假调休，共3天。1月4日（周日）上班。
 *   二、春节：2月15日（农历腊月二十八、周日）至23日（农历正月初七、周一）放假调休，共9天。2月14日（周六）、2月28日（周六）上班。
 *   五、端午节：5月31日（周六）至6月2日（周一）放假，共3天。   (2025: a range across a month)
 *   一、元旦：1月1日（周三）放假1天，不调休。                   (2025: one day)
 * Parentheses hold weekdays and lunar dates, never a day of the arrangement (除夕（2月9日）休息
 * is a recommendation, not a holiday), so they are dropped before reading. A sentence with 上班
 * lists make-up working days; one with 放假 a holiday range or day. Prose lines without a date
 * (title, preamble, closing words) are skipped; a line with a date that is not a section is an
 * error, so a mangled paste is never half loaded.
 */

const SECTION = /^\s*(?:[一二三四五六七八九十]+|\d+)\s*[、.．]\s*([^:：]+?)\s*[:：]\s*(.+)$/;
const PARENTHESES = /[（(][^）)]*[）)]/g;
const DATE_TOKEN = /(?:(\d{4})\s*年\s*)?(?:(\d{1,2})\s*月\s*)?(\d{1,2})\s*[日号]/g;
const RANGE_JOIN = /^\s*(?:至|到|[-—–~～])\s*$/;
const ISSUE_DATE_LINE = /^\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*$/;
const YEAR_IN_TEXT = /(\d{4})\s*年\s*(?:部分)?(?:节假日|元旦|春节|清明|劳动节|端午|中秋|国庆)/;
const STATED_COUNT = /共\s*(\d+)\s*天|放假\s*(\d+)\s*天/;

/** Full-width digits and colons as pasted from some viewers. */
function normalize(text: string): string {
  return text.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ');
}

/** The year the notice speaks of (its title or preamble), or null. */
export function noticeYear(text: string): number | null {
  const match = YEAR_IN_TEXT.exec(normalize(text));
  return match ? Number(match[1]) : null;
}

interface Token {
  year: number;
  month: number | null;
  day: number;
  text: string;
  start: number;
  end: number;
}

function tokensOf(sentence: string, year: number): Token[] {
  const tokens: Token[] = [];
  for (const m of sentence.matchAll(DATE_TOKEN)) {
    tokens.push({
      year: m[1] ? Number(m[1]) : year,
      month: m[2] ? Number(m[2]) : null,
      day: Number(m[3]),
      text: m[0].replace(/\s+/g, ''),
      start: m.index,
      end: m.index + m[0].length,
    });
  }
  // 1月1日至3日: a day without a month is in the month of the date before it.
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.month === null) tokens[i] = { ...t, month: tokens[i - 1]!.month, year: tokens[i - 1]!.year };
  }
  return tokens;
}

function dateOf(t: Token): string {
  return (t.month !== null ? civilDate(t.year, t.month, t.day) : null) ?? `invalid:${t.text}`;
}

/** Parses the notice; `year` defaults to the one its title names. Never throws. */
export function parseArrangementNotice(input: string, year?: number): ArrangementParseResult {
  const text = normalize(input);
  const errors: ArrangementIssue[] = [];
  const warnings: ArrangementIssue[] = [];
  const found = noticeYear(text);
  if (year === undefined && found === null) {
    return { ok: false, errors: [issue('year_missing', {}, 'No year given and none found in the notice (e.g. 2026年部分节假日安排)')], warnings };
  }
  const theYear = year ?? found!;
  if (found !== null && found !== theYear) errors.push(issue('year_mismatch', { year: theYear, found }, `The notice is for ${found}, not ${theYear}`));
  const raw: RawArrangementDay[] = [];
  const lines = text.split(/\r\n|\r|\n/);
  lines.forEach((lineText, index) => {
    const line = index + 1;
    const section = SECTION.exec(lineText);
    if (!section) {
      // Prose and the date the notice was issued carry no day of the arrangement.
      const stripped = lineText.replace(PARENTHESES, '');
      if (ISSUE_DATE_LINE.test(stripped) || tokensOf(stripped, theYear).every((t) => t.month === null)) return;
      errors.push(issue('unparseable_line', { text: lineText.trim().slice(0, 200) }, `Line ${line} names dates but is not a holiday section`, line));
      return;
    }
    const name = section[1]!.trim();
    for (const sentence of section[2]!.replace(PARENTHESES, '').split(/[。；;]/)) {
      const tokens = tokensOf(sentence, theYear);
      if (tokens.length === 0) continue;
      if (tokens[0]!.month === null) {
        errors.push(issue('unparseable_line', { text: sentence.trim().slice(0, 200) }, `Line ${line}: a day without its month`, line));
        continue;
      }
      if (sentence.includes('上班')) {
        for (const t of tokens) raw.push({ date: dateOf(t), kind: 'workday', name, text: t.text, line });
        continue;
      }
      if (!sentence.includes('放假') && !sentence.includes('休息')) {
        errors.push(issue('unparseable_line', { text: sentence.trim().slice(0, 200) }, `Line ${line}: neither 放假 nor 上班 in a sentence with dates`, line));
        continue;
      }
      let counted = 0;
      for (let i = 0; i < tokens.length; i++) {
        const from = tokens[i]!;
        const next = tokens[i + 1];
        const isRange = next !== undefined && RANGE_JOIN.test(sentence.slice(from.end, next.start));
        if (!isRange) {
          raw.push({ date: dateOf(from), kind: 'holiday', name, text: from.text, line });
          counted++;
          continue;
        }
        i++;
        const [a, b] = [dateOf(from), dateOf(next)];
        const bad = [a, b].filter((d) => d.startsWith('invalid:'));
        if (bad.length > 0) {
          for (const d of bad) raw.push({ date: d, kind: 'holiday', name, text: d.slice('invalid:'.length), line });
          continue;
        }
        if (b < a) {
          errors.push(issue('reversed_range', { from: a, to: b }, `Line ${line}: the range ${a} to ${b} ends before it starts`, line));
          continue;
        }
        for (const date of datesFromTo(a, b)) raw.push({ date, kind: 'holiday', name, text: `${from.text}至${next.text}`, line });
        counted += datesFromTo(a, b).length;
      }
      const stated = STATED_COUNT.exec(sentence);
      const statedDays = stated ? Number(stated[1] ?? stated[2]) : null;
      if (statedDays !== null && statedDays !== counted) {
        warnings.push(issue('count_mismatch', { name, stated: statedDays, counted }, `Line ${line}: ${name} says ${statedDays} days, the dates give ${counted}`, line));
      }
    }
  });
  return checkArrangement(theYear, raw, errors, warnings);
}

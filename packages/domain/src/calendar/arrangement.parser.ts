import { parseArrangementIcs } from './arrangement-ics.parser.js';
import { parseArrangementJson } from './arrangement-json.parser.js';
import { parseArrangementNotice } from './arrangement-notice.parser.js';
import type { ArrangementFormat, ArrangementParseResult } from './arrangement.types.js';

/** One entry point for the three formats. Never throws. */
export function parseArrangement(format: ArrangementFormat, text: string, year?: number): ArrangementParseResult {
  switch (format) {
    case 'notice':
      return parseArrangementNotice(text, year);
    case 'json':
      return parseArrangementJson(text, year);
    case 'ics':
      return parseArrangementIcs(text, year);
  }
}

/** A guess at the format from the text itself (the import dialog's default). */
export function detectArrangementFormat(text: string): ArrangementFormat {
  const head = text.trimStart();
  if (head.startsWith('{')) return 'json';
  if (/^BEGIN:VCALENDAR/i.test(head)) return 'ics';
  return 'notice';
}

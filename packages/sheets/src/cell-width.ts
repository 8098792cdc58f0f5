/*
 * Column widths that fit the content. Excel measures a column in widths of the digit 0; a CJK
 * character (and any other East Asian wide or fullwidth one) takes about two of them, so a column
 * of Chinese titles sized by character count would cut every title in half.
 */

/** Default cap of a column's width, in character widths: a long title must not push the rest off the screen. */
export const DEFAULT_MAX_WIDTH = 40;
const MIN_WIDTH = 6;
/** Room for the autofilter's drop-down arrow and a little air beside the text. */
const PADDING = 2;

/** East Asian Wide (W) and Fullwidth (F) ranges of Unicode's EastAsianWidth.txt, merged where adjacent. */
const WIDE_RANGES: readonly (readonly [number, number])[] = [
  [0x1100, 0x115f], // Hangul Jamo initials
  [0x2e80, 0x303e], // CJK radicals, Kangxi, ideographic description, CJK symbols and punctuation
  [0x3041, 0x33ff], // kana, bopomofo, Hangul compatibility, kanbun, CJK strokes, enclosed CJK, CJK compatibility
  [0x3400, 0x4dbf], // CJK extension A
  [0x4e00, 0x9fff], // CJK unified ideographs
  [0xa000, 0xa4cf], // Yi
  [0xac00, 0xd7a3], // Hangul syllables
  [0xf900, 0xfaff], // CJK compatibility ideographs
  [0xfe10, 0xfe19], // vertical forms
  [0xfe30, 0xfe6f], // CJK compatibility forms, small form variants
  [0xff00, 0xff60], // fullwidth forms
  [0xffe0, 0xffe6], // fullwidth signs
  [0x1f300, 0x1f64f], // pictographs and emoticons
  [0x1f900, 0x1f9ff], // supplemental pictographs
  [0x20000, 0x3fffd], // CJK extensions B and later
];

function isWide(codePoint: number): boolean {
  for (const [from, to] of WIDE_RANGES) {
    if (codePoint < from) return false;
    if (codePoint <= to) return true;
  }
  return false;
}

/** How many character widths a text takes on one line (the longest line, if it has several). */
export function displayWidth(text: string): number {
  let widest = 0;
  let line = 0;
  for (const char of text) {
    if (char === '\n') {
      widest = Math.max(widest, line);
      line = 0;
      continue;
    }
    const codePoint = char.codePointAt(0)!;
    // Control characters and combining marks take no room of their own.
    if (codePoint < 0x20 || (codePoint >= 0x300 && codePoint <= 0x36f)) continue;
    line += isWide(codePoint) ? 2 : 1;
  }
  return Math.max(widest, line);
}

/** A column's width from the widest text it holds (header included), padded and capped. */
export function columnWidth(widestText: number, maxWidth = DEFAULT_MAX_WIDTH): number {
  return Math.min(Math.max(widestText + PADDING, MIN_WIDTH), Math.max(maxWidth, MIN_WIDTH));
}

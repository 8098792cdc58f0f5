import { isNoticePlaceholder, type NoticePlaceholderName, type NoticeValues } from './notice-placeholders.catalog.js';

/** A notice template as an office edits it: a title line and a body, both with `{{placeholder}}`s. */
export interface NoticeTemplate {
  title: string;
  body: string;
}

/** What a template reads as: literal text and placeholders, each at its offset in the text. */
export type TemplateToken =
  | { kind: 'text'; text: string; offset: number }
  | { kind: 'placeholder'; name: string; offset: number }
  /** A `{{` with no `}}` before the next `{{` or the end: printed as written. */
  | { kind: 'unclosed'; text: string; offset: number };

export const NOTICE_TEMPLATE_LIMITS = { title: 100, body: 10_000 } as const;

export type TemplateField = keyof NoticeTemplate;

/** One problem of a template, with where it is (1-based line and column) so the editor can point at it. */
export type TemplateError =
  | { code: 'unknown_placeholder'; field: TemplateField; name: string; offset: number; line: number; column: number }
  | { code: 'unclosed_placeholder'; field: TemplateField; offset: number; line: number; column: number }
  | { code: 'too_long'; field: TemplateField; length: number; max: number }
  | { code: 'empty'; field: TemplateField };

const OPEN = '{{';
const CLOSE = '}}';

export function parseTemplate(text: string): TemplateToken[] {
  const tokens: TemplateToken[] = [];
  let at = 0;
  const pushText = (from: number, to: number) => {
    if (to > from) tokens.push({ kind: 'text', text: text.slice(from, to), offset: from });
  };
  while (at < text.length) {
    const open = text.indexOf(OPEN, at);
    if (open < 0) break;
    pushText(at, open);
    const close = text.indexOf(CLOSE, open + OPEN.length);
    const nextOpen = text.indexOf(OPEN, open + OPEN.length);
    if (close < 0 || (nextOpen >= 0 && nextOpen < close)) {
      tokens.push({ kind: 'unclosed', text: OPEN, offset: open });
      at = open + OPEN.length;
      continue;
    }
    // Spaces inside the braces are forgiven ({{ code }}): offices type them.
    tokens.push({ kind: 'placeholder', name: text.slice(open + OPEN.length, close).trim(), offset: open });
    at = close + CLOSE.length;
  }
  pushText(at, text.length);
  return mergeText(tokens);
}

/** Adjacent text tokens (an unclosed `{{` between two texts is kept apart) merged, for simpler readers. */
function mergeText(tokens: TemplateToken[]): TemplateToken[] {
  const out: TemplateToken[] = [];
  for (const token of tokens) {
    const last = out.at(-1);
    if (token.kind === 'text' && last?.kind === 'text') out[out.length - 1] = { ...last, text: last.text + token.text };
    else out.push(token);
  }
  return out;
}

function position(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

/** Every problem of one field's text: unknown placeholders (named), unclosed `{{`, too long, empty. */
export function checkTemplateText(text: string, field: TemplateField = 'body'): TemplateError[] {
  const max = NOTICE_TEMPLATE_LIMITS[field];
  if (text.trim().length === 0) return [{ code: 'empty', field }];
  // Too long is reported alone: a 1 MB paste would otherwise also list every placeholder in it.
  if (text.length > max) return [{ code: 'too_long', field, length: text.length, max }];
  const errors: TemplateError[] = [];
  for (const token of parseTemplate(text)) {
    if (token.kind === 'placeholder' && !isNoticePlaceholder(token.name)) {
      errors.push({ code: 'unknown_placeholder', field, name: token.name, offset: token.offset, ...position(text, token.offset) });
    } else if (token.kind === 'unclosed') {
      errors.push({ code: 'unclosed_placeholder', field, offset: token.offset, ...position(text, token.offset) });
    }
  }
  return errors;
}

/** The problems of a whole template, title first; empty when it may be saved. */
export function checkTemplate(template: NoticeTemplate): TemplateError[] {
  return [...checkTemplateText(template.title, 'title'), ...checkTemplateText(template.body, 'body')];
}

/** One line saying what is wrong, in English, for logs and API clients (the web words the code). */
export function templateErrorMessage(error: TemplateError): string {
  switch (error.code) {
    case 'unknown_placeholder':
      return `Unknown placeholder {{${error.name}}} at line ${error.line}, column ${error.column}`;
    case 'unclosed_placeholder':
      return `"{{" without "}}" at line ${error.line}, column ${error.column}`;
    case 'too_long':
      return `Too long: ${error.length} characters, at most ${error.max}`;
    case 'empty':
      return 'Must not be empty';
  }
}

/*
 * A value the notice cannot know yet (no department, no reason recorded, …) prints as an
 * underlined blank: offices print these notices and fill such gaps by hand before stamping,
 * which a paper form allows and an error would not.
 */
export const BLANK = '＿＿＿＿';

/** A notice ready to lay out: its title and its body paragraphs, placeholders filled. */
export interface RenderedNotice {
  title: string;
  paragraphs: string[];
}

function fill(text: string, values: NoticeValues): string {
  return parseTemplate(text)
    .map((token) => {
      if (token.kind !== 'placeholder') return token.text;
      const value = isNoticePlaceholder(token.name) ? values[token.name as NoticePlaceholderName] : undefined;
      return value && value.trim() ? value : BLANK;
    })
    .join('');
}

/**
 * Fills a template. Every line of the body is a paragraph; blank lines only separate. Values are
 * filled before splitting, so an answer written in several lines keeps its paragraphs.
 */
export function renderNotice(template: NoticeTemplate, values: NoticeValues): RenderedNotice {
  const title = fill(template.title, values).replace(/\s+/g, ' ').trim();
  const paragraphs = fill(template.body, values)
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
  return { title, paragraphs };
}

import { checkTemplateText, type TemplateError, type TemplateField } from '@parkflow/domain';

/** The text with `{{name}}` put in place of the selection, and where the caret goes after it. */
export function insertPlaceholder(text: string, selectionStart: number, selectionEnd: number, name: string): { text: string; caret: number } {
  const start = Math.max(0, Math.min(selectionStart, text.length));
  const end = Math.max(start, Math.min(selectionEnd, text.length));
  const token = `{{${name}}}`;
  return { text: text.slice(0, start) + token + text.slice(end), caret: start + token.length };
}

/** What to say about one problem: an i18n key under noticeTemplates.errors and its values (braces passed as values). */
export function templateErrorText(error: TemplateError): { key: `noticeTemplates.errors.${TemplateError['code']}`; values: Record<string, string | number> } {
  const key = `noticeTemplates.errors.${error.code}` as const;
  switch (error.code) {
    case 'unknown_placeholder':
      return { key, values: { line: error.line, column: error.column, name: `{{${error.name}}}` } };
    case 'unclosed_placeholder':
      return { key, values: { line: error.line, column: error.column, open: '{{', close: '}}' } };
    case 'too_long':
      return { key, values: { length: error.length, max: error.max } };
    case 'empty':
      return { key, values: {} };
  }
}

/** The same check the server runs (the domain's), so a bad placeholder shows while typing, before saving. */
export function fieldProblems(text: string, field: TemplateField): TemplateError[] {
  return checkTemplateText(text, field);
}

import type { ArrangementIssueBody } from '@parkflow/contracts';
import { ARRANGEMENT_FORMATS, detectArrangementFormat, type ArrangementFormat, type ArrangementIssueCode } from '@parkflow/domain';
import type { TFunction } from 'i18next';
import { zhCNCalendarImport } from '../i18n/zh-cn-calendar-import.messages';

/** The codes the web words (every code of the domain: the catalogue is checked against it); one the server adds later falls back to its English message. */
const WORDED: ReadonlySet<string> = new Set(Object.keys(zhCNCalendarImport.arrangementImport.issues));

/** The format of a file or pasted text: by the file's extension, else as the domain reads the text. */
export function guessFormat(text: string, fileName?: string): ArrangementFormat {
  const extension = fileName?.toLowerCase().split('.').pop();
  if (extension && (ARRANGEMENT_FORMATS as readonly string[]).includes(extension)) return extension as ArrangementFormat;
  return detectArrangementFormat(text);
}

/** A parser finding in the reader's language, with its line when it has one. */
export function issueText(t: TFunction, issue: ArrangementIssueBody): string {
  const text = WORDED.has(issue.code) ? t(`arrangementImport.issues.${issue.code as ArrangementIssueCode}`, issue.params) : issue.message;
  return issue.line === undefined ? text : t('arrangementImport.atLine', { line: issue.line, text });
}

/** The year typed in the form: empty means "the year the text names". */
export function yearOf(input: string): number | undefined {
  const year = Number(input.trim());
  return input.trim() !== '' && Number.isInteger(year) ? year : undefined;
}

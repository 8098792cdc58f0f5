import type { Label } from '@parkflow/domain';

/** zh-CN first (the default), English second. */
export const LANGUAGES = ['zh-CN', 'en'] as const;
export type AppLanguage = (typeof LANGUAGES)[number];

/** The language to start in: a stored choice when it is one we have, else Chinese. */
export function resolveLanguage(stored: string | null | undefined): AppLanguage {
  if (stored == null) return 'zh-CN';
  if (stored.toLowerCase().startsWith('en')) return 'en';
  return 'zh-CN';
}

/** Picks the active language's side of a domain label (`{zh, en}`). */
export function pickLabel(label: Label, language: string): string {
  return resolveLanguage(language) === 'en' ? label.en : label.zh;
}

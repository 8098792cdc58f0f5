import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn.js';
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { resolveLanguage, type AppLanguage } from './language';
import { zhCN } from './zh-cn.messages';

const STORAGE_KEY = 'parkflow.language';

function storedLanguage(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

function applyToDocument(language: AppLanguage): void {
  document.documentElement.lang = language;
  dayjs.locale(language === 'zh-CN' ? 'zh-cn' : 'en');
}

/*
 * zh-CN, the default and the fallback, ships with the entry; English is its own chunk, loaded
 * before the first render when it is the stored choice, else when the user switches to it: the
 * queue route does not download a language it does not show (docs/benchmarks.md).
 */
let english: Promise<void> | null = null;
function loadEnglish(): Promise<void> {
  english ??= import('./en.messages').then(({ en }) => {
    // Deep and overwriting: the key-project texts may have added their English part already.
    i18n.addResourceBundle('en', 'translation', en, true, true);
  });
  return english;
}

const initial = resolveLanguage(storedLanguage());

/** Resolves when the UI language's messages are there: main.tsx renders after it. */
export const i18nReady: Promise<void> = (async () => {
  await i18n.use(initReactI18next).init({
    resources: { 'zh-CN': { translation: zhCN } },
    partialBundledLanguages: true,
    lng: 'zh-CN',
    fallbackLng: 'zh-CN',
    supportedLngs: ['zh-CN', 'en'],
    interpolation: { escapeValue: false },
    returnNull: false,
    showSupportNotice: false,
  });
  if (initial === 'en') {
    await loadEnglish();
    await i18n.changeLanguage('en');
  }
  applyToDocument(initial);
})();

/** Switches the UI language (its messages loaded first; antd's / dayjs's locale with it) and remembers the choice. */
export async function changeLanguage(language: AppLanguage): Promise<void> {
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Private mode: the choice lasts for this page only.
  }
  if (language === 'en') await loadEnglish();
  applyToDocument(language);
  await i18n.changeLanguage(language);
}

export { i18n };

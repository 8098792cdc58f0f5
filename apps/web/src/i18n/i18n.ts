import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn.js';
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en.messages';
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

const initial = resolveLanguage(storedLanguage());

void i18n.use(initReactI18next).init({
  resources: { 'zh-CN': { translation: zhCN }, en: { translation: en } },
  lng: initial,
  fallbackLng: 'zh-CN',
  supportedLngs: ['zh-CN', 'en'],
  interpolation: { escapeValue: false },
  returnNull: false,
  showSupportNotice: false,
});
applyToDocument(initial);

/** Switches the UI language (and antd's / dayjs's locale with it) and remembers the choice. */
export async function changeLanguage(language: AppLanguage): Promise<void> {
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Private mode: the choice lasts for this page only.
  }
  applyToDocument(language);
  await i18n.changeLanguage(language);
}

export { i18n };

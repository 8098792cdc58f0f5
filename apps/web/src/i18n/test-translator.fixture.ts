import i18next, { type TFunction } from 'i18next';
import { en } from './en.messages';
import { zhCN } from './zh-cn.messages';
import { enProjects } from './en-projects.messages';
import { zhCNProjects } from './zh-cn-projects.messages';

/** A translator over the app's real message catalogues in one language, for specs that check wording. */
export async function testTranslator(lng: 'zh-CN' | 'en'): Promise<TFunction> {
  const instance = i18next.createInstance();
  await instance.init({ lng, resources: { 'zh-CN': { translation: { ...zhCN, ...zhCNProjects } }, en: { translation: { ...en, ...enProjects } } }, interpolation: { escapeValue: false }, showSupportNotice: false });
  return instance.t.bind(instance) as unknown as TFunction;
}

import { Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import { changeLanguage } from '../i18n/i18n';
import { resolveLanguage, type AppLanguage } from '../i18n/language';

/** Each option names its language in that language, so it can be found whichever one is active. */
const OPTIONS: { value: AppLanguage; label: string; lang: string }[] = [
  { value: 'zh-CN', label: '中文', lang: 'zh-CN' },
  { value: 'en', label: 'English', lang: 'en' },
];

export function LanguageSwitch({ size = 'middle' }: { size?: 'small' | 'middle' }) {
  const { t, i18n } = useTranslation();
  return (
    <Radio.Group
      aria-label={t('header.language')}
      optionType="button"
      buttonStyle="solid"
      size={size}
      value={resolveLanguage(i18n.language)}
      onChange={(event) => void changeLanguage(event.target.value as AppLanguage)}
      options={OPTIONS.map(({ value, label, lang }) => ({ value, label: <span lang={lang}>{label}</span>, title: label }))}
    />
  );
}

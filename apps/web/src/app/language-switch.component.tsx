import { useTranslation } from 'react-i18next';
import { changeLanguage } from '../i18n/i18n';
import { resolveLanguage, type AppLanguage } from '../i18n/language';

/** Each option names its language in that language, so it can be found whichever one is active. */
const OPTIONS: { value: AppLanguage; label: string; lang: string }[] = [
  { value: 'zh-CN', label: '中文', lang: 'zh-CN' },
  { value: 'en', label: 'English', lang: 'en' },
];

/**
 * Two radio buttons drawn as a button group (antd's solid `Radio.Group` look): real radios in
 * their labels, so arrow keys move between them and a screen reader names the group.
 */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const current = resolveLanguage(i18n.language);
  return (
    <div role="radiogroup" aria-label={t('header.language')} className="pf-radio-group">
      {OPTIONS.map(({ value, label, lang }) => (
        <label key={value} title={label}>
          <input type="radio" name="pf-language" value={value} checked={current === value} onChange={() => void changeLanguage(value)} />
          <span lang={lang}>{label}</span>
        </label>
      ))}
    </div>
  );
}

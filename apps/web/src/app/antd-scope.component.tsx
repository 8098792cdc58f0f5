import { App as AntdApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { resolveLanguage } from '../i18n/language';

/**
 * antd's providers — its locale following the UI language, and `App` (message, notification,
 * modal) — around the pages built with antd. A chunk of its own, loaded with the first such
 * page (`AntdBoundary`, the login route): the queue route never downloads antd.
 */
export function AntdScope({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  const language = resolveLanguage(i18n.language);
  return (
    <ConfigProvider locale={language === 'en' ? enUS : zhCN} button={{ autoInsertSpace: false }}>
      <AntdApp>{children}</AntdApp>
    </ConfigProvider>
  );
}

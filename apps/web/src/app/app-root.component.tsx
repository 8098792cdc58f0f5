import { QueryClientProvider } from '@tanstack/react-query';
import { App as AntdApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BrowserRouter } from 'react-router';
import { resolveLanguage } from '../i18n/language';
import { KindsProvider } from '../kinds/kinds-context.provider';
import { AppRoutes } from './app.routes';
import { createQueryClient } from './query-client';
import { SessionWatcher } from './session-watcher.component';

/** Providers: queries, antd (its locale follows the UI language), the kinds from `/meta`, the router. */
export function AppRoot() {
  const [queryClient] = useState(createQueryClient);
  const { i18n } = useTranslation();
  const language = resolveLanguage(i18n.language);

  return (
    <QueryClientProvider client={queryClient}>
      <ConfigProvider locale={language === 'en' ? enUS : zhCN} button={{ autoInsertSpace: false }}>
        <AntdApp>
          <KindsProvider>
            <BrowserRouter>
              <SessionWatcher />
              <AppRoutes />
            </BrowserRouter>
          </KindsProvider>
        </AntdApp>
      </ConfigProvider>
    </QueryClientProvider>
  );
}

import { QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { BrowserRouter } from 'react-router';
import { KindsProvider } from '../kinds/kinds-context.provider';
import { AppRoutes } from './app.routes';
import { createQueryClient } from './query-client';
import { SessionWatcher } from './session-watcher.component';

/**
 * Providers: queries, the kinds from `/meta`, the router. antd's (`ConfigProvider` with the
 * locale of the UI language, `App`) are not here: they come with the antd pages
 * (`AntdBoundary`), so the queue route does not download antd.
 */
export function AppRoot() {
  const [queryClient] = useState(createQueryClient);
  return (
    <QueryClientProvider client={queryClient}>
      <KindsProvider>
        <BrowserRouter>
          <SessionWatcher />
          <AppRoutes />
        </BrowserRouter>
      </KindsProvider>
    </QueryClientProvider>
  );
}

import type { User } from '@parkflow/contracts';
import { Button, Flex, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ReactNode } from 'react';
import { Navigate, Outlet, useLocation, useOutletContext } from 'react-router';
import { isApiError } from '../api/api-client';
import { useMe } from '../api/auth.queries';
import { session } from '../api/session.store';
import { useKinds } from '../kinds/kinds.context';
import { StatusPanel } from '../shared/status-panel.component';
import { canOpen, type NavKey } from './nav-items';

/** Renders the signed-in part of the app, or sends the visitor to the login page. */
export function RequireAuth() {
  const { t } = useTranslation();
  const location = useLocation();
  const me = useMe();
  const from = `${location.pathname}${location.search}`;

  if (!session.present() || isApiError(me.error, 401)) {
    return <Navigate to="/login" replace state={{ from }} />;
  }
  if (me.isPending) {
    return (
      <Flex justify="center" align="center" style={{ minHeight: '100vh' }}>
        <Spin size="large" description={t('app.loading')} />
      </Flex>
    );
  }
  if (me.isError) {
    return (
      <StatusPanel
        status="error"
        title={t('app.loadFailed')}
        subTitle={me.error.message}
        extra={<Button onClick={() => void me.refetch()}>{t('app.retry')}</Button>}
      />
    );
  }
  return <Outlet context={me.data} />;
}

/** The signed-in user, inside the routes `RequireAuth` guards. */
export function useCurrentUser(): User {
  return useOutletContext<User>();
}

/** A page only some roles use (the calendar for administrators, …): others get a 403 page, not a broken screen. */
export function RequireNav({ page, children }: { page: NavKey; children: ReactNode }) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const kinds = useKinds();
  if (!canOpen(kinds, user.roles, page)) return <StatusPanel status="forbidden" title="403" subTitle={t('app.forbidden')} />;
  return children;
}

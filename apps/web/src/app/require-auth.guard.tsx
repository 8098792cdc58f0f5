import type { User } from '@parkflow/contracts';
import { useTranslation } from 'react-i18next';
import type { ReactNode } from 'react';
import { Navigate, Outlet, useLocation, useOutletContext } from 'react-router';
import { isApiError } from '../api/api-client';
import { useMe } from '../api/auth.queries';
import { session } from '../api/session.store';
import { useKinds } from '../kinds/kinds.context';
import { LightButton } from '../shared/light/light-button.component';
import { Spinner } from '../shared/light/spinner.component';
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
      <div className="pf-center" style={{ minHeight: '100vh' }}>
        <Spinner large label={t('app.loading')} />
      </div>
    );
  }
  if (me.isError) {
    return (
      <StatusPanel
        status="error"
        title={t('app.loadFailed')}
        subTitle={me.error.message}
        extra={<LightButton onClick={() => void me.refetch()}>{t('app.retry')}</LightButton>}
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

import ApartmentOutlined from '@ant-design/icons-svg/es/asn/ApartmentOutlined';
import BarChartOutlined from '@ant-design/icons-svg/es/asn/BarChartOutlined';
import CalendarOutlined from '@ant-design/icons-svg/es/asn/CalendarOutlined';
import CheckSquareOutlined from '@ant-design/icons-svg/es/asn/CheckSquareOutlined';
import ClearOutlined from '@ant-design/icons-svg/es/asn/ClearOutlined';
import DashboardOutlined from '@ant-design/icons-svg/es/asn/DashboardOutlined';
import FileTextOutlined from '@ant-design/icons-svg/es/asn/FileTextOutlined';
import FormOutlined from '@ant-design/icons-svg/es/asn/FormOutlined';
import FundProjectionScreenOutlined from '@ant-design/icons-svg/es/asn/FundProjectionScreenOutlined';
import LogoutOutlined from '@ant-design/icons-svg/es/asn/LogoutOutlined';
import ProjectOutlined from '@ant-design/icons-svg/es/asn/ProjectOutlined';
import TeamOutlined from '@ant-design/icons-svg/es/asn/TeamOutlined';
import UnorderedListOutlined from '@ant-design/icons-svg/es/asn/UnorderedListOutlined';
import type { IconDefinition } from '@ant-design/icons-svg/es/types';
import { useQueryClient } from '@tanstack/react-query';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation, useNavigate } from 'react-router';
import { signOut } from '../api/auth.queries';
import { useKinds } from '../kinds/kinds.context';
import { NotificationsBell } from '../notifications/notifications-bell.component';
import { LightButton } from '../shared/light/light-button.component';
import { LightTag } from '../shared/light/light-tag.component';
import { SvgIcon } from '../shared/light/svg-icon.component';
import { useWideScreen } from '../shared/light/wide-screen.hook';
import { AntdBoundary } from './antd-boundary.component';
import { LanguageSwitch } from './language-switch.component';
import { navItemsFor, type NavItem, type NavKey } from './nav-items';
import { useCurrentUser } from './require-auth.guard';
import { RouteFallback } from './route-fallback.component';
import { ROUTES } from './route-paths';

const ICONS: Record<NavKey, IconDefinition> = {
  myQueue: UnorderedListOutlined,
  department: TeamOutlined,
  board: DashboardOutlined,
  approvals: CheckSquareOutlined,
  register: FormOutlined,
  closeOuts: ClearOutlined,
  calendar: CalendarOutlined,
  noticeTemplates: FileTextOutlined,
  stats: BarChartOutlined,
  projects: ProjectOutlined,
  battleMap: FundProjectionScreenOutlined,
  projectTemplates: ApartmentOutlined,
};

/** Which nav entry the current URL belongs to: the queue's views share a path and differ by `?view=`. */
export function activeNavKey(items: readonly NavItem[], pathname: string, search: string): NavKey | null {
  const view = new URLSearchParams(search).get('view') ?? 'mine';
  const exact = items.find((item) => {
    const [path, query] = item.to.split('?');
    return path === pathname && (!query || new URLSearchParams(query).get('view') === view);
  });
  if (exact) return exact.key;
  if (pathname.startsWith(`${ROUTES.queue}/`) && pathname !== ROUTES.register) return null;
  // One day of the ledger belongs to the ledger.
  if (pathname.startsWith(`${ROUTES.closeOuts}/`)) return items.find((item) => item.key === 'closeOuts')?.key ?? null;
  // A project's page and the create form belong to the list (the map matched exactly above).
  if (pathname.startsWith(`${ROUTES.projects}/`)) return items.find((item) => item.key === 'projects')?.key ?? null;
  return items.find((item) => item.to.split('?')[0] === pathname)?.key ?? null;
}

/**
 * Header (brand, navigation by role, notifications, user, language, logout) around the signed-in
 * pages. Plain HTML with light-ui.css, no antd: the shell ships with the queue; antd's providers
 * come with the first other page (`AntdBoundary`).
 */
export function AppShellLayout() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const navigate = useNavigate();
  const location = useLocation();
  const queryClient = useQueryClient();
  const wide = useWideScreen();
  const kinds = useKinds();
  const items = navItemsFor(kinds, user.roles);
  const active = activeNavKey(items, location.pathname, location.search);

  const logout = () => {
    signOut(queryClient);
    void navigate(ROUTES.login, { replace: true });
  };

  return (
    <div className="pf-layout">
      <header className={wide ? 'pf-header pf-header-wide' : 'pf-header'}>
        <div className="pf-row pf-between" style={{ gap: wide ? 16 : 8 }}>
          <Link to={ROUTES.queue} aria-label={t('app.name')} className="pf-brand">
            {wide ? t('app.name') : t('app.shortName')}
          </Link>
          <div className="pf-row">
            <NotificationsBell />
            <span title={t('header.user')} className="pf-row" style={{ gap: 6 }}>
              <strong>{user.displayName}</strong>
              {user.roles.map((role) => (
                <LightTag key={role} color="blue">
                  {t(`role.${role}`)}
                </LightTag>
              ))}
            </span>
            <LanguageSwitch />
            <LightButton size="small" icon={<SvgIcon icon={LogoutOutlined} />} onClick={logout} aria-label={t('header.logout')}>
              {wide ? t('header.logout') : null}
            </LightButton>
          </div>
        </div>
        <nav aria-label={t('app.mainNav')} className="pf-nav">
          <ul>
            {items.map((item) => (
              <li key={item.key}>
                <Link to={item.to} aria-current={item.key === active ? 'page' : undefined}>
                  <SvgIcon icon={ICONS[item.key]} />
                  {t(`nav.${item.key}`)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main className={wide ? 'pf-content pf-content-wide' : 'pf-content'}>
        <Suspense fallback={<RouteFallback />}>
          <AntdBoundary>
            <Outlet context={user} />
          </AntdBoundary>
        </Suspense>
      </main>
    </div>
  );
}

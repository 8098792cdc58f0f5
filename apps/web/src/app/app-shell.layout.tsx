import { ApartmentOutlined, BarChartOutlined, CalendarOutlined, CheckSquareOutlined, ClearOutlined, DashboardOutlined, FileTextOutlined, FormOutlined, FundProjectionScreenOutlined, LogoutOutlined, ProjectOutlined, TeamOutlined, UnorderedListOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Button, Flex, Grid, Layout, Tag, Typography, theme } from 'antd';
import { Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation, useNavigate } from 'react-router';
import { signOut } from '../api/auth.queries';
import { useKinds } from '../kinds/kinds.context';
import { NotificationsBell } from '../notifications/notifications-bell.component';
import { LanguageSwitch } from './language-switch.component';
import { navItemsFor, type NavItem, type NavKey } from './nav-items';
import { useCurrentUser } from './require-auth.guard';
import { RouteFallback } from './route-fallback.component';
import { ROUTES } from './route-paths';

const ICONS: Record<NavKey, ReactNode> = {
  myQueue: <UnorderedListOutlined aria-hidden />,
  department: <TeamOutlined aria-hidden />,
  board: <DashboardOutlined aria-hidden />,
  approvals: <CheckSquareOutlined aria-hidden />,
  register: <FormOutlined aria-hidden />,
  closeOuts: <ClearOutlined aria-hidden />,
  calendar: <CalendarOutlined aria-hidden />,
  noticeTemplates: <FileTextOutlined aria-hidden />,
  stats: <BarChartOutlined aria-hidden />,
  projects: <ProjectOutlined aria-hidden />,
  battleMap: <FundProjectionScreenOutlined aria-hidden />,
  projectTemplates: <ApartmentOutlined aria-hidden />,
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

/** Header (brand, navigation by role, notifications, user, language, logout) around the signed-in pages. */
export function AppShellLayout() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const navigate = useNavigate();
  const location = useLocation();
  const queryClient = useQueryClient();
  const screens = Grid.useBreakpoint();
  const { token } = theme.useToken();
  const wide = screens.md === true;
  const kinds = useKinds();
  const items = navItemsFor(kinds, user.roles);
  const active = activeNavKey(items, location.pathname, location.search);

  const logout = () => {
    signOut(queryClient);
    void navigate(ROUTES.login, { replace: true });
  };

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header
        style={{
          height: 'auto',
          lineHeight: 'normal',
          padding: wide ? '10px 24px' : '8px 12px',
          background: token.colorBgContainer,
          borderBottom: `1px solid ${token.colorBorderSecondary}`,
          ...(wide ? { position: 'sticky' as const, top: 0, zIndex: 10 } : {}),
        }}
      >
        <Flex wrap align="center" justify="space-between" gap={wide ? 16 : 8}>
          <Flex align="center" gap={wide ? 24 : 8} style={{ minWidth: 0 }} wrap>
            <Link to={ROUTES.queue} aria-label={t('app.name')}>
              <Typography.Text strong style={{ fontSize: 18, color: token.colorPrimary }}>
                {wide ? t('app.name') : t('app.shortName')}
              </Typography.Text>
            </Link>
          </Flex>
          <Flex wrap align="center" gap={8} style={{ minWidth: 0 }}>
            <NotificationsBell />
            <span title={t('header.user')} style={{ display: 'inline-flex', alignItems: 'center', gap: 6, flexWrap: 'wrap', minWidth: 0 }}>
              <Typography.Text strong>{user.displayName}</Typography.Text>
              {user.roles.map((role) => (
                <Tag key={role} color="blue" style={{ marginInlineEnd: 0 }}>
                  {t(`role.${role}`)}
                </Tag>
              ))}
            </span>
            <LanguageSwitch size="small" />
            <Button size="small" icon={<LogoutOutlined aria-hidden />} onClick={logout} aria-label={t('header.logout')}>
              {wide ? t('header.logout') : null}
            </Button>
          </Flex>
        </Flex>
        <nav aria-label={t('app.mainNav')} style={{ marginTop: 8, overflowX: 'auto' }}>
          <ul style={{ display: 'flex', gap: 4, listStyle: 'none', margin: 0, padding: 0, flexWrap: wide ? 'wrap' : 'nowrap' }}>
            {items.map((item) => {
              const current = item.key === active;
              return (
                <li key={item.key}>
                  <Link
                    to={item.to}
                    aria-current={current ? 'page' : undefined}
                    style={{
                      display: 'inline-flex',
                      alignItems: 'center',
                      gap: 6,
                      padding: '4px 12px',
                      borderRadius: token.borderRadius,
                      color: current ? token.colorWhite : token.colorText,
                      background: current ? token.colorPrimary : 'transparent',
                      whiteSpace: 'nowrap',
                    }}
                  >
                    {ICONS[item.key]}
                    {t(`nav.${item.key}`)}
                  </Link>
                </li>
              );
            })}
          </ul>
        </nav>
      </Layout.Header>
      <Layout.Content style={{ padding: wide ? 24 : 12, maxWidth: 1440, width: '100%', margin: '0 auto' }}>
        <Suspense fallback={<RouteFallback />}>
          <Outlet context={user} />
        </Suspense>
      </Layout.Content>
    </Layout>
  );
}

import { FormOutlined, LogoutOutlined, UnorderedListOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Button, Flex, Grid, Layout, Space, Tag, Typography, theme } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet, useNavigate } from 'react-router';
import { signOut } from '../api/auth.queries';
import { ROUTES } from './route-paths';
import { LanguageSwitch } from './language-switch.component';
import { useCurrentUser } from './require-auth.guard';

function NavItem({ to, icon, children, end }: { to: string; icon: ReactNode; children: ReactNode; end?: boolean }) {
  const { token } = theme.useToken();
  return (
    <NavLink
      to={to}
      end={end}
      style={({ isActive }) => ({
        display: 'inline-flex',
        alignItems: 'center',
        gap: 6,
        padding: '4px 12px',
        borderRadius: token.borderRadius,
        color: isActive ? token.colorWhite : token.colorText,
        background: isActive ? token.colorPrimary : 'transparent',
        whiteSpace: 'nowrap',
      })}
    >
      {icon}
      {children}
    </NavLink>
  );
}

/** Header (brand, navigation, user, language, logout) around the signed-in pages. */
export function AppShellLayout() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const screens = Grid.useBreakpoint();
  const { token } = theme.useToken();
  const wide = screens.md === true;

  const logout = () => {
    signOut(queryClient);
    void navigate(ROUTES.login, { replace: true });
  };
  const roleLabels = user.roles.map((role) => t(`role.${role}`));

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header
        style={{
          height: 'auto',
          lineHeight: 'normal',
          padding: wide ? '12px 24px' : '8px 12px',
          background: token.colorBgContainer,
          borderBottom: `1px solid ${token.colorBorderSecondary}`,
          // Sticky only where the header is one line; on a phone it would cover half the screen.
          ...(wide ? { position: 'sticky' as const, top: 0, zIndex: 10 } : {}),
        }}
      >
        <Flex wrap align="center" justify="space-between" gap={wide ? 16 : 8}>
          <Flex wrap align="center" gap={wide ? 24 : 8}>
            <Link to={ROUTES.queue} aria-label={t('app.name')}>
              <Typography.Text strong style={{ fontSize: 18, color: token.colorPrimary }}>
                {wide ? t('app.name') : t('app.shortName')}
              </Typography.Text>
            </Link>
            <nav aria-label={t('app.mainNav')}>
              <Space size={4}>
                <NavItem to={`${ROUTES.queue}?view=mine`} icon={<UnorderedListOutlined />} end>
                  {t('nav.myQueue')}
                </NavItem>
                <NavItem to={ROUTES.register} icon={<FormOutlined />}>
                  {t('nav.register')}
                </NavItem>
              </Space>
            </nav>
          </Flex>
          <Flex wrap align="center" gap={8}>
            <Typography.Text strong>{user.displayName}</Typography.Text>
            <span>
              {roleLabels.map((label) => (
                <Tag key={label} color="blue" style={{ marginInlineEnd: 4 }}>
                  {label}
                </Tag>
              ))}
            </span>
            <LanguageSwitch size="small" />
            <Button size="small" icon={<LogoutOutlined />} onClick={logout} aria-label={t('header.logout')}>
              {wide ? t('header.logout') : null}
            </Button>
          </Flex>
        </Flex>
      </Layout.Header>
      <Layout.Content style={{ padding: wide ? 24 : 12, maxWidth: 1440, width: '100%', margin: '0 auto' }}>
        <Outlet context={user} />
      </Layout.Content>
    </Layout>
  );
}

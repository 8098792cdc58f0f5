import { LockOutlined, UserOutlined } from '@ant-design/icons';
import type { LoginRequest } from '@parkflow/contracts';
import { Alert, Button, Card, Flex, Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { isApiError } from '../api/api-client';
import { useLogin } from '../api/auth.queries';
import { session } from '../api/session.store';
import { LanguageSwitch } from '../app/language-switch.component';
import { ROUTES } from '../app/route-paths';
import { useDocumentTitle } from '../shared/document-title.hook';

/** Where to go after logging in: the page that sent the user here, if it is one of ours. */
function returnPath(state: unknown): string {
  const from = (state as { from?: unknown } | null)?.from;
  return typeof from === 'string' && from.startsWith('/') && !from.startsWith('//') && !from.startsWith(ROUTES.login)
    ? from
    : ROUTES.queue;
}

export function LoginPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const login = useLogin();
  const target = returnPath(location.state);
  useDocumentTitle(t('login.title'));

  if (session.present() && !login.isPending && !login.isSuccess) {
    return <Navigate to={target} replace />;
  }

  const onFinish = (values: LoginRequest) => {
    login.mutate(
      { username: values.username.trim(), password: values.password },
      { onSuccess: () => void navigate(target, { replace: true }) },
    );
  };

  const errorText = login.isError ? (isApiError(login.error, 401) ? t('login.invalidCredentials') : t('login.failed')) : null;

  return (
    <Flex vertical align="center" justify="center" style={{ minHeight: '100vh', padding: 16, background: '#f0f2f5' }}>
      <main style={{ width: '100%', maxWidth: 400 }}>
        <Card>
          <Flex justify="flex-end">
            <LanguageSwitch />
          </Flex>
          <Typography.Title level={1} style={{ fontSize: 24, marginTop: 8 }}>
            {t('app.name')}
          </Typography.Title>
          <Typography.Paragraph type="secondary">{t('login.subtitle')}</Typography.Paragraph>
          <Typography.Title level={2} style={{ fontSize: 18 }}>
            {t('login.title')}
          </Typography.Title>
          {errorText && <Alert type="error" role="alert" showIcon title={errorText} style={{ marginBottom: 16 }} />}
          <Form<LoginRequest> name="login" layout="vertical" requiredMark={false} onFinish={onFinish} disabled={login.isPending}>
            <Form.Item
              label={t('login.username')}
              name="username"
              rules={[{ required: true, whitespace: true, message: t('validation.required') }]}
            >
              <Input prefix={<UserOutlined aria-hidden />} autoComplete="username" autoFocus size="large" />
            </Form.Item>
            <Form.Item label={t('login.password')} name="password" rules={[{ required: true, message: t('validation.required') }]}>
              <Input.Password prefix={<LockOutlined aria-hidden />} autoComplete="current-password" size="large" />
            </Form.Item>
            <Button type="primary" htmlType="submit" block size="large" loading={login.isPending}>
              {t('login.submit')}
            </Button>
          </Form>
        </Card>
      </main>
    </Flex>
  );
}

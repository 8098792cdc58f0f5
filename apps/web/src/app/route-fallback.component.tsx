import { Flex, Spin } from 'antd';
import { useTranslation } from 'react-i18next';

/** Shown while a page's code loads (each route is its own chunk). */
export function RouteFallback() {
  const { t } = useTranslation();
  return (
    <Flex justify="center" align="center" style={{ minHeight: 240 }}>
      <Spin description={t('app.loading')} />
    </Flex>
  );
}

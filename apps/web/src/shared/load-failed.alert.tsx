import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';

/** What every screen shows when its data did not load: the reason and a retry button. */
export function LoadFailedAlert({ error, onRetry }: { error: Error | null; onRetry: () => void }) {
  const { t } = useTranslation();
  return <Alert type="error" showIcon title={t('app.loadFailed')} description={error?.message} action={<Button onClick={onRetry}>{t('app.retry')}</Button>} />;
}

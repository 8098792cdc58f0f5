import { useTranslation } from 'react-i18next';
import { LightAlert } from './light/light-alert.component';
import { LightButton } from './light/light-button.component';

/** What every screen shows when its data did not load: the reason and a retry button (no antd: the queue shows it too). */
export function LoadFailedAlert({ error, onRetry }: { error: Error | null; onRetry: () => void }) {
  const { t } = useTranslation();
  return <LightAlert type="error" title={t('app.loadFailed')} description={error?.message} action={<LightButton onClick={onRetry}>{t('app.retry')}</LightButton>} />;
}

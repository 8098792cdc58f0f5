import { useTranslation } from 'react-i18next';
import { Spinner } from '../shared/light/spinner.component';

/** Shown while a page's code loads (each route is its own chunk). */
export function RouteFallback() {
  const { t } = useTranslation();
  return (
    <div className="pf-center" style={{ minHeight: 240 }}>
      <Spinner label={t('app.loading')} />
    </div>
  );
}

import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useMeta } from '../api/meta.queries';
import { loadKindRegistry } from './kind-registry.loader';
import { LightButton } from '../shared/light/light-button.component';
import { Spinner } from '../shared/light/spinner.component';
import { StatusPanel } from '../shared/status-panel.component';
import { KindsContext } from './kinds.context';

const fullPage = { minHeight: '100vh', padding: 24 } as const;

/**
 * Loads `/meta` once, builds the kind registry from it and provides it to everything below
 * (`useKinds()`). Nothing kind-specific renders before: every screen, the login page included,
 * waits for the kinds, so no page ever draws a form from definitions it does not have. A failed
 * load or a registry the definition check refuses gets a screen that says so, not a blank page.
 */
export function KindsProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const meta = useMeta();
  const kinds = meta.data?.kinds;
  const load = useMemo(() => (kinds ? loadKindRegistry(kinds) : null), [kinds]);

  if (load?.ok) return <KindsContext value={load.registry}>{children}</KindsContext>;
  if (load) {
    return (
      <div className="pf-center" style={fullPage}>
        <StatusPanel
          status="error"
          title={t('kinds.invalid')}
          subTitle={t('kinds.invalidHint')}
          extra={
            <ul aria-label={t('kinds.problems')} style={{ textAlign: 'left', margin: '0 auto', maxWidth: 720 }}>
              {load.problems.map((problem) => (
                <li key={problem}>
                  <code className="pf-code">{problem}</code>
                </li>
              ))}
            </ul>
          }
        />
      </div>
    );
  }
  if (meta.isError) {
    return (
      <div className="pf-center" style={fullPage}>
        <StatusPanel
          status="error"
          title={t('kinds.loadFailed')}
          subTitle={t('kinds.loadFailedHint')}
          extra={
            <div className="pf-col" style={{ alignItems: 'center' }}>
              <span className="pf-secondary">{meta.error.message}</span>
              <LightButton variant="primary" onClick={() => void meta.refetch()} loading={meta.isFetching}>
                {t('app.retry')}
              </LightButton>
            </div>
          }
        />
      </div>
    );
  }
  return (
    <div className="pf-center" style={fullPage}>
      <Spinner large label={t('kinds.loading')} />
    </div>
  );
}

import { NO_DIMENSION, statFactLabel } from '@parkflow/domain';
import CloseOutlined from '@ant-design/icons-svg/es/asn/CloseOutlined';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useNameLookup } from '../api/reference-data.queries';
import { ROUTES } from '../app/route-paths';
import { useCatalogLabels } from '../i18n/catalog-labels';
import { LightAlert } from '../shared/light/light-alert.component';
import { SvgIcon } from '../shared/light/svg-icon.component';
import type { QueueDrillDown } from './stat-drill-down.state';

/** Which figure the queue lists (统计穿透: 未按期办结 · 2026-01-01 至 2026-03-31 · 经发局), closed to leave the drill-down. */
export function StatDrillDownTag({ drill, onClose }: { drill: QueueDrillDown; onClose: () => void }) {
  const { t } = useTranslation();
  const labels = useCatalogLabels();
  const names = useNameLookup();
  const department = (id: string) => (id === NO_DIMENSION ? t('stats.noDepartment') : (names.department(id) ?? id));
  const handler = (id: string) => (id === NO_DIMENSION ? t('stats.noHandler') : (names.user(id) ?? id));
  const parts = [
    labels.text(statFactLabel(drill.fact)),
    drill.from && drill.to ? t('stats.drillDownPeriod', { from: drill.from, to: drill.to }) : null,
    drill.departmentId ? department(drill.departmentId) : null,
    drill.handlerId ? handler(drill.handlerId) : null,
    drill.category ? labels.category(drill.category) : null,
    drill.channel ? labels.channel(drill.channel) : null,
  ].filter((p): p is string => p !== null);
  return (
    <LightAlert
      type="info"
      role="status"
      data-testid="stat-drill-down"
      title={
        <span className="pf-row">
          <span>{t('stats.drillDown')}</span>
          <span className="pf-tag pf-tag-blue">
            {parts.join(' · ')}
            <button type="button" className="pf-tag-close" onClick={onClose} aria-label={t('app.close')}>
              <SvgIcon icon={CloseOutlined} />
            </button>
          </span>
          <Link to={ROUTES.stats} className="pf-link">
            {t('stats.backToStats')}
          </Link>
        </span>
      }
      description={t('stats.drillDownHint')}
    />
  );
}

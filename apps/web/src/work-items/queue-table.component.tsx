import type { WorkItem } from '@parkflow/contracts';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ROUTES } from '../app/route-paths';
import { DeadlineCountdown } from '../calendar/deadline-countdown.component';
import { useNow, useWorkCalendar } from '../calendar/work-calendar.hook';
import { useCatalogLabels } from '../i18n/catalog-labels';
import { LightTag } from '../shared/light/light-tag.component';
import { Spinner } from '../shared/light/spinner.component';
import { useWideScreen } from '../shared/light/wide-screen.hook';
import { QueuePagination } from './queue-pagination.component';
import type { QueueQueryState } from './queue-query.state';
import { SlaTag } from './sla-tag.component';

export interface QueueTableProps {
  items: readonly WorkItem[];
  total: number;
  loading: boolean;
  query: QueueQueryState;
  onChange: (change: Partial<QueueQueryState>) => void;
  /** Accessible name of the list, e.g. the view or bucket it shows. */
  label: string;
}

/** Column widths in px (antd's table had the same); the title takes the rest. */
const WIDTHS = [170, 100, undefined, 170, 80, 120, 150, 190, 80] as const;

/**
 * The queue: a table at desk width, cards on a phone; paging and the deadline sort drive the URL.
 * A plain `<table>` (antd's look: header band, row lines, the code column fixed on the left) —
 * the queue route ships without antd.
 */
export function QueueTable({ items, total, loading, query, onChange, label }: QueueTableProps) {
  const { t } = useTranslation();
  const labels = useCatalogLabels();
  const navigate = useNavigate();
  const calendar = useWorkCalendar();
  const now = useNow();
  const wide = useWideScreen();
  const empty = t('app.empty');
  const page = (next: number, pageSize: number) => onChange({ page: next, pageSize });

  if (!wide) {
    return (
      <div className="pf-col" style={{ gap: 8 }}>
        <ul aria-label={label} aria-busy={loading} className="pf-cards">
          {items.length === 0 && !loading && <li className="pf-secondary">{t('queue.empty')}</li>}
          {items.map((item) => (
            <li key={item.id} className="pf-card">
              <div className="pf-row pf-between">
                <span className="pf-secondary">{item.code}</span>
                <SlaTag sla={item.sla} />
              </div>
              <Link to={ROUTES.detail(item.id)} className="pf-link pf-card-title">
                {item.title}
              </Link>
              <div className="pf-row" style={{ gap: 4 }}>
                <LightTag>{labels.kind(item.kind)}</LightTag>
                <LightTag>{labels.status(item.kind, item.status)}</LightTag>
                {item.enterpriseName && <LightTag>{item.enterpriseName}</LightTag>}
              </div>
              <DeadlineCountdown item={item} calendar={calendar} now={now} />
            </li>
          ))}
        </ul>
        <QueuePagination page={query.page} pageSize={query.pageSize} total={total} onChange={page} simple />
      </div>
    );
  }

  const sorted = query.sort.startsWith('due_at') ? (query.sort.endsWith('asc') ? 'ascending' : 'descending') : undefined;
  // As antd's sorter did: ascending first, then descending, then ascending again.
  const sortByDeadline = () => onChange({ sort: sorted === 'ascending' ? 'due_at.desc' : 'due_at.asc' });
  const headers = [t('queue.code'), t('queue.kind'), t('queue.itemTitle'), t('queue.enterprise'), t('queue.stage'), t('queue.status'), t('queue.department')];

  return (
    <section aria-label={label} aria-busy={loading}>
      <div className="pf-table-wrap">
        <table className="pf-table">
          <colgroup>
            {WIDTHS.map((width, index) => (
              <col key={index} style={width ? { width } : undefined} />
            ))}
          </colgroup>
          <thead>
            <tr>
              {headers.map((header) => (
                <th key={header} scope="col">
                  {header}
                </th>
              ))}
              <th scope="col" aria-sort={sorted ?? 'none'}>
                <button type="button" className="pf-sort" onClick={sortByDeadline}>
                  {t('queue.deadline')}
                  <span className="pf-sort-arrows" aria-hidden>
                    <span className={sorted === 'ascending' ? 'pf-on' : undefined}>▲</span>
                    <span className={sorted === 'descending' ? 'pf-on' : undefined}>▼</span>
                  </span>
                </button>
              </th>
              <th scope="col">{t('queue.sla')}</th>
            </tr>
          </thead>
          <tbody>
            {items.length === 0 && (
              <tr className="pf-empty-row">
                <td colSpan={WIDTHS.length}>{loading ? '' : t('queue.empty')}</td>
              </tr>
            )}
            {items.map((item) => (
              <tr key={item.id} onClick={() => void navigate(ROUTES.detail(item.id))}>
                <td>
                  <Link to={ROUTES.detail(item.id)} className="pf-link" onClick={(event) => event.stopPropagation()}>
                    {item.code}
                  </Link>
                </td>
                <td>{labels.kind(item.kind)}</td>
                <td title={item.title}>{item.title}</td>
                <td title={item.enterpriseName ?? undefined}>{item.enterpriseName ?? empty}</td>
                <td>{t(`stage.${item.stage}`)}</td>
                <td>{labels.status(item.kind, item.status)}</td>
                <td title={item.departmentName ?? undefined}>{item.departmentName ?? empty}</td>
                <td>
                  <DeadlineCountdown item={item} calendar={calendar} now={now} />
                </td>
                <td>
                  <SlaTag sla={item.sla} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {loading && (
          <div className="pf-loading-mask">
            <Spinner />
          </div>
        )}
      </div>
      <QueuePagination page={query.page} pageSize={query.pageSize} total={total} onChange={page} />
    </section>
  );
}

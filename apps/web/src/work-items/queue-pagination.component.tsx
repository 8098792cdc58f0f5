import LeftOutlined from '@ant-design/icons-svg/es/asn/LeftOutlined';
import RightOutlined from '@ant-design/icons-svg/es/asn/RightOutlined';
import { useTranslation } from 'react-i18next';
import { SvgIcon } from '../shared/light/svg-icon.component';
import { pageWindow } from './page-window';
import { PAGE_SIZES } from './queue-query.state';

export interface QueuePaginationProps {
  page: number;
  pageSize: number;
  total: number;
  onChange: (page: number, pageSize: number) => void;
  /** The phone's: previous, "page / pages", next; no page size. */
  simple?: boolean;
}

/** antd's `Pagination` look: the total, previous / pages / next (titled, as antd's are), the page size. */
export function QueuePagination({ page, pageSize, total, onChange, simple = false }: QueuePaginationProps) {
  const { t } = useTranslation();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const go = (to: number) => onChange(Math.min(Math.max(1, to), pages), pageSize);
  const previous = (
    <li>
      <button type="button" className="pf-page" title={t('pager.previous')} aria-label={t('pager.previous')} disabled={page <= 1} onClick={() => go(page - 1)}>
        <SvgIcon icon={LeftOutlined} />
      </button>
    </li>
  );
  const next = (
    <li>
      <button type="button" className="pf-page" title={t('pager.next')} aria-label={t('pager.next')} disabled={page >= pages} onClick={() => go(page + 1)}>
        <SvgIcon icon={RightOutlined} />
      </button>
    </li>
  );

  if (simple) {
    return (
      <nav aria-label={t('pager.label')}>
        <ul className="pf-pager pf-pager-center">
          {previous}
          <li>{t('pager.pageOf', { page, pages })}</li>
          {next}
        </ul>
      </nav>
    );
  }
  return (
    <nav aria-label={t('pager.label')}>
      <ul className="pf-pager">
        <li>{t('queue.total', { count: total })}</li>
        {previous}
        {pageWindow(page, pages).map((entry, index) =>
          entry === 'gap' ? (
            <li key={`gap-${index}`} aria-hidden className="pf-secondary">
              •••
            </li>
          ) : (
            <li key={entry}>
              <button type="button" className="pf-page" title={String(entry)} aria-current={entry === page ? 'page' : undefined} onClick={() => go(entry)}>
                {entry}
              </button>
            </li>
          ),
        )}
        {next}
        <li>
          <select
            className="pf-select"
            aria-label={t('pager.pageSize')}
            value={pageSize}
            // A new page size starts at the first page: the old page may not exist any more.
            onChange={(event) => onChange(1, Number(event.target.value))}
          >
            {PAGE_SIZES.map((size) => (
              <option key={size} value={size}>
                {t('pager.perPage', { size })}
              </option>
            ))}
          </select>
        </li>
      </ul>
    </nav>
  );
}

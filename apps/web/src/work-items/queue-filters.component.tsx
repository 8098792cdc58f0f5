import { SLA_STATES, STAGES } from '@parkflow/domain';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useCatalogLabels } from '../i18n/catalog-labels';
import { LightButton } from '../shared/light/light-button.component';
import { FilterSelect } from './filter-select.component';
import { hasFilters, QUEUE_SORTS, type QueueQueryState, type QueueSort } from './queue-query.state';

const SORT_LABELS = {
  'due_at.asc': 'filters.sortDueAsc',
  'due_at.desc': 'filters.sortDueDesc',
  'created_at.desc': 'filters.sortCreatedDesc',
  'created_at.asc': 'filters.sortCreatedAsc',
} as const satisfies Record<QueueSort, string>;

export interface QueueFiltersProps {
  query: QueueQueryState;
  base: QueueQueryState;
  onChange: (change: Partial<QueueQueryState>) => void;
  onClear: () => void;
}

/**
 * Kind, stage, status, SLA, text and sort: each change goes to the URL. The statuses offered are
 * the chosen kind's (with its own, e.g. 待复查), else every kind's, narrowed to the chosen stage.
 * Native selects (labelled comboboxes, keyboard and type-ahead as the platform gives them): the
 * queue route ships without antd.
 */
export function QueueFilters({ query, base, onChange, onClear }: QueueFiltersProps) {
  const { t } = useTranslation();
  const labels = useCatalogLabels();
  const [text, setText] = useState(query.q ?? '');
  useEffect(() => setText(query.q ?? ''), [query.q]);
  const all = t('filters.all');
  const statuses = labels.statusOptions({ kind: query.kind, stage: query.stage });
  // A status the new kind or stage does not have would filter the list down to nothing: drop it with the change.
  const keepStatus = (next: { kind?: string; stage?: QueueQueryState['stage'] }) =>
    query.status !== undefined && labels.statusOptions({ kind: next.kind, stage: next.stage }).some((o) => o.value === query.status) ? query.status : undefined;
  const search = (event: FormEvent) => {
    event.preventDefault();
    onChange({ q: text.trim() || undefined });
  };

  return (
    <div role="search" aria-label={t('filters.label')}>
      <div className="pf-row">
        <FilterSelect
          label={t('filters.kind')}
          all={all}
          value={query.kind}
          options={labels.kindOptions()}
          onChange={(kind) => onChange({ kind, status: keepStatus({ kind, stage: query.stage }) })}
        />
        <FilterSelect
          label={t('filters.stage')}
          all={all}
          value={query.stage}
          options={STAGES.map((stage) => ({ value: stage, label: t(`stage.${stage}`) }))}
          onChange={(stage) => onChange({ stage, status: keepStatus({ kind: query.kind, stage }) })}
        />
        <FilterSelect label={t('filters.status')} all={all} value={query.status} options={statuses} onChange={(status) => onChange({ status })} wide />
        <FilterSelect
          label={t('filters.sla')}
          all={all}
          value={query.sla}
          options={SLA_STATES.map((sla) => ({ value: sla, label: t(`sla.${sla}`) }))}
          onChange={(sla) => onChange({ sla })}
        />
        <select
          className="pf-select"
          aria-label={t('filters.sort')}
          value={query.sort}
          onChange={(event) => onChange({ sort: event.target.value as QueueSort })}
          style={{ minWidth: 170, flex: '1 1 170px' }}
        >
          {QUEUE_SORTS.map((sort) => (
            <option key={sort} value={sort}>
              {t(SORT_LABELS[sort])}
            </option>
          ))}
        </select>
        <form className="pf-search" onSubmit={search}>
          <input
            type="search"
            className="pf-input"
            aria-label={t('filters.search')}
            placeholder={t('filters.search')}
            value={text}
            maxLength={100}
            onChange={(event) => {
              setText(event.target.value);
              // The field's own clear button (or emptying it) drops the text filter, as antd's allowClear did.
              if (event.target.value === '' && query.q) onChange({ q: undefined });
            }}
          />
          <LightButton type="submit" variant="primary">
            {t('filters.searchButton')}
          </LightButton>
        </form>
        {hasFilters(query, base) && <LightButton onClick={onClear}>{t('filters.clear')}</LightButton>}
      </div>
    </div>
  );
}

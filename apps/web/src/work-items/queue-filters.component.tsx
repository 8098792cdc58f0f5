import { SLA_STATES, STAGES } from '@parkflow/domain';
import { Button, Flex, Input, Select } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCatalogLabels } from '../i18n/catalog-labels';
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
  const select = { allowClear: true, placeholder: all, showSearch: { optionFilterProp: 'label' }, style: { minWidth: 130, flex: '1 1 130px' } };

  return (
    <div role="search" aria-label={t('filters.label')}>
      <Flex wrap gap={8} align="center">
        <Select
          {...select}
          aria-label={t('filters.kind')}
          value={query.kind ?? null}
          onChange={(kind: string | null) => onChange({ kind: kind ?? undefined, status: keepStatus({ kind: kind ?? undefined, stage: query.stage }) })}
          options={labels.kindOptions()}
          prefix={t('filters.kind')}
        />
        <Select
          {...select}
          aria-label={t('filters.stage')}
          value={query.stage ?? null}
          onChange={(stage: QueueQueryState['stage'] | null) => onChange({ stage: stage ?? undefined, status: keepStatus({ kind: query.kind, stage: stage ?? undefined }) })}
          options={STAGES.map((stage) => ({ value: stage, label: t(`stage.${stage}`) }))}
          prefix={t('filters.stage')}
        />
        <Select
          {...select}
          aria-label={t('filters.status')}
          value={query.status ?? null}
          onChange={(status: QueueQueryState['status'] | null) => onChange({ status: status ?? undefined })}
          options={statuses}
          prefix={t('filters.status')}
          style={{ minWidth: 170, flex: '1 1 170px' }}
        />
        <Select
          {...select}
          aria-label={t('filters.sla')}
          value={query.sla ?? null}
          onChange={(sla: QueueQueryState['sla'] | null) => onChange({ sla: sla ?? undefined })}
          options={SLA_STATES.map((sla) => ({ value: sla, label: t(`sla.${sla}`) }))}
          prefix={t('filters.sla')}
        />
        <Select
          aria-label={t('filters.sort')}
          showSearch={{ optionFilterProp: 'label' }}
          value={query.sort}
          onChange={(sort: QueueSort) => onChange({ sort })}
          options={QUEUE_SORTS.map((sort) => ({ value: sort, label: t(SORT_LABELS[sort]) }))}
          style={{ minWidth: 170, flex: '1 1 170px' }}
        />
        <Input.Search
          aria-label={t('filters.search')}
          placeholder={t('filters.search')}
          value={text}
          maxLength={100}
          allowClear
          enterButton={t('filters.searchButton')}
          onChange={(event) => setText(event.target.value)}
          onSearch={(value) => onChange({ q: value.trim() || undefined })}
          style={{ flex: '2 1 220px', minWidth: 200 }}
        />
        {hasFilters(query, base) && <Button onClick={onClear}>{t('filters.clear')}</Button>}
      </Flex>
    </div>
  );
}

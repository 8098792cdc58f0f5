import PlusOutlined from '@ant-design/icons-svg/es/asn/PlusOutlined';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { useWorkItemList } from '../api/work-items.queries';
import { registrableKinds } from '../app/nav-items';
import { useCurrentUser } from '../app/require-auth.guard';
import { ROUTES } from '../app/route-paths';
import { useKinds } from '../kinds/kinds.context';
import { useDocumentTitle } from '../shared/document-title.hook';
import { LightButton } from '../shared/light/light-button.component';
import { SvgIcon } from '../shared/light/svg-icon.component';
import { LedgerExportButton } from './ledger-export.button';
import { QueueFilters } from './queue-filters.component';
import { clearFilters, DEFAULT_QUEUE_QUERY, parseQueueQuery, toQueueSearchParams, updateQueueQuery, type QueueQueryState, type QueueView } from './queue-query.state';
import { QueueTable } from './queue-table.component';
import { QueueTabs } from './queue-tabs.component';
import { StatDrillDownTag } from './stat-drill-down.tag';
import { LoadFailedAlert } from '../shared/load-failed.alert';

/** The views a user's queue page offers: the department's for its heads and leaders. */
export function queueViewsFor(roles: readonly string[]): QueueView[] {
  const views: QueueView[] = ['mine'];
  if (roles.includes('department_head') || roles.includes('leader')) views.push('department');
  views.push('all');
  return views;
}

/** 我的待办 / 部门事项 / 全部: the queue, with its view, filters, sort and page in the URL. Built without antd (docs/benchmarks.md). */
export function WorkItemListPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const navigate = useNavigate();
  const [searchParams, setSearchParams] = useSearchParams();
  const kinds = useKinds();
  const views = queueViewsFor(user.roles);
  const parsed = parseQueueQuery(searchParams, kinds);
  const query: QueueQueryState = views.includes(parsed.view) ? parsed : { ...parsed, view: 'mine' };
  const list = useWorkItemList(query);
  const title = t(`queue.view.${query.view}`);
  useDocumentTitle(title);

  const set = (next: QueueQueryState) => setSearchParams(toQueueSearchParams(next, searchParams));
  const change = (delta: Partial<QueueQueryState>) => set(updateQueueQuery(query, delta));

  return (
    <div className="pf-col">
      <div className="pf-row pf-between">
        <h1 className="pf-title">{title}</h1>
        <div className="pf-row" style={{ alignItems: 'flex-start' }}>
          <LedgerExportButton query={query} />
          {registrableKinds(kinds, user.roles).length > 0 && (
            <LightButton variant="primary" icon={<SvgIcon icon={PlusOutlined} />} onClick={() => void navigate(ROUTES.register)}>
              {t('nav.register')}
            </LightButton>
          )}
        </div>
      </div>
      <QueueTabs label={t('queue.views')} active={query.view} onChange={(view) => change({ view })} tabs={views.map((view) => ({ key: view, label: t(`queue.view.${view}`) }))} />
      {query.drill && <StatDrillDownTag drill={query.drill} onClose={() => change({ drill: undefined })} />}
      <QueueFilters query={query} base={DEFAULT_QUEUE_QUERY} onChange={change} onClear={() => set(clearFilters(query))} />
      {list.isError && <LoadFailedAlert error={list.error} onRetry={() => void list.refetch()} />}
      <QueueTable
        label={title}
        items={list.data?.items ?? []}
        total={list.data?.total ?? 0}
        loading={list.isFetching}
        query={query}
        onChange={change}
      />
    </div>
  );
}

import type { PermitRow } from '@parkflow/contracts';
import { Flex, Table, Tabs, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { usePermitList } from '../api/projects.queries';
import { useNameLookup } from '../api/reference-data.queries';
import { ROUTES } from '../app/route-paths';
import '../i18n/projects-messages.loader';
import { useDocumentTitle } from '../shared/document-title.hook';
import { LoadFailedAlert } from '../shared/load-failed.alert';
import { StatsExportButton } from '../stats/stats-export-button.component';
import { readFilters, toListQuery } from './battle-map.filters';
import { ProjectFilters } from './project-filters.component';
import { useProjectLabels } from './project-labels';
import { RagTag } from './rag-tag.component';

type PermitView = 'department' | 'date';

/**
 * 手续清单: the permit nodes of the projects, as the 责任清单 (by responsible department, then due
 * date) and the 序时清单 (by due date), both in the api's order, filtered like the battle map and
 * exported as the same list (导出).
 */
export function PermitListsPage() {
  const { t } = useTranslation();
  const labels = useProjectLabels();
  const names = useNameLookup();
  const [search, setSearch] = useSearchParams();
  const view: PermitView = search.get('view') === 'date' ? 'date' : 'department';
  const filters = useMemo(() => readFilters(search), [search]);
  const query = { ...toListQuery(filters), view };
  const list = usePermitList(query);
  const title = t(view === 'department' ? 'projects.permits.byDepartment' : 'projects.permits.byDate');
  useDocumentTitle(title);
  const department = (id: string | null) => (id ? (names.department(id) ?? id) : t('projects.permits.noDepartment'));
  const exportQuery = { view, phase: query.phase, departmentId: query.departmentId, chiefOfficerId: query.chiefOfficerId };

  return (
    <Flex vertical gap={12}>
      <Flex wrap justify="space-between" align="center" gap={8}>
        <Typography.Title level={1} style={{ fontSize: 22, margin: 0 }}>
          {t('projects.permits.title')}
        </Typography.Title>
        <Flex gap={8} align="center">
          <Link to={{ pathname: ROUTES.projects, search: search.toString() }}>{t('projects.openList')}</Link>
          <StatsExportButton path="/projects/permits/xlsx" query={exportQuery} table={title} fallbackName={`${title}.xlsx`}>
            {t('projects.permits.export')}
          </StatsExportButton>
        </Flex>
      </Flex>
      <Tabs
        activeKey={view}
        onChange={(next) => {
          const params = new URLSearchParams(search);
          params.set('view', next);
          setSearch(params);
        }}
        items={[
          { key: 'department', label: t('projects.permits.byDepartment') },
          { key: 'date', label: t('projects.permits.byDate') },
        ]}
      />
      <ProjectFilters />
      {list.isError && <LoadFailedAlert error={list.error} onRetry={() => void list.refetch()} />}
      <Table<PermitRow>
        rowKey={(r) => `${r.projectId}:${r.nodeKey}`}
        size="middle"
        loading={list.isPending}
        dataSource={list.data?.rows ?? []}
        locale={{ emptyText: t('projects.permits.empty') }}
        pagination={{ pageSize: 100, showSizeChanger: false, showTotal: (count) => t('projects.permits.total', { count }) }}
        columns={[
          ...(view === 'department' ? [{ key: 'department', title: t('projects.permits.department'), render: (_: unknown, r: PermitRow) => department(r.departmentId) }] : []),
          { key: 'due', title: t('projects.permits.dueOn'), dataIndex: 'dueOn', width: 120 },
          { key: 'permit', title: t('projects.permits.permit'), render: (_, r) => labels.text(r.name) },
          { key: 'project', title: t('projects.permits.project'), render: (_, r) => <Link to={ROUTES.project(r.projectId)}>{r.projectName}</Link> },
          ...(view === 'date' ? [{ key: 'department', title: t('projects.permits.department'), render: (_: unknown, r: PermitRow) => department(r.departmentId) }] : []),
          { key: 'status', title: t('projects.permits.status'), width: 100, render: (_, r) => <RagTag status={r.status} /> },
          { key: 'done', title: t('projects.permits.actualFinish'), width: 120, render: (_, r) => r.actualFinish ?? '—' },
        ]}
      />
    </Flex>
  );
}

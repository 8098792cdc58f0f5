import type { ProjectSummary } from '@parkflow/contracts';
import { Button, Flex, Progress, Table, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useProjectList } from '../api/projects.queries';
import { useNameLookup } from '../api/reference-data.queries';
import { canCreateProjects } from '../app/nav-items';
import { useCurrentUser } from '../app/require-auth.guard';
import { ROUTES } from '../app/route-paths';
import '../i18n/projects-messages.loader';
import { useDocumentTitle } from '../shared/document-title.hook';
import { LoadFailedAlert } from '../shared/load-failed.alert';
import { readFilters, toListQuery } from './battle-map.filters';
import { ProjectFilters } from './project-filters.component';
import { useProjectLabels } from './project-labels';
import { RagTag } from './rag-tag.component';

const wan = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 2 });

/** 重点项目清单: every project the user may read, filtered like the battle map. */
export function ProjectListPage() {
  const { t } = useTranslation();
  const labels = useProjectLabels();
  const names = useNameLookup();
  const user = useCurrentUser();
  const [search] = useSearchParams();
  const filters = useMemo(() => readFilters(search), [search]);
  const list = useProjectList(toListQuery(filters));
  useDocumentTitle(t('projects.title'));

  return (
    <Flex vertical gap={12}>
      <Flex wrap justify="space-between" align="center" gap={8}>
        <Typography.Title level={1} style={{ fontSize: 22, margin: 0 }}>
          {t('projects.title')}
        </Typography.Title>
        <Flex gap={8} align="center">
          <Link to={{ pathname: ROUTES.battleMap, search: search.toString() }}>{t('projects.openMap')}</Link>
          <Link to={{ pathname: ROUTES.permits, search: search.toString() }}>{t('projects.permits.open')}</Link>
          {canCreateProjects(user.roles) && (
            <Link to={ROUTES.projectNew}>
              <Button type="primary">{t('projects.create')}</Button>
            </Link>
          )}
        </Flex>
      </Flex>
      <ProjectFilters />
      {list.isError && <LoadFailedAlert error={list.error} onRetry={() => void list.refetch()} />}
      <Table<ProjectSummary>
        rowKey="id"
        size="middle"
        loading={list.isPending}
        dataSource={list.data?.items ?? []}
        scroll={{ x: 1000 }}
        locale={{ emptyText: t('projects.empty') }}
        pagination={{ pageSize: 50, showSizeChanger: false, showTotal: (count) => t('projects.total', { count }) }}
        columns={[
          { key: 'code', title: t('projects.column.code'), dataIndex: 'code', width: 130 },
          { key: 'name', title: t('projects.column.name'), render: (_, p) => <Link to={ROUTES.project(p.id)}>{p.name}</Link> },
          { key: 'investor', title: t('projects.column.investor'), dataIndex: 'investorName' },
          { key: 'investment', title: t('projects.column.investment'), align: 'right', render: (_, p) => wan.format(p.investmentWan), sorter: (a, b) => a.investmentWan - b.investmentWan },
          { key: 'type', title: t('projects.column.type'), render: (_, p) => labels.type(p.type), width: 80 },
          { key: 'phase', title: t('projects.column.phase'), render: (_, p) => labels.phase(p.phase), width: 100 },
          { key: 'chief', title: t('projects.column.chiefOfficer'), render: (_, p) => names.user(p.chiefOfficerId) ?? t('app.empty') },
          { key: 'status', title: t('projects.column.status'), render: (_, p) => <RagTag status={p.status} reason={p.statusReason} />, width: 130 },
          {
            key: 'progress',
            title: t('projects.column.progress'),
            width: 140,
            render: (_, p) => (p.progressPercent === null ? t('app.empty') : <Progress percent={p.progressPercent} size="small" aria-label={`${t('projects.column.progress')} ${p.progressPercent}%`} />),
          },
        ]}
      />
    </Flex>
  );
}

import type { ProjectDetail } from '@parkflow/contracts';
import { PROJECT_TASK_KIND } from '@parkflow/domain';
import { Empty, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useNameLookup } from '../api/reference-data.queries';
import { ROUTES } from '../app/route-paths';
import { useCatalogLabels } from '../i18n/catalog-labels';
import { useProjectLabels } from './project-labels';

type Problem = ProjectDetail['problems'][number];

/** 问题清单: the project's tasks not yet closed, each a link to its work item. */
export function ProjectProblemsList({ project }: { project: ProjectDetail }) {
  const { t } = useTranslation();
  const catalog = useCatalogLabels();
  const labels = useProjectLabels();
  const names = useNameLookup();
  const open = project.problems.filter((p) => p.status !== 'closed');
  const nodeName = (key: string | null) => {
    const node = key === null ? undefined : project.nodes.find((n) => n.key === key);
    return node ? labels.text(node.name) : (key ?? t('app.empty'));
  };
  if (open.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('projects.detail.noProblems')} />;
  return (
    <Table<Problem>
      rowKey="id"
      size="small"
      pagination={false}
      dataSource={open}
      columns={[
        { key: 'code', title: t('projects.column.code'), render: (_, p) => <Link to={ROUTES.detail(p.id)}>{p.code}</Link> },
        { key: 'title', title: t('projects.column.name'), dataIndex: 'title' },
        { key: 'node', title: t('projects.node.name'), render: (_, p) => nodeName(p.nodeKey) },
        { key: 'stage', title: t('projects.node.status'), render: (_, p) => `${t(`stage.${p.stage}`)} · ${catalog.status(PROJECT_TASK_KIND.id, p.status)}` },
        { key: 'handler', title: t('projects.detail.handler'), render: (_, p) => (p.handlerId ? (names.user(p.handlerId) ?? t('app.empty')) : t('app.empty')) },
      ]}
    />
  );
}

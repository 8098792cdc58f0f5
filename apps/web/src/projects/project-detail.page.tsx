import type { ProjectDetail, ProjectNodeView } from '@parkflow/contracts';
import { mayOnProject, PROJECT_TASK_KIND, SYSTEM_ACTOR, type ProjectOperation } from '@parkflow/domain';
import { Card, Descriptions, Empty, Flex, Progress, Result, Spin, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { isApiError } from '../api/api-client';
import { useProjectDetail } from '../api/projects.queries';
import { useNameLookup } from '../api/reference-data.queries';
import { registrableKinds } from '../app/nav-items';
import { useCurrentUser } from '../app/require-auth.guard';
import { ROUTES } from '../app/route-paths';
import '../i18n/projects-messages.loader';
import { useKinds } from '../kinds/kinds.context';
import { useDocumentTitle } from '../shared/document-title.hook';
import { LoadFailedAlert } from '../shared/load-failed.alert';
import { ProjectActions, type ProjectPermissions } from './project-actions.component';
import { ProjectHistoryList } from './project-history.list';
import { useProjectLabels } from './project-labels';
import { ProjectNodesTable } from './project-nodes.table';
import { ProjectProblemsList } from './project-problems.list';
import { ProjectProgressSection } from './project-progress.section';
import { RagTag } from './rag-tag.component';

const wan = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 2 });

/** 项目详情: the project, its nodes (plan, baseline, actual), permits, progress with photos, open problems and history. */
export function ProjectDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const detail = useProjectDetail(id);
  useDocumentTitle(detail.data?.name ?? t('projects.title'));
  if (detail.isPending) return <Spin />;
  if (isApiError(detail.error, 404) || isApiError(detail.error, 403)) {
    return <Result status="404" title={t('projects.notFound')} extra={<Link to={ROUTES.projects}>{t('projects.back')}</Link>} />;
  }
  if (detail.isError) return <LoadFailedAlert error={detail.error} onRetry={() => void detail.refetch()} />;
  return <ProjectView project={detail.data} />;
}

function ProjectView({ project }: { project: ProjectDetail }) {
  const { t } = useTranslation();
  const labels = useProjectLabels();
  const names = useNameLookup();
  const user = useCurrentUser();
  const kinds = useKinds();
  // The domain's rule on this project for this user; an archived project is read-only.
  const actor = { ...SYSTEM_ACTOR, id: user.id, roles: user.roles };
  const may = (operation: ProjectOperation) => !project.archived && mayOnProject(actor, project, operation);
  const permissions: ProjectPermissions = {
    edit: may('edit'),
    freezeBaseline: may('freeze_baseline'),
    archive: may('archive'),
    reportProgress: may('report_progress'),
    completeNode: may('complete_node'),
    raiseProblem: !project.archived && registrableKinds(kinds, user.roles).includes(PROJECT_TASK_KIND.id),
  };
  const person = (userId: string) => names.user(userId) ?? t('app.empty');
  const permits = project.nodes.filter((n) => n.permit);

  return (
    <Flex vertical gap={12}>
      <Link to={ROUTES.projects}>{t('projects.back')}</Link>
      <Flex wrap align="center" gap={8}>
        <Typography.Title level={1} style={{ fontSize: 22, margin: 0 }}>
          {project.name}
        </Typography.Title>
        <Typography.Text type="secondary">{project.code}</Typography.Text>
        <RagTag status={project.status} reason={project.statusReason} />
        {project.archived && <Tag>{t('projects.detail.archived')}</Tag>}
      </Flex>
      <ProjectActions project={project} may={permissions} />
      <Card title={t('projects.detail.overview')} size="small">
        <Descriptions size="small" column={{ xs: 1, md: 2, xl: 3 }}>
          <Descriptions.Item label={t('projects.column.investor')}>{project.investorName}</Descriptions.Item>
          <Descriptions.Item label={t('projects.column.investment')}>{wan.format(project.investmentWan)}</Descriptions.Item>
          <Descriptions.Item label={t('projects.column.type')}>{labels.type(project.type)}</Descriptions.Item>
          <Descriptions.Item label={t('projects.column.phase')}>{labels.phase(project.phase)}</Descriptions.Item>
          <Descriptions.Item label={t('projects.column.chiefOfficer')}>{person(project.chiefOfficerId)}</Descriptions.Item>
          <Descriptions.Item label={t('projects.detail.pushTeam')}>{project.pushTeamIds.map(person).join('、') || t('app.empty')}</Descriptions.Item>
          <Descriptions.Item label={t('projects.detail.departments')}>{project.departmentIds.map((d) => names.department(d) ?? d).join('、') || t('app.empty')}</Descriptions.Item>
          <Descriptions.Item label={t('projects.detail.targets')}>
            {t('projects.field.targetStart')} {project.targets.start} · {t('projects.field.targetCompletion')} {project.targets.completion} · {t('projects.field.targetProduction')} {project.targets.production}
          </Descriptions.Item>
          <Descriptions.Item label={t('projects.column.progress')}>
            {project.progressPercent === null ? t('app.empty') : <Progress percent={project.progressPercent} size="small" style={{ width: 160, margin: 0 }} />}
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <Card title={t('projects.detail.nodes')} size="small">
        <ProjectNodesTable project={project} canComplete={permissions.completeNode} canRaise={permissions.raiseProblem} />
      </Card>
      <Card title={t('projects.detail.permits')} size="small">
        {permits.length === 0 ? <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('projects.detail.noPermits')} /> : <PermitsTable permits={permits} />}
      </Card>
      <Card title={t('projects.detail.progress')} size="small">
        <ProjectProgressSection project={project} />
      </Card>
      <Card title={t('projects.detail.problems')} size="small">
        <ProjectProblemsList project={project} />
      </Card>
      <Card title={t('projects.detail.history')} size="small">
        <ProjectHistoryList project={project} />
      </Card>
    </Flex>
  );
}

/** 手续: the permit nodes with their responsible department, due day and status. */
function PermitsTable({ permits }: { permits: ProjectNodeView[] }) {
  const { t } = useTranslation();
  const labels = useProjectLabels();
  const names = useNameLookup();
  const none = t('app.empty');
  return (
    <Table<ProjectNodeView>
      rowKey="key"
      size="small"
      pagination={false}
      dataSource={permits}
      columns={[
        { key: 'name', title: t('projects.node.name'), render: (_, n) => labels.text(n.name) },
        { key: 'department', title: t('projects.node.department'), render: (_, n) => (n.departmentId ? (names.department(n.departmentId) ?? none) : none) },
        { key: 'due', title: t('projects.node.dueOn'), dataIndex: 'plannedFinish' },
        { key: 'actual', title: t('projects.node.actual'), render: (_, n) => n.actualFinish ?? none },
        { key: 'status', title: t('projects.node.status'), render: (_, n) => <RagTag status={n.status} reason={n.statusReason} /> },
      ]}
    />
  );
}

import type { ProjectDetail, ProjectNodeView } from '@parkflow/contracts';
import { Button, Flex, Table, Tag, Tooltip } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useNameLookup } from '../api/reference-data.queries';
import { NodeCompleteDialog } from './node-complete.dialog';
import { raiseProblemLink } from './raise-problem.link';
import { useProjectLabels } from './project-labels';
import { RagTag } from './rag-tag.component';

const span = (from: string | null, to: string | null, none: string) => (from && to ? `${from} ~ ${to}` : none);

/** The time nodes as the backward schedule placed them: plan, baseline and drift, actual, slack, status. */
export function ProjectNodesTable({ project, canComplete, canRaise }: { project: ProjectDetail; canComplete: boolean; canRaise: boolean }) {
  const { t } = useTranslation();
  const labels = useProjectLabels();
  const names = useNameLookup();
  const [completing, setCompleting] = useState<ProjectNodeView | null>(null);
  const none = t('app.empty');
  return (
    <>
      <Table<ProjectNodeView>
        rowKey="key"
        size="small"
        pagination={false}
        scroll={{ x: 1100 }}
        dataSource={project.nodes}
        columns={[
          {
            key: 'name',
            title: t('projects.node.name'),
            render: (_, n) => (
              <Flex gap={4} wrap>
                <span>{labels.text(n.name)}</span>
                {n.critical && n.actualFinish === null && <Tag color="volcano">{t('projects.detail.critical')}</Tag>}
              </Flex>
            ),
          },
          { key: 'department', title: t('projects.node.department'), render: (_, n) => (n.departmentId ? (names.department(n.departmentId) ?? none) : none) },
          { key: 'plan', title: t('projects.node.plan'), render: (_, n) => span(n.plannedStart, n.plannedFinish, none) },
          { key: 'baseline', title: t('projects.node.baseline'), render: (_, n) => span(n.baselineStart, n.baselineFinish, none) },
          { key: 'drift', title: t('projects.node.drift'), align: 'right', render: (_, n) => (n.drift === null ? none : n.drift > 0 ? `+${n.drift}` : String(n.drift)) },
          {
            key: 'actual',
            title: t('projects.node.actual'),
            render: (_, n) => (n.actualFinish === null ? none : n.evidence ? <Tooltip title={`${t('projects.node.evidence')}：${n.evidence}`}>{n.actualFinish}</Tooltip> : n.actualFinish),
          },
          { key: 'slack', title: t('projects.node.slack'), align: 'right', render: (_, n) => (n.slack === null ? none : String(n.slack)) },
          { key: 'status', title: t('projects.node.status'), render: (_, n) => <RagTag status={n.status} reason={n.statusReason} /> },
          {
            key: 'actions',
            title: '',
            render: (_, n) => (
              <Flex gap={4} wrap>
                {canComplete && n.actualFinish === null && (
                  <Button size="small" onClick={() => setCompleting(n)} aria-label={`${t('projects.node.complete')} ${labels.text(n.name)}`}>
                    {t('projects.node.complete')}
                  </Button>
                )}
                {canRaise && n.actualFinish === null && (
                  <Link to={raiseProblemLink(project.id, n.key)} aria-label={`${t('projects.actions.raiseProblem')} ${labels.text(n.name)}`}>
                    {t('projects.actions.raiseProblem')}
                  </Link>
                )}
              </Flex>
            ),
          },
        ]}
      />
      {completing && <NodeCompleteDialog project={project} node={completing} onClose={() => setCompleting(null)} />}
    </>
  );
}

import type { ProjectDetail } from '@parkflow/contracts';
import { Button, Flex, Popconfirm } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useArchiveProject, useFreezeBaseline } from '../api/projects.queries';
import { ProgressReportDialog } from './progress-report.dialog';
import { ProjectReplanDialog } from './project-replan.dialog';
import { useProjectWriteFeedback } from './project-write-feedback.hook';
import { raiseProblemLink } from './raise-problem.link';

/** What the user may do to a project, each only when the domain's rule lets them (the api checks again). */
export interface ProjectPermissions {
  edit: boolean;
  freezeBaseline: boolean;
  archive: boolean;
  reportProgress: boolean;
  completeNode: boolean;
  raiseProblem: boolean;
}

/** The project page's actions: report progress, raise a problem, re-plan, freeze the baseline, archive. */
export function ProjectActions({ project, may }: { project: ProjectDetail; may: ProjectPermissions }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<'report' | 'replan' | null>(null);
  const baseline = useFreezeBaseline(project.id);
  const archive = useArchiveProject(project.id);
  const feedback = useProjectWriteFeedback(project.id);
  return (
    <Flex gap={8} wrap role="region" aria-label={t('projects.detail.actions')}>
      {may.reportProgress && (
        <Button type="primary" onClick={() => setOpen('report')}>
          {t('projects.actions.report')}
        </Button>
      )}
      {may.raiseProblem && (
        <Link to={raiseProblemLink(project.id)}>
          <Button>{t('projects.actions.raiseProblem')}</Button>
        </Link>
      )}
      {may.edit && <Button onClick={() => setOpen('replan')}>{t('projects.actions.replan')}</Button>}
      {may.freezeBaseline && (
        <Popconfirm
          title={t('projects.actions.baseline')}
          description={t('projects.actions.baselineConfirm')}
          okText={t('projects.actions.submit')}
          cancelText={t('projects.actions.cancel')}
          onConfirm={() => baseline.mutate(project.version, { onSuccess: () => feedback.succeeded(t('projects.actions.baselineDone')), onError: (e) => feedback.failed(e) })}
        >
          <Button loading={baseline.isPending}>{t('projects.actions.baseline')}</Button>
        </Popconfirm>
      )}
      {may.archive && (
        <Popconfirm
          title={t('projects.actions.archive')}
          description={t('projects.actions.archiveConfirm')}
          okText={t('projects.actions.submit')}
          cancelText={t('projects.actions.cancel')}
          okButtonProps={{ danger: true }}
          onConfirm={() => archive.mutate(project.version, { onSuccess: () => feedback.succeeded(t('projects.actions.archived')), onError: (e) => feedback.failed(e) })}
        >
          <Button danger loading={archive.isPending}>
            {t('projects.actions.archive')}
          </Button>
        </Popconfirm>
      )}
      {open === 'report' && <ProgressReportDialog project={project} onClose={() => setOpen(null)} />}
      {open === 'replan' && <ProjectReplanDialog project={project} onClose={() => setOpen(null)} />}
    </Flex>
  );
}

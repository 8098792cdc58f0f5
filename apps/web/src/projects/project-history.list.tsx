import type { ProjectDetail } from '@parkflow/contracts';
import { Empty, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNameLookup } from '../api/reference-data.queries';
import { formatShanghai } from '../shared/shanghai-time.format';
import { useProjectLabels } from './project-labels';

/** 项目记录: every change to the project, newest first, in the api's words. */
export function ProjectHistoryList({ project }: { project: ProjectDetail }) {
  const { t } = useTranslation();
  const labels = useProjectLabels();
  const names = useNameLookup();
  if (project.history.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('projects.detail.noHistory')} />;
  return (
    <Timeline
      items={project.history.map((entry, i) => ({
        key: `${entry.at}-${i}`,
        content: (
          <>
            <Typography.Text type="secondary">
              {formatShanghai(entry.at)} · {entry.actorId ? (names.user(entry.actorId) ?? t('app.empty')) : t('projects.history.system')}
            </Typography.Text>
            <div>{labels.text(entry.summary)}</div>
          </>
        ),
      }))}
    />
  );
}

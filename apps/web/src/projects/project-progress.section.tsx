import type { ProjectDetail } from '@parkflow/contracts';
import { Empty, Flex, Image, List, Progress, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNameLookup } from '../api/reference-data.queries';

/** 形象进度 as reported, newest first, each with its site photos (thumbnails; a click opens the photo). */
export function ProjectProgressSection({ project }: { project: ProjectDetail }) {
  const { t } = useTranslation();
  const names = useNameLookup();
  if (project.progress.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('projects.detail.noProgress')} />;
  return (
    <List
      itemLayout="vertical"
      dataSource={project.progress}
      renderItem={(report) => (
        <List.Item key={report.id} data-testid="progress-report">
          <Flex vertical gap={6}>
            <Flex gap={12} align="center" wrap>
              <Progress percent={report.percent} style={{ width: 200, margin: 0 }} aria-label={`${t('projects.column.progress')} ${report.percent}%`} />
              <Typography.Text type="secondary">{t('projects.detail.reportedBy', { date: report.reportedOn, who: names.user(report.reportedBy) ?? t('app.empty') })}</Typography.Text>
            </Flex>
            <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap' }}>{report.note}</Typography.Paragraph>
            {report.reason && <Typography.Text type="warning">{t('projects.detail.reason', { reason: report.reason })}</Typography.Text>}
            {report.photos.length > 0 && (
              <Image.PreviewGroup>
                <Flex gap={8} wrap role="list" aria-label={t('projects.detail.photos')}>
                  {report.photos.map((photo) => (
                    <span role="listitem" key={photo.id}>
                      <Image src={photo.thumbnailUrl} preview={{ src: photo.url }} alt={photo.fileName} width={96} height={96} style={{ objectFit: 'cover' }} />
                    </span>
                  ))}
                </Flex>
              </Image.PreviewGroup>
            )}
          </Flex>
        </List.Item>
      )}
    />
  );
}

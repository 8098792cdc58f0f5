import { shanghaiDate } from '@parkflow/domain';
import { Button, Card, Empty, Flex, Spin, Statistic, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useProjectList } from '../api/projects.queries';
import { ROUTES } from '../app/route-paths';
import '../i18n/projects-messages.loader';
import { useDocumentTitle } from '../shared/document-title.hook';
import { LoadFailedAlert } from '../shared/load-failed.alert';
import { readFilters, toListQuery } from './battle-map.filters';
import { battleMap, battleMapHeight, RAG_COLORS, type BattleMapText } from './battle-map.options';
import { BattleMapChart } from './battle-map-chart.component';
import { ProjectFilters } from './project-filters.component';
import { startedFigureText } from './project-figures.format';
import { useProjectLabels } from './project-labels';

const SR_ONLY = { position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' } as const;

/** 挂图作战: every key project on one timeline, with the leaders' figure above it. */
export function BattleMapPage() {
  const { t } = useTranslation();
  const labels = useProjectLabels();
  const navigate = useNavigate();
  const [search] = useSearchParams();
  const filters = useMemo(() => readFilters(search), [search]);
  const list = useProjectList(toListQuery(filters));
  useDocumentTitle(t('projects.mapTitle'));
  // The Beijing day, whatever the browser's zone; the statuses themselves come from the api.
  const today = shanghaiDate(new Date());
  const text = useMemo<BattleMapText>(
    () => ({ today: t('projects.map.today'), planned: t('projects.map.planned'), baseline: t('projects.map.baseline'), actual: t('projects.map.actual'), status: t('projects.map.status'), none: t('app.empty'), label: labels.text }),
    [t, labels],
  );
  const map = useMemo(() => (list.data ? battleMap({ projects: list.data.items, filters, today, text }) : null), [list.data, filters, today, text]);
  const figure = list.data ? startedFigureText(t, list.data.figures.startedByJune30) : null;

  return (
    <Flex vertical gap={12}>
      <Flex wrap justify="space-between" align="center" gap={8}>
        <Typography.Title level={1} style={{ fontSize: 22, margin: 0 }}>
          {t('projects.mapTitle')}
        </Typography.Title>
        <Link to={{ pathname: ROUTES.projects, search: search.toString() }}>{t('projects.openList')}</Link>
      </Flex>
      <ProjectFilters />
      {list.isError && <LoadFailedAlert error={list.error} onRetry={() => void list.refetch()} />}
      {figure && (
        <Card size="small" data-testid="figure-started-by">
          <Statistic title={figure.title} value={figure.value} />
        </Card>
      )}
      <Card size="small" styles={{ body: { padding: 8 } }}>
        <Flex wrap gap={16} style={{ fontSize: 12, marginBottom: 4 }} aria-hidden>
          {(['red', 'amber', 'green'] as const).map((rag) => (
            <span key={rag}>
              <span style={{ display: 'inline-block', width: 12, height: 8, background: RAG_COLORS[rag], marginInlineEnd: 4 }} />
              {labels.rag(rag)}
            </span>
          ))}
          <span>{t('projects.legend.baseline')}</span>
          <span>{t('projects.legend.actual')}</span>
          <span>{t('projects.legend.today')}</span>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('projects.legend.scroll')}
          </Typography.Text>
        </Flex>
        {list.isPending && <Spin />}
        {map && map.rows.length === 0 && <Empty description={t('projects.empty')} />}
        {map && map.rows.length > 0 && (
          <>
            <BattleMapChart
              option={map.option}
              height={battleMapHeight(map.rows.length)}
              label={t('projects.map.label')}
              onBarClick={(index) => {
                const bar = map.bars[index];
                if (bar) void navigate(ROUTES.project(bar.projectId));
              }}
            />
            {/* The canvas's rows for screen readers (and a way in to each project without a mouse). */}
            <ul style={SR_ONLY} data-testid="battle-map-rows" aria-label={t('projects.map.label')}>
              {map.rows.map((project) => (
                <li key={project.id}>
                  <Link to={ROUTES.project(project.id)}>
                    {project.name}（{labels.rag(project.status)}）
                  </Link>
                </li>
              ))}
            </ul>
          </>
        )}
      </Card>
      {map && map.rows.length > 0 && (
        <Typography.Text type="secondary">
          {t('projects.total', { count: map.rows.length })}
          {list.isFetching && <Button type="link" size="small" loading />}
        </Typography.Text>
      )}
    </Flex>
  );
}

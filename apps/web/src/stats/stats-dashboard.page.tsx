import type { StatFiguresView } from '@parkflow/contracts';
import { ratePercent, shanghaiDate } from '@parkflow/domain';
import { Card, Col, DatePicker, Empty, Row, Select, Space, Spin, Statistic, Typography } from 'antd';
import dayjs from 'dayjs';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useNameLookup } from '../api/reference-data.queries';
import { ROUTES } from '../app/route-paths';
import { useCatalogLabels } from '../i18n/catalog-labels';
import { useDocumentTitle } from '../shared/document-title.hook';
import { LoadFailedAlert } from '../shared/load-failed.alert';
import { drillDownHref, type QueueDrillDown } from '../work-items/stat-drill-down.state';
import { DrillLink } from './drill-link.component';
import { EChart, type ChartClick } from './echart.component';
import { heatmapDrill, overdueDrill, trendDrill } from './stats-chart.drill';
import { heatmapOption, overdueByDepartmentOption, rateTrendOption, type ChartText } from './stats-chart.options';
import { MonthlyReportCard } from './monthly-report.card';
import { StatsExportButton } from './stats-export-button.component';
import { statsQuery, useStatFigures, useStatHeatmap, type StatsFilter } from './stats.queries';


/** 统计看板: the three rates and their trend, overdue by department, category × department, the monthly report. */
export function StatsDashboardPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('stats.title'));
  const labels = useCatalogLabels();
  const names = useNameLookup();
  const today = shanghaiDate(new Date());
  const [filter, setFilter] = useState<StatsFilter>({ from: `${today.slice(0, 4)}-01-01`, to: today });
  const [month, setMonth] = useState(today.slice(0, 7));
  const total = useStatFigures(filter, 'month');
  const byDepartment = useStatFigures(filter, 'department');
  const heat = useStatHeatmap(filter);
  const text: ChartText = {
    response: t('stats.response'),
    resolution: t('stats.resolution'),
    satisfaction: t('stats.satisfaction'),
    overdue: t('stats.overdue'),
    overdueNow: t('stats.overdueNow'),
    noDepartment: t('stats.noDepartment'),
  };
  const trend = useMemo(() => (total.data ? rateTrendOption(total.data, text) : null), [total.data, t]);
  const overdue = useMemo(() => (byDepartment.data ? overdueByDepartmentOption(byDepartment.data, names.department, text) : null), [byDepartment.data, names, t]);
  const heatmap = useMemo(() => (heat.data && heat.data.cells.length > 0 ? heatmapOption(heat.data, labels.category, names.department, text) : null), [heat.data, labels, names, t]);
  const failed = [total, byDepartment, heat].find((q) => q.isError);
  const navigate = useNavigate();
  // 穿透: a clicked point, bar or cell opens the queue on the items that figure counted.
  const drillTo = (drill: QueueDrillDown | null) => drill && void navigate(drillDownHref(ROUTES.queue, drill, filter.kind));
  const onTrend = (c: ChartClick) => total.data && drillTo(trendDrill(total.data, c.seriesIndex, c.dataIndex));
  const onOverdue = (c: ChartClick) => byDepartment.data && drillTo(overdueDrill(byDepartment.data, c.seriesIndex, c.dataIndex));
  const onHeat = (c: ChartClick) => heat.data && drillTo(heatmapDrill(heat.data, c.dataIndex));
  const span = `${filter.from}至${filter.to}`;
  const exportOf = (path: string, table: string, fallbackName: string, groupBy?: string) => (
    <StatsExportButton path={path} query={{ ...statsQuery(filter), groupBy }} table={table} fallbackName={`${fallbackName}-${span}.xlsx`} />
  );

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Space wrap>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('stats.title')}
        </Typography.Title>
        <DatePicker.RangePicker
          aria-label={t('stats.period')}
          allowClear={false}
          value={[dayjs(filter.from), dayjs(filter.to)]}
          onChange={(range) => range?.[0] && range[1] && setFilter({ ...filter, from: range[0].format('YYYY-MM-DD'), to: range[1].format('YYYY-MM-DD') })}
        />
        <Select
          aria-label={t('stats.kind')}
          style={{ width: 160 }}
          allowClear
          placeholder={t('stats.allKinds')}
          value={filter.kind}
          options={labels.kindOptions()}
          onChange={(kind?: string) => setFilter({ ...filter, kind })}
        />
      </Space>
      {failed && <LoadFailedAlert error={failed.error} onRetry={() => void failed.refetch()} />}
      {total.isPending ? <Spin /> : total.data && <RateCards figures={total.data.total} filter={filter} />}
      <Typography.Text type="secondary">{t('stats.clickToList')}</Typography.Text>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={12}>
          <Card title={t('stats.trend')} extra={exportOf('/stats/figures/xlsx', t('stats.trend'), '统计-按月', 'month')}>{trend && total.data!.rows.length > 0 ? <EChart option={trend} label={t('stats.trend')} onClick={onTrend} /> : <Empty description={t('stats.noData')} />}</Card>
        </Col>
        <Col xs={24} xl={12}>
          <Card title={t('stats.overdueByDepartment')} extra={exportOf('/stats/figures/xlsx', t('stats.overdueByDepartment'), '统计-按部门', 'department')}>{overdue && byDepartment.data!.rows.length > 0 ? <EChart option={overdue} label={t('stats.overdueByDepartment')} onClick={onOverdue} /> : <Empty description={t('stats.noData')} />}</Card>
        </Col>
        <Col span={24}>
          <Card title={t('stats.heatmap')} extra={exportOf('/stats/heatmap/xlsx', t('stats.heatmap'), '类别部门分布')}>{heatmap ? <EChart option={heatmap} height={380} label={t('stats.heatmap')} onClick={onHeat} /> : <Empty description={t('stats.noData')} />}</Card>
        </Col>
      </Row>
      <MonthlyReportCard month={month} onMonth={setMonth} kind={filter.kind ?? 'petition'} />
    </Space>
  );
}

function RateCards({ figures, filter }: { figures: StatFiguresView; filter: StatsFilter }) {
  const { t } = useTranslation();
  const period = { from: filter.from, to: filter.to };
  const link = (fact: QueueDrillDown['fact'], n: number, testId?: string) => (
    <DrillLink drill={{ fact, ...period }} kind={filter.kind} testId={testId}>
      {n}
    </DrillLink>
  );
  // Each rate links its numerator and its denominator; the items that missed it are the difference.
  const rate = (title: string, r: { rate: number | null; numerator: number; denominator: number }, testId: string, numerator: QueueDrillDown['fact'], denominator: QueueDrillDown['fact']) => (
    <Col xs={12} md={6}>
      <Card data-testid={testId}>
        <Statistic title={title} value={ratePercent(r.rate) ?? t('stats.noData')} suffix={r.rate === null ? undefined : '%'} />
        <Typography.Text type="secondary">
          {link(numerator, r.numerator, `${testId}-numerator`)} / {link(denominator, r.denominator, `${testId}-denominator`)}
        </Typography.Text>
      </Card>
    </Col>
  );
  return (
    <Row gutter={[16, 16]}>
      {rate(t('stats.response'), figures.response, 'stat-response', 'responded_on_time', 'assigned')}
      {rate(t('stats.resolution'), figures.resolution, 'stat-resolution', 'resolved_on_time', 'due')}
      {rate(t('stats.satisfaction'), figures.satisfaction, 'stat-satisfaction', 'satisfied', 'rated')}
      <Col xs={12} md={6}>
        <Card data-testid="stat-overdue-now">
          <Statistic title={t('stats.overdueNow')} value={figures.overdueNow ?? 0} />
          <DrillLink drill={{ fact: 'overdue_now', ...period }} kind={filter.kind}>
            {t('stats.showItems')}
          </DrillLink>
        </Card>
      </Col>
      <Col xs={12} md={6}>
        <Card data-testid="stat-repeated">
          <Statistic title={t('stats.repeated')} value={figures.repeated} />
          <Typography.Text type="secondary">
            {t('stats.repeatRate')} {figures.repeatRate === null ? t('stats.noData') : `${ratePercent(figures.repeatRate)}%`} ({link('repeated', figures.repeated)} / {link('registered', figures.registered)})
          </Typography.Text>
        </Card>
      </Col>
    </Row>
  );
}

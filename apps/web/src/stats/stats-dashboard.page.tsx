import type { StatFiguresView } from '@parkflow/contracts';
import { ratePercent, shanghaiDate } from '@parkflow/domain';
import { Card, Col, DatePicker, Empty, Row, Select, Space, Spin, Statistic, Table, Typography } from 'antd';
import dayjs from 'dayjs';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useNameLookup } from '../api/reference-data.queries';
import { ROUTES } from '../app/route-paths';
import { useCatalogLabels } from '../i18n/catalog-labels';
import { useDocumentTitle } from '../shared/document-title.hook';
import { LoadFailedAlert } from '../shared/load-failed.alert';
import { EChart } from './echart.component';
import { heatmapOption, overdueByDepartmentOption, rateTrendOption, type ChartText } from './stats-chart.options';
import { StatsExportButton } from './stats-export-button.component';
import { statsQuery, useMonthlyReport, useStatFigures, useStatHeatmap, type StatsFilter } from './stats.queries';


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
      {total.isPending ? <Spin /> : total.data && <RateCards figures={total.data.total} kind={filter.kind} />}
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={12}>
          <Card title={t('stats.trend')} extra={exportOf('/stats/figures/xlsx', t('stats.trend'), '统计-按月', 'month')}>{trend && total.data!.rows.length > 0 ? <EChart option={trend} label={t('stats.trend')} /> : <Empty description={t('stats.noData')} />}</Card>
        </Col>
        <Col xs={24} xl={12}>
          <Card title={t('stats.overdueByDepartment')} extra={exportOf('/stats/figures/xlsx', t('stats.overdueByDepartment'), '统计-按部门', 'department')}>{overdue && byDepartment.data!.rows.length > 0 ? <EChart option={overdue} label={t('stats.overdueByDepartment')} /> : <Empty description={t('stats.noData')} />}</Card>
        </Col>
        <Col span={24}>
          <Card title={t('stats.heatmap')} extra={exportOf('/stats/heatmap/xlsx', t('stats.heatmap'), '类别部门分布')}>{heatmap ? <EChart option={heatmap} height={380} label={t('stats.heatmap')} /> : <Empty description={t('stats.noData')} />}</Card>
        </Col>
      </Row>
      <MonthlyReportCard month={month} onMonth={setMonth} kind={filter.kind ?? 'petition'} />
    </Space>
  );
}

function RateCards({ figures, kind }: { figures: StatFiguresView; kind?: string }) {
  const { t } = useTranslation();
  const rate = (title: string, r: { rate: number | null; numerator: number; denominator: number }, testId: string) => (
    <Col xs={12} md={6}>
      <Card data-testid={testId}>
        <Statistic title={title} value={ratePercent(r.rate) ?? t('stats.noData')} suffix={r.rate === null ? undefined : '%'} />
        <Typography.Text type="secondary">{t('stats.ofCount', { numerator: r.numerator, denominator: r.denominator })}</Typography.Text>
      </Card>
    </Col>
  );
  const overdueLink = `${ROUTES.queue}?view=all&sla=overdue${kind ? `&kind=${encodeURIComponent(kind)}` : ''}`;
  return (
    <Row gutter={[16, 16]}>
      {rate(t('stats.response'), figures.response, 'stat-response')}
      {rate(t('stats.resolution'), figures.resolution, 'stat-resolution')}
      {rate(t('stats.satisfaction'), figures.satisfaction, 'stat-satisfaction')}
      <Col xs={12} md={6}>
        <Card data-testid="stat-overdue-now">
          <Statistic title={t('stats.overdueNow')} value={figures.overdueNow ?? 0} />
          <Link to={overdueLink}>{t('stats.showItems')}</Link>
        </Card>
      </Col>
      <Col xs={12} md={6}>
        <Card data-testid="stat-repeated">
          <Statistic title={t('stats.repeated')} value={figures.repeated} />
          <Typography.Text type="secondary">
            {t('stats.repeatRate')} {figures.repeatRate === null ? t('stats.noData') : `${ratePercent(figures.repeatRate)}%`} ({t('stats.ofCount', { numerator: figures.repeated, denominator: figures.registered })})
          </Typography.Text>
        </Card>
      </Col>
    </Row>
  );
}

function MonthlyReportCard({ month, onMonth, kind }: { month: string; onMonth: (m: string) => void; kind: string }) {
  const { t } = useTranslation();
  const labels = useCatalogLabels();
  const names = useNameLookup();
  const report = useMonthlyReport(month, kind);
  const columns = (keyTitle: string, name: (key: string | null) => string) => [
    { title: keyTitle, dataIndex: 'key', render: (key: string | null) => name(key) },
    { title: t('stats.monthCol'), dataIndex: 'month' },
    { title: t('stats.monthLastYear'), dataIndex: 'monthLastYear' },
    { title: t('stats.yearToDate'), dataIndex: 'yearToDate' },
    { title: t('stats.yearToDateLastYear'), dataIndex: 'yearToDateLastYear' },
  ];
  const department = (key: string | null) => (key === null ? t('stats.noDepartment') : (names.department(key) ?? key));
  return (
    <Card title={`${t('stats.monthly')} · ${labels.kind(kind)}`} extra={
        <Space>
          <DatePicker picker="month" allowClear={false} value={dayjs(`${month}-01`)} onChange={(d) => d && onMonth(d.format('YYYY-MM'))} aria-label={t('stats.month')} />
          <StatsExportButton path="/stats/monthly/xlsx" query={{ month, kind }} table={t('stats.monthly')} fallbackName={`信访月报-${month}.xlsx`} failedMessage={t('stats.exportFailed')}>
            {t('stats.exportMonthly')}
          </StatsExportButton>
        </Space>
      }
    >
      {report.isError && <LoadFailedAlert error={report.error} onRetry={() => void report.refetch()} />}
      {report.data && (
        <Space direction="vertical" style={{ width: '100%' }}>
          <Typography.Text>
            {t('stats.monthlySummary', {
              registered: report.data.figures.month.registered,
              lastYear: report.data.figures.monthLastYear.registered,
              ytd: report.data.figures.yearToDate.registered,
              overdue: report.data.overdueItemsTotal,
            })}
          </Typography.Text>
          <Row gutter={[16, 16]}>
            <Col xs={24} lg={12}>
              <Table size="small" rowKey={(r) => String(r.key)} pagination={false} dataSource={report.data.byChannel} columns={columns(t('stats.channel'), (k) => (k ? labels.channel(k) : '—'))} />
            </Col>
            <Col xs={24} lg={12}>
              <Table size="small" rowKey={(r) => String(r.key)} pagination={false} dataSource={report.data.byCategory} columns={columns(t('stats.category'), (k) => (k ? labels.category(k) : '—'))} />
            </Col>
          </Row>
          <Table size="small" rowKey={(r) => String(r.key)} pagination={false} dataSource={report.data.byDepartment} columns={columns(t('stats.department'), department)} />
          <Table
            size="small"
            rowKey="id"
            pagination={{ pageSize: 10 }}
            dataSource={report.data.overdueItems}
            columns={[
              { title: t('queue.code'), dataIndex: 'code', render: (code: string, r: { id: string }) => <Link to={ROUTES.detail(r.id)}>{code}</Link> },
              { title: t('queue.itemTitle'), dataIndex: 'title' },
              { title: t('queue.department'), dataIndex: 'departmentId', render: department },
              { title: t('stats.overdueOn'), dataIndex: 'overdueOn', render: (d: string | null) => d ?? '—' },
            ]}
          />
        </Space>
      )}
    </Card>
  );
}

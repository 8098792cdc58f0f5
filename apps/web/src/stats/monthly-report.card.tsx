import { Card, Col, DatePicker, Row, Space, Table, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useNameLookup } from '../api/reference-data.queries';
import { ROUTES } from '../app/route-paths';
import { useCatalogLabels } from '../i18n/catalog-labels';
import { LoadFailedAlert } from '../shared/load-failed.alert';
import { rowDimension } from '../work-items/stat-drill-down.state';
import { StatsExportButton } from './stats-export-button.component';
import { DrillLink } from './drill-link.component';
import { useMonthlyReport } from './stats.queries';

/** 信访月报: counts by channel, category and department for the month, the year so far and both a year before; each count opens its items. */
export function MonthlyReportCard({ month, onMonth, kind }: { month: string; onMonth: (m: string) => void; kind: string }) {
  const { t } = useTranslation();
  const labels = useCatalogLabels();
  const names = useNameLookup();
  const report = useMonthlyReport(month, kind);
  type Dimension = 'channel' | 'category' | 'departmentId';
  type Column = 'month' | 'monthLastYear' | 'yearToDate' | 'yearToDateLastYear';
  // A count opens the items registered in its period for its row (穿透).
  const count = (dimension: Dimension, column: Column) => (n: number, row: { key: string | null }) => {
    const period = report.data!.periods[column];
    const value = dimension === 'departmentId' ? rowDimension(row.key) : row.key;
    if (n === 0 || value === null) return n;
    return (
      <DrillLink drill={{ fact: 'registered', from: period.from, to: period.to, [dimension]: value }} kind={kind}>
        {n}
      </DrillLink>
    );
  };
  const columns = (keyTitle: string, name: (key: string | null) => string, dimension: Dimension) => [
    { title: keyTitle, dataIndex: 'key', render: (key: string | null) => name(key) },
    { title: t('stats.monthCol'), dataIndex: 'month', render: count(dimension, 'month') },
    { title: t('stats.monthLastYear'), dataIndex: 'monthLastYear', render: count(dimension, 'monthLastYear') },
    { title: t('stats.yearToDate'), dataIndex: 'yearToDate', render: count(dimension, 'yearToDate') },
    { title: t('stats.yearToDateLastYear'), dataIndex: 'yearToDateLastYear', render: count(dimension, 'yearToDateLastYear') },
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
              <Table size="small" rowKey={(r) => String(r.key)} pagination={false} dataSource={report.data.byChannel} columns={columns(t('stats.channel'), (k) => (k ? labels.channel(k) : '—'), 'channel')} />
            </Col>
            <Col xs={24} lg={12}>
              <Table size="small" rowKey={(r) => String(r.key)} pagination={false} dataSource={report.data.byCategory} columns={columns(t('stats.category'), (k) => (k ? labels.category(k) : '—'), 'category')} />
            </Col>
          </Row>
          <Table size="small" rowKey={(r) => String(r.key)} pagination={false} dataSource={report.data.byDepartment} columns={columns(t('stats.department'), department, 'departmentId')} />
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

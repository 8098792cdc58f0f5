import { ImportOutlined, LeftOutlined, RightOutlined } from '@ant-design/icons';
import type { CalendarYear } from '@parkflow/contracts';
import { Alert, App, Button, Col, Flex, Input, Modal, Row, Skeleton, Space, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { isApiError } from '../api/api-client';
import { useCalendarYear, useChangeCalendarDay } from '../api/calendar.queries';
import { useDocumentTitle } from '../shared/document-title.hook';
import { ArrangementImportDialog } from './arrangement-import.dialog';
import { ArrangementList } from './arrangement-list.component';
import { dayLabel, MonthGrid } from './month-grid.component';
import { choicesFor, dayChange, shanghaiYear, type DayChoice } from './year-grid.model';

type Day = CalendarYear['days'][number];
const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);
const CHOICE_LABELS = { holiday: 'calendarAdmin.markHoliday', workday: 'calendarAdmin.markWorkday', reset: 'calendarAdmin.reset' } as const;

/** 工作日历: a year at a glance; click a day to make it a holiday, a make-up working day, or reset it. */
export function CalendarAdminPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [searchParams, setSearchParams] = useSearchParams();
  const rawYear = Number(searchParams.get('year'));
  const year = Number.isInteger(rawYear) && rawYear >= 2000 && rawYear <= 2100 ? rawYear : shanghaiYear(new Date());
  const calendar = useCalendarYear(year);
  const change = useChangeCalendarDay();
  const [picked, setPicked] = useState<Day | null>(null);
  const [name, setName] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  const [importing, setImporting] = useState(false);
  useDocumentTitle(t('calendarAdmin.title'));

  const days = useMemo(() => new Map((calendar.data?.days ?? []).map((day) => [day.date, day])), [calendar.data]);
  const goTo = (next: number) => setSearchParams(new URLSearchParams({ year: String(next) }));
  const pick = (day: Day) => {
    setPicked(day);
    setName(day.source === 'override' ? (day.name ?? '') : '');
    setFailure(null);
  };
  const apply = (choice: DayChoice) => {
    if (!picked) return;
    change.mutate(
      { date: picked.date, change: dayChange(choice, name) },
      {
        onSuccess: () => {
          void message.success(t('calendarAdmin.saved', { date: picked.date }));
          setPicked(null);
        },
        onError: (error) => setFailure(isApiError(error, 403) ? t('calendarAdmin.adminOnly') : error.message),
      },
    );
  };

  return (
    <Flex vertical gap={12}>
      <Flex wrap align="center" justify="space-between" gap={8}>
        <Typography.Title level={1} style={{ fontSize: 22, margin: 0 }}>
          {t('calendarAdmin.title')} · {year}
        </Typography.Title>
        <Space>
          <Button icon={<LeftOutlined aria-hidden />} onClick={() => goTo(year - 1)} aria-label={t('calendarAdmin.previousYear')} />
          <Typography.Text strong aria-live="polite">{year}</Typography.Text>
          <Button icon={<RightOutlined aria-hidden />} onClick={() => goTo(year + 1)} aria-label={t('calendarAdmin.nextYear')} />
          <Button type="primary" icon={<ImportOutlined aria-hidden />} onClick={() => setImporting(true)}>
            {t('arrangementImport.open')}
          </Button>
        </Space>
      </Flex>
      {calendar.data?.provisional && (
        <Alert type="warning" showIcon role="alert" title={t('calendarAdmin.provisional', { year })} description={t('calendarAdmin.provisionalHint')} />
      )}
      {calendar.data && !calendar.data.covered && !calendar.data.provisional && (
        <Alert type="warning" showIcon role="alert" title={t('calendarAdmin.uncovered', { year })} description={t('calendarAdmin.uncoveredHint')} />
      )}
      {calendar.isError && <Alert type="error" showIcon title={t('app.loadFailed')} description={calendar.error.message} />}
      <ArrangementList />
      <ArrangementImportDialog open={importing} onClose={() => setImporting(false)} onSaved={goTo} />
      <Flex wrap gap={8} aria-label={t('calendarAdmin.legend')} role="group">
        <Tag>{t('calendarAdmin.working')}</Tag>
        <Tag color="red">{t('calendarAdmin.rest')}</Tag>
        <Tag color="blue" variant="outlined">{t('calendarAdmin.override')}</Tag>
        {calendar.data?.provisional && (
          <Tag color="orange" variant="outlined" style={{ borderStyle: 'dashed' }}>
            {t('calendarAdmin.statutory')}
          </Tag>
        )}
      </Flex>
      {calendar.isPending ? (
        <Skeleton active paragraph={{ rows: 10 }} />
      ) : (
        <Row gutter={[12, 12]}>
          {MONTHS.map((month) => (
            <Col key={month} xs={24} sm={12} lg={8} xl={6}>
              <MonthGrid year={year} month={month} days={days} selected={picked?.date ?? null} onPick={pick} />
            </Col>
          ))}
        </Row>
      )}
      <Modal open={picked !== null} title={picked ? t('calendarAdmin.edit', { date: picked.date }) : undefined} onCancel={() => setPicked(null)} footer={null} destroyOnHidden>
        {picked && (
          <Flex vertical gap={12}>
            <Typography.Text>{dayLabel(t, picked)}</Typography.Text>
            {failure && <Alert type="error" showIcon role="alert" title={failure} />}
            <label htmlFor="calendar-day-name">{t('calendarAdmin.name')}</label>
            <Input id="calendar-day-name" value={name} maxLength={50} onChange={(event) => setName(event.target.value)} />
            <Flex wrap gap={8}>
              {choicesFor(picked).map((choice) => (
                <Button key={choice} type={choice === 'reset' ? 'default' : 'primary'} loading={change.isPending} onClick={() => apply(choice)}>
                  {t(CHOICE_LABELS[choice])}
                </Button>
              ))}
            </Flex>
          </Flex>
        )}
      </Modal>
    </Flex>
  );
}

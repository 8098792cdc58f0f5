import { Alert, Card, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useArrangements } from '../api/calendar-arrangement.queries';
import { formatShanghai } from '../shared/shanghai-time.format';

/** 已导入的年份: which years run on a loaded official arrangement (the rest are provisional). */
export function ArrangementList() {
  const { t } = useTranslation();
  const list = useArrangements();
  if (list.isError) return <Alert type="error" showIcon title={t('app.loadFailed')} description={list.error.message} />;
  const items = list.data?.items ?? [];
  return (
    <Card size="small" title={t('arrangementImport.loadedTitle')} loading={list.isPending}>
      {items.length === 0 ? (
        <Typography.Text type="secondary">{t('arrangementImport.loadedNone')}</Typography.Text>
      ) : (
        <ul style={{ margin: 0, paddingInlineStart: 20 }} aria-label={t('arrangementImport.loadedTitle')}>
          {items.map((item) => (
            <li key={item.year}>
              {t('arrangementImport.loadedLine', {
                year: item.year,
                format: t(`arrangementImport.formats.${item.format}`),
                holidays: item.holidays,
                workdays: item.workdays,
                at: formatShanghai(item.loadedAt) ?? '',
              })}
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}

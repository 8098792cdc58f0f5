import { DownloadOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { fetchAttachment, saveBlob } from '../work-items/notices/notice-download';

export interface StatsExportButtonProps {
  /** The report's .xlsx under /api: /stats/figures/xlsx, /stats/heatmap/xlsx, /stats/monthly/xlsx. */
  path: string;
  /** The query the table on screen was read with, so the file holds exactly what is shown. */
  query: Readonly<Record<string, string | undefined>>;
  /** The name to save under when the response names none. */
  fallbackName: string;
  /** What is exported (the card's title): the button's accessible name, beside a short 导出. */
  table: string;
  /** The button's text, when it is more than 导出 (导出月报). */
  children?: ReactNode;
  failedMessage?: string;
}

/**
 * 导出: downloads a dashboard table as .xlsx with the dashboard's current period and filters.
 * Fetched, not linked (fetchAttachment): the session rides on the cookie, and a refusal is the
 * API's message rather than a browser page of JSON.
 */
export function StatsExportButton({ path, query, fallbackName, table, children, failedMessage }: StatsExportButtonProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [exporting, setExporting] = useState(false);
  const download = async () => {
    setExporting(true);
    try {
      const params = new URLSearchParams(Object.entries(query).filter((entry): entry is [string, string] => entry[1] !== undefined && entry[1] !== ''));
      const { blob, filename } = await fetchAttachment(`${path}?${params.toString()}`, fallbackName);
      saveBlob(blob, filename);
    } catch {
      void message.error(failedMessage ?? t('stats.exportTableFailed', { table }));
    } finally {
      setExporting(false);
    }
  };
  return (
    <Button size={children ? 'middle' : 'small'} icon={<DownloadOutlined aria-hidden />} loading={exporting} aria-label={children ? undefined : t('stats.exportTable', { table })} onClick={() => void download()}>
      {children ?? t('stats.export')}
    </Button>
  );
}

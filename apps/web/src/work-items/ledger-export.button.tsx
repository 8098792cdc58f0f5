import { DownloadOutlined, FileExcelOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Progress, Typography } from 'antd';
import { useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../api/api-client';
import { useReportExport, useStartExport } from '../api/report-exports.queries';
import { exportPercent, toLedgerFilters } from './ledger-export.model';
import { fetchAttachment, saveBlob } from './notices/notice-download';
import type { QueueQueryState } from './queue-query.state';

/** Why an export was refused or failed, in the UI language; the server's message when the reason is not one of ours. */
function failureText(t: TFunction, error: unknown): string {
  if (isApiError(error)) {
    const reason = error.body?.reason;
    if (reason === 'ledger_too_large' || reason === 'exports_under_way' || reason === 'export_expired') return t(`ledger.refused.${reason}`, error.body?.params ?? {});
    return error.message;
  }
  return String(error);
}

/**
 * 导出台账: the queue on screen — its view, filters and sort, every page — as an .xlsx the worker
 * writes. Shows the job's progress (polled), then a download; the file is kept for a day.
 */
export function LedgerExportButton({ query }: { query: QueueQueryState }) {
  const { t } = useTranslation();
  const start = useStartExport();
  const [exportId, setExportId] = useState<string | null>(null);
  const status = useReportExport(exportId);
  const [failure, setFailure] = useState<string | null>(null);
  const [downloading, setDownloading] = useState(false);
  const current = status.data ?? start.data;
  const running = start.isPending || (exportId !== null && (!current || current.status === 'queued' || current.status === 'running'));

  const begin = () => {
    setFailure(null);
    start.mutate(
      { ledger: 'work_items', filters: toLedgerFilters(query) },
      { onSuccess: (e) => setExportId(e.id), onError: (error) => setFailure(failureText(t, error)) },
    );
  };
  const download = async () => {
    if (!current) return;
    setDownloading(true);
    setFailure(null);
    try {
      const { blob, filename } = await fetchAttachment(`/exports/${encodeURIComponent(current.id)}/file`, current.fileName);
      saveBlob(blob, filename);
    } catch (error) {
      setFailure(failureText(t, error));
    } finally {
      setDownloading(false);
    }
  };

  return (
    <Flex vertical gap={4} align="end">
      <Flex gap={8} align="center" wrap>
        {current && running && (
          <Flex gap={8} align="center" aria-live="polite">
            <Progress percent={exportPercent(current)} size="small" style={{ width: 120, margin: 0 }} />
            <Typography.Text type="secondary">{current.rowsTotal === null ? t('ledger.preparing') : t('ledger.progress', { written: current.rowsWritten, total: current.rowsTotal })}</Typography.Text>
          </Flex>
        )}
        {current?.status === 'done' && exportId !== null && (
          <Button type="link" icon={<DownloadOutlined aria-hidden />} loading={downloading} onClick={() => void download()}>
            {t('ledger.download', { rows: current.rowsWritten })}
          </Button>
        )}
        <Button icon={<FileExcelOutlined aria-hidden />} loading={running} onClick={begin}>
          {t('ledger.export')}
        </Button>
      </Flex>
      {current?.status === 'failed' && <Alert type="error" showIcon role="alert" title={t('ledger.failed')} />}
      {failure && <Alert type="error" showIcon role="alert" title={failure} closable onClose={() => setFailure(null)} />}
    </Flex>
  );
}

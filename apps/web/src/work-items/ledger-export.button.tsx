import CloseOutlined from '@ant-design/icons-svg/es/asn/CloseOutlined';
import DownloadOutlined from '@ant-design/icons-svg/es/asn/DownloadOutlined';
import FileExcelOutlined from '@ant-design/icons-svg/es/asn/FileExcelOutlined';
import { useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../api/api-client';
import { useReportExport, useStartExport } from '../api/report-exports.queries';
import { LightAlert } from '../shared/light/light-alert.component';
import { LightButton } from '../shared/light/light-button.component';
import { SvgIcon } from '../shared/light/svg-icon.component';
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
 * Plain HTML (it sits on the queue, which ships without antd).
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

  const percent = current ? exportPercent(current) : 0;
  return (
    <div className="pf-col" style={{ gap: 4, alignItems: 'flex-end' }}>
      <div className="pf-row">
        {current && running && (
          <div className="pf-row" aria-live="polite">
            <div className="pf-progress" role="progressbar" aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent} aria-label={t('ledger.export')}>
              <span style={{ width: `${percent}%` }} />
            </div>
            <span className="pf-secondary">{current.rowsTotal === null ? t('ledger.preparing') : t('ledger.progress', { written: current.rowsWritten, total: current.rowsTotal })}</span>
          </div>
        )}
        {current?.status === 'done' && exportId !== null && (
          <LightButton variant="link" icon={<SvgIcon icon={DownloadOutlined} />} loading={downloading} onClick={() => void download()}>
            {t('ledger.download', { rows: current.rowsWritten })}
          </LightButton>
        )}
        <LightButton icon={<SvgIcon icon={FileExcelOutlined} />} loading={running} onClick={begin}>
          {t('ledger.export')}
        </LightButton>
      </div>
      {current?.status === 'failed' && <LightAlert type="error" title={t('ledger.failed')} />}
      {failure && (
        <LightAlert
          type="error"
          title={failure}
          action={
            <button type="button" className="pf-tag-close" onClick={() => setFailure(null)} aria-label={t('app.close')}>
              <SvgIcon icon={CloseOutlined} />
            </button>
          }
        />
      )}
    </div>
  );
}

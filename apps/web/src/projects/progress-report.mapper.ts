import type { ProgressReportView } from '@parkflow/contracts';
import { checkProgressReport, DEFAULT_PHOTO_LIMITS, PHOTO_TYPES, type Label } from '@parkflow/domain';

/*
 * 上报形象进度: the form's values checked by the domain's checkProgressReport before they go (a
 * fall needs a reason, a whole 0–100 percent, not dated before the last report), then sent as
 * multipart to POST /api/projects/:id/progress. The photo checks here only spare a doomed upload:
 * the api checks each file by its content and size, and refuses what slips through.
 */

// The domain's limits (photo-upload.check.ts); a park that raises PARKFLOW_PHOTO_MAX_BYTES gets the api's word for larger files.
export const PHOTO_CONTENT_TYPES: readonly string[] = Object.values(PHOTO_TYPES).map((t) => t.contentType);
export const MAX_PHOTO_BYTES = DEFAULT_PHOTO_LIMITS.maxBytes;
export const MAX_PHOTOS = DEFAULT_PHOTO_LIMITS.maxCount;

export interface ProgressFormValues {
  percent?: number | null;
  note?: string;
  reason?: string;
  /** 'YYYY-MM-DD'; blank = today (the api's default). */
  reportedOn?: string;
}

/** The last accepted report, to which a new one compares: the detail lists them newest first. */
export function lastReportOf(progress: readonly ProgressReportView[]): { date: string; percent: number } | null {
  const last = progress[0];
  return last ? { date: last.reportedOn, percent: last.percent } : null;
}

/** What the domain says is wrong, each beside its field. */
export function progressProblems(values: ProgressFormValues, last: { date: string; percent: number } | null, today: string): { name: keyof ProgressFormValues; message: Label }[] {
  const date = values.reportedOn?.trim() ? values.reportedOn.trim() : today;
  const problems = checkProgressReport({ date, percent: values.percent ?? Number.NaN, reason: values.reason ?? null }, last);
  return problems.map((problem) => {
    switch (problem.code) {
      case 'invalid_percent':
        return { name: 'percent', message: problem.message };
      case 'reason_required':
        return { name: 'reason', message: problem.message };
      case 'invalid_date':
      case 'before_last_report':
        return { name: 'reportedOn', message: problem.message };
    }
  });
}

export type PhotoProblem = 'badType' | 'tooLarge';

/** A chosen file that cannot be a progress photo (by the type the browser gives it, and its size). */
export function photoProblem(file: { type: string; size: number }): PhotoProblem | null {
  if (!PHOTO_CONTENT_TYPES.includes(file.type)) return 'badType';
  if (file.size > MAX_PHOTO_BYTES) return 'tooLarge';
  return null;
}

/** The multipart body: percent, note, reason only when given, reportedOn only when chosen, and each photo as `photos`. */
export function toProgressFormData(values: ProgressFormValues, photos: readonly Blob[], fileNames: readonly string[] = []): FormData {
  const form = new FormData();
  form.set('percent', String(values.percent ?? ''));
  form.set('note', (values.note ?? '').trim());
  const reason = values.reason?.trim();
  if (reason) form.set('reason', reason);
  const reportedOn = values.reportedOn?.trim();
  if (reportedOn) form.set('reportedOn', reportedOn);
  photos.forEach((photo, i) => form.append('photos', photo, fileNames[i] ?? (photo instanceof File ? photo.name : `photo-${i + 1}`)));
  return form;
}

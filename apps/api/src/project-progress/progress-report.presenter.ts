import type { ProgressReportView } from '@parkflow/contracts';
import type { ProjectPhotoEntity, ProjectProgressReportEntity } from '@parkflow/db';

export const photoUrl = (projectId: string, photoId: string) => `/api/projects/${projectId}/photos/${photoId}`;

/** A report with its photos (in the order uploaded) as the project page shows it. */
export function presentProgressReport(report: ProjectProgressReportEntity, photos: readonly ProjectPhotoEntity[]): ProgressReportView {
  return {
    id: report.id,
    reportedOn: report.reportedOn,
    percent: report.percent,
    note: report.note,
    reason: report.reason,
    reportedBy: report.reportedById,
    photos: [...photos]
      .sort((a, b) => a.position - b.position)
      .map((p) => ({ id: p.id, fileName: p.fileName, url: photoUrl(report.projectId, p.id), thumbnailUrl: `${photoUrl(report.projectId, p.id)}/thumbnail`, bytes: p.bytes, contentType: p.contentType })),
  };
}

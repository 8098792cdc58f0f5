import type { ProgressReportView } from '@parkflow/contracts';
import { ProjectPhotoEntity, ProjectProgressReportEntity } from '@parkflow/db';
import { In, type EntityManager } from 'typeorm';
import { presentProgressReport } from './progress-report.presenter.js';

/** A project's reports, newest first (by day, then by when they were written), with their photos. */
export async function progressReportsOf(manager: EntityManager, projectId: string): Promise<ProgressReportView[]> {
  const reports = await manager.getRepository(ProjectProgressReportEntity).find({ where: { projectId }, order: { reportedOn: 'DESC', createdAt: 'DESC' } });
  if (reports.length === 0) return [];
  const photos = await manager.getRepository(ProjectPhotoEntity).findBy({ reportId: In(reports.map((r) => r.id)) });
  return reports.map((r) => presentProgressReport(r, photos.filter((p) => p.reportId === r.id)));
}

/** The latest report's percent of each project (形象进度 on the list and the battle map). */
export async function latestPercents(manager: EntityManager, projectIds: readonly string[]): Promise<Map<string, number>> {
  if (projectIds.length === 0) return new Map();
  const rows: { project_id: string; percent: number }[] = await manager.query(
    `SELECT DISTINCT ON (project_id) project_id, percent FROM project_progress_reports WHERE project_id = ANY($1::uuid[]) ORDER BY project_id, reported_on DESC, created_at DESC`,
    [projectIds],
  );
  return new Map(rows.map((r) => [r.project_id, r.percent]));
}

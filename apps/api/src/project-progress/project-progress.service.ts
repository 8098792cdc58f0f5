import { randomUUID } from 'node:crypto';
import { ForbiddenException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import type { ProgressReportView } from '@parkflow/contracts';
import { appendProjectHistory, ProjectEntity, ProjectPhotoEntity, ProjectProgressReportEntity } from '@parkflow/db';
import { checkProgressReport, mayOnProject, photoCountProblem, photoProblem, PHOTO_TYPES, shanghaiDate, type PhotoProblem } from '@parkflow/domain';
import { DataSource } from 'typeorm';
import type { CurrentUserContext } from '../auth/current-user.js';
import { DATA_SOURCE } from '../database/database.module.js';
import { InvalidInputException } from '../http/zod-validation.pipe.js';
import { archivedError } from '../projects/project-plan.errors.js';
import { preparePhoto, type PreparedPhoto } from '../storage/photo-image.js';
import type { PhotoStorage } from '../storage/photo-storage.js';
import type { PhotoStorageConfig } from '../storage/photo-storage.config.js';
import { PHOTO_CONFIG, PHOTO_STORAGE } from './photo-storage.provider.js';
import { presentProgressReport } from './progress-report.presenter.js';
import { parseProgressFields } from './progress-request.parse.js';

/** An uploaded part as multer gives it (in memory: a photo is at most PARKFLOW_PHOTO_MAX_BYTES). */
export interface UploadedPhoto {
  originalname: string;
  buffer: Buffer;
}

const photoRefusal = (p: PhotoProblem) => new InvalidInputException(p.message.en, { photos: p.message.en }, { reason: `photo_${p.code}`, params: p.params });

/**
 * 形象进度: a progress report with its photos. Everything is checked before anything is kept (the
 * percentage and its reason by the domain, each photo by its bytes and by decoding it); the photos
 * are stored, then the report, its photo rows and the history row are written in one transaction
 * under the project's lock (so two reports cannot both pass the "not below the last" check); if
 * that fails, the stored photos are removed again. A crash between the two leaves unreferenced
 * files in the storage, never a report without its photos.
 */
@Injectable()
export class ProjectProgressService {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(PHOTO_STORAGE) private readonly storage: PhotoStorage,
    @Inject(PHOTO_CONFIG) private readonly config: PhotoStorageConfig,
  ) {}

  async report(projectId: string, raw: unknown, files: readonly UploadedPhoto[], current: CurrentUserContext): Promise<ProgressReportView> {
    const project = await this.dataSource.getRepository(ProjectEntity).findOneBy({ id: projectId });
    this.assertMay(project, current, projectId);
    const fields = parseProgressFields(raw);
    const today = shanghaiDate(new Date());
    const reportedOn = fields.reportedOn ?? today;
    if (reportedOn > today) throw new InvalidInputException('A progress report cannot be dated in the future', { reportedOn: 'cannot be after today' });
    const tooMany = photoCountProblem(files.length, this.config.limits);
    if (tooMany) throw photoRefusal(tooMany);
    const prepared: { file: UploadedPhoto; photo: PreparedPhoto }[] = [];
    for (const file of files) {
      const problem = photoProblem(file.originalname, file.buffer, this.config.limits);
      if (problem) throw photoRefusal(problem);
      const photo = await preparePhoto(file.buffer);
      if (!photo) throw photoRefusal({ code: 'not_an_image', params: { fileName: file.originalname }, message: { zh: `“${file.originalname}”无法作为图片读取`, en: `"${file.originalname}" cannot be read as an image` } });
      prepared.push({ file, photo });
    }
    const reportId = randomUUID();
    const rows = prepared.map(({ file, photo }, position): ProjectPhotoEntity => {
      const id = randomUUID();
      return Object.assign(new ProjectPhotoEntity(), {
        id, reportId, projectId, position,
        fileName: file.originalname.slice(0, 200), contentType: photo.contentType, bytes: file.buffer.length, width: photo.width, height: photo.height,
        storageKey: `projects/${projectId}/${id}.${PHOTO_TYPES[photo.type].extension}`, thumbnailKey: `projects/${projectId}/${id}-thumb.webp`,
      });
    });
    const stored: string[] = [];
    try {
      for (const [i, row] of rows.entries()) {
        await this.storage.put(row.storageKey, prepared[i]!.file.buffer, row.contentType);
        stored.push(row.storageKey);
        await this.storage.put(row.thumbnailKey, prepared[i]!.photo.thumbnail, 'image/webp');
        stored.push(row.thumbnailKey);
      }
      const report = await this.dataSource.transaction(async (manager) => {
        const locked = await manager.getRepository(ProjectEntity).createQueryBuilder('p').where('p.id = :id', { id: projectId }).setLock('pessimistic_write').getOne();
        this.assertMay(locked, current, projectId);
        const last = await manager.getRepository(ProjectProgressReportEntity).findOne({ where: { projectId }, order: { reportedOn: 'DESC', createdAt: 'DESC' } });
        const problems = checkProgressReport({ date: reportedOn, percent: fields.percent, reason: fields.reason }, last ? { date: last.reportedOn, percent: last.percent } : null);
        if (problems.length > 0) {
          const field = (code: string) => (code === 'invalid_percent' ? 'percent' : code === 'reason_required' ? 'reason' : 'reportedOn');
          throw new InvalidInputException(problems[0]!.message.en, Object.fromEntries(problems.map((p) => [field(p.code), p.message.en])), { reason: problems[0]!.code, params: problems[0]!.params as Record<string, string | number> });
        }
        const now = new Date();
        const entity = Object.assign(new ProjectProgressReportEntity(), { id: reportId, projectId, reportedOn, percent: fields.percent, note: fields.note, reason: fields.reason, reportedById: current.user.id, createdAt: now });
        await manager.insert(ProjectProgressReportEntity, entity);
        if (rows.length > 0) await manager.insert(ProjectPhotoEntity, rows);
        await appendProjectHistory(manager, {
          projectId, actorId: current.user.id, type: 'progress_reported', at: now,
          summary: { zh: `上报形象进度 ${fields.percent}%（${reportedOn}，照片 ${rows.length} 张）`, en: `Reported progress ${fields.percent}% (${reportedOn}, ${rows.length} photo(s))` },
          data: { reportId, percent: fields.percent, reportedOn, photos: rows.length, lastPercent: last?.percent ?? null },
        });
        return entity;
      });
      return presentProgressReport(report, rows);
    } catch (error) {
      await Promise.allSettled(stored.map((key) => this.storage.remove(key)));
      throw error;
    }
  }

  /** A photo's bytes (or its thumbnail's) for whoever may read its project; 404 otherwise. */
  async photo(projectId: string, photoId: string, thumbnail: boolean, current: CurrentUserContext): Promise<{ bytes: Buffer; contentType: string; fileName: string }> {
    const project = await this.dataSource.getRepository(ProjectEntity).findOneBy({ id: projectId });
    if (!project || !mayOnProject(current.actor, project, 'read')) throw new NotFoundException(`No photo ${photoId}`);
    const photo = await this.dataSource.getRepository(ProjectPhotoEntity).findOneBy({ id: photoId, projectId });
    if (!photo) throw new NotFoundException(`No photo ${photoId}`);
    const bytes = await this.storage.get(thumbnail ? photo.thumbnailKey : photo.storageKey);
    if (!bytes) throw new NotFoundException(`The photo ${photo.fileName} is no longer in the photo storage`);
    return { bytes, contentType: thumbnail ? 'image/webp' : photo.contentType, fileName: photo.fileName };
  }

  private assertMay(project: ProjectEntity | null, current: CurrentUserContext, id: string): asserts project is ProjectEntity {
    if (!project || !mayOnProject(current.actor, project, 'read')) throw new NotFoundException(`No project ${id}`);
    if (!mayOnProject(current.actor, project, 'report_progress')) throw new ForbiddenException(`You may not report progress on project ${project.code}`);
    if (project.archivedAt) throw archivedError(project.code);
  }
}

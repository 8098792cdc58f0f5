import { Body, CallHandler, Controller, ExecutionContext, Get, Injectable, NestInterceptor, NotFoundException, Param, PayloadTooLargeException, Post, Res, UploadedFiles, UseInterceptors } from '@nestjs/common';
import { FilesInterceptor } from '@nestjs/platform-express';
import type { ProgressReportView } from '@parkflow/contracts';
import { DEFAULT_PHOTO_LIMITS } from '@parkflow/domain';
import type { Response } from 'express';
import { catchError, type Observable, throwError } from 'rxjs';
import { z } from 'zod';
import { CurrentUser, type CurrentUserContext } from '../auth/current-user.js';
import { MAX_UPLOAD_BYTES } from '../storage/photo-storage.config.js';
import { ProjectProgressService, type UploadedPhoto } from './project-progress.service.js';

const uuid = z.uuid();
const idOr404 = (id: string, what: string) => {
  if (!uuid.safeParse(id).success) throw new NotFoundException(`No ${what} ${id}`);
  return id;
};

// Parts stay in memory (multer's default without a destination), at most MAX_UPLOAD_BYTES each;
// file names are UTF-8 as browsers send them (multer would read 东立面.jpg as Latin-1).
/** multer's own refusal of a part over the hard cap, in the api's words (the configured, lower limit is the domain's check). */
@Injectable()
class UploadLimitInterceptor implements NestInterceptor {
  intercept(_context: ExecutionContext, next: CallHandler): Observable<unknown> {
    return next.handle().pipe(
      catchError((error: unknown) =>
        throwError(() =>
          error instanceof PayloadTooLargeException
            ? new PayloadTooLargeException({ message: `A photo is at most ${MAX_UPLOAD_BYTES / 1024 / 1024} MB`, reason: 'photo_too_large', params: { maxBytes: MAX_UPLOAD_BYTES } })
            : error,
        ),
      ),
    );
  }
}

/**
 * 形象进度 (docs/projects.md): `POST /api/projects/:id/progress` (multipart: percent, note, reason,
 * reportedOn, up to five `photos`) → 201 the report; the photos and their thumbnails by id.
 * 400 bad input (a percentage above 100, falling without a reason, a file that is not a JPEG,
 * PNG or WebP image, one too large, too many), 403 may not report, 404 unknown, 413 a part over
 * the upload cap, 422 archived.
 */
@Controller('projects/:id')
export class ProjectProgressController {
  constructor(private readonly progress: ProjectProgressService) {}

  @Post('progress')
  @UseInterceptors(UploadLimitInterceptor, FilesInterceptor('photos', DEFAULT_PHOTO_LIMITS.maxCount + 1, { defParamCharset: 'utf8', limits: { fileSize: MAX_UPLOAD_BYTES, fields: 10, fieldSize: 16 * 1024 } }))
  report(@Param('id') id: string, @Body() raw: unknown, @UploadedFiles() files: UploadedPhoto[] | undefined, @CurrentUser() current: CurrentUserContext): Promise<ProgressReportView> {
    return this.progress.report(idOr404(id, 'project'), raw, files ?? [], current);
  }

  @Get('photos/:photoId')
  async photo(@Param('id') id: string, @Param('photoId') photoId: string, @CurrentUser() current: CurrentUserContext, @Res() res: Response): Promise<void> {
    this.send(res, await this.progress.photo(idOr404(id, 'project'), idOr404(photoId, 'photo'), false, current));
  }

  @Get('photos/:photoId/thumbnail')
  async thumbnail(@Param('id') id: string, @Param('photoId') photoId: string, @CurrentUser() current: CurrentUserContext, @Res() res: Response): Promise<void> {
    this.send(res, await this.progress.photo(idOr404(id, 'project'), idOr404(photoId, 'photo'), true, current));
  }

  private send(res: Response, photo: { bytes: Buffer; contentType: string; fileName: string }): void {
    res.setHeader('Content-Type', photo.contentType);
    // The type was read from the bytes; the browser must not guess another (nosniff) nor run it.
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Content-Disposition', `inline; filename*=UTF-8''${encodeURIComponent(photo.fileName)}`);
    res.setHeader('Cache-Control', 'private, max-age=86400, immutable');
    res.end(photo.bytes);
  }
}

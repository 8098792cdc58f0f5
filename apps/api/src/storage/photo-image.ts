import { PHOTO_TYPES, sniffPhotoType, type PhotoType } from '@parkflow/domain';
import sharp from 'sharp';

/** The longest side of a thumbnail: a row of them on the project page, sharp on a 2× screen. */
export const THUMBNAIL_SIZE = 320;

export interface PreparedPhoto {
  type: PhotoType;
  contentType: string;
  width: number;
  height: number;
  thumbnail: Buffer;
}

/**
 * Decodes an upload the domain's check let through (photo-upload.check.ts) and makes its
 * thumbnail (WebP, turned upright by its EXIF orientation). A file that only starts like an
 * image, or whose content is another format than its first bytes say, gives null: refused.
 * sharp (libvips) is kept by its maintainers and ships prebuilt for this platform.
 */
export async function preparePhoto(bytes: Buffer): Promise<PreparedPhoto | null> {
  const type = sniffPhotoType(bytes);
  if (!type) return null;
  try {
    const image = sharp(bytes, { failOn: 'error', limitInputPixels: 100_000_000 });
    const meta = await image.metadata();
    if (meta.format !== type || !meta.width || !meta.height) return null;
    const thumbnail = await image.clone().rotate().resize(THUMBNAIL_SIZE, THUMBNAIL_SIZE, { fit: 'inside', withoutEnlargement: true }).webp({ quality: 75 }).toBuffer();
    return { type, contentType: PHOTO_TYPES[type].contentType, width: meta.width, height: meta.height, thumbnail };
  } catch {
    return null;
  }
}

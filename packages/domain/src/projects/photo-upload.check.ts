import type { Label } from '../catalog/label.js';

/*
 * 形象进度 photos: what an upload may be. The type is read from the bytes (the magic numbers of
 * JPEG, PNG and WebP), never from the file name or the browser's content type, so a renamed
 * executable or an SVG (which can carry script) is refused. The api decodes an accepted photo as
 * well (to make its thumbnail), so a file that only starts like an image is refused there.
 */
export const PHOTO_TYPES = {
  jpeg: { contentType: 'image/jpeg', extension: 'jpg' },
  png: { contentType: 'image/png', extension: 'png' },
  webp: { contentType: 'image/webp', extension: 'webp' },
} as const;
export type PhotoType = keyof typeof PHOTO_TYPES;

export interface PhotoLimits {
  /** Bytes per photo; 10 MB by default (a phone's photo is 2–6 MB). */
  maxBytes: number;
  /** Photos per progress report. */
  maxCount: number;
}
export const DEFAULT_PHOTO_LIMITS: PhotoLimits = { maxBytes: 10 * 1024 * 1024, maxCount: 5 };

/** The type the bytes are, by their first bytes; null for anything else. */
export function sniffPhotoType(bytes: Uint8Array): PhotoType | null {
  const at = (offset: number, ...values: number[]) => values.every((v, i) => bytes[offset + i] === v);
  if (bytes.length >= 3 && at(0, 0xff, 0xd8, 0xff)) return 'jpeg';
  if (bytes.length >= 8 && at(0, 0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'png';
  // RIFF....WEBP
  if (bytes.length >= 12 && at(0, 0x52, 0x49, 0x46, 0x46) && at(8, 0x57, 0x45, 0x42, 0x50)) return 'webp';
  return null;
}

export type PhotoProblem =
  | { code: 'not_an_image'; params: { fileName: string }; message: Label }
  | { code: 'too_large'; params: { fileName: string; bytes: number; maxBytes: number }; message: Label }
  | { code: 'empty'; params: { fileName: string }; message: Label }
  | { code: 'too_many'; params: { count: number; maxCount: number }; message: Label };

const mb = (bytes: number) => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;

/** What is wrong with one photo; null when it may be stored. */
export function photoProblem(fileName: string, bytes: Uint8Array, limits: PhotoLimits = DEFAULT_PHOTO_LIMITS): PhotoProblem | null {
  if (bytes.length === 0) return { code: 'empty', params: { fileName }, message: { zh: `“${fileName}”是空文件`, en: `"${fileName}" is empty` } };
  if (bytes.length > limits.maxBytes) {
    return {
      code: 'too_large',
      params: { fileName, bytes: bytes.length, maxBytes: limits.maxBytes },
      message: { zh: `“${fileName}”有 ${mb(bytes.length)}，照片最大 ${mb(limits.maxBytes)}`, en: `"${fileName}" is ${mb(bytes.length)}; a photo is at most ${mb(limits.maxBytes)}` },
    };
  }
  if (!sniffPhotoType(bytes)) {
    return { code: 'not_an_image', params: { fileName }, message: { zh: `“${fileName}”不是 JPEG、PNG 或 WebP 图片`, en: `"${fileName}" is not a JPEG, PNG or WebP image` } };
  }
  return null;
}

/** Too many photos for one report; null when the count is allowed. */
export function photoCountProblem(count: number, limits: PhotoLimits = DEFAULT_PHOTO_LIMITS): PhotoProblem | null {
  if (count <= limits.maxCount) return null;
  return { code: 'too_many', params: { count, maxCount: limits.maxCount }, message: { zh: `一次最多上传 ${limits.maxCount} 张照片（选择了 ${count} 张）`, en: `At most ${limits.maxCount} photos per report (${count} chosen)` } };
}

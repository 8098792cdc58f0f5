/*
 * Where project photos (形象进度) are kept. The api writes a photo and its thumbnail once, under a
 * key it makes up (never the user's file name), and reads them back by that key. Two backends:
 * the local disk under the data directory (the default, nothing to set up) and any
 * S3-compatible store (docs/operations.md, "Photo storage"). Both are tested on real storage.
 */
export interface PhotoStorage {
  /** Which backend, for /api/health and the logs. */
  readonly kind: 'local' | 's3';
  put(key: string, bytes: Buffer, contentType: string): Promise<void>;
  /** The bytes, or null when nothing is stored under the key. */
  get(key: string): Promise<Buffer | null>;
  /** Removes the key; removing a missing key is not an error (a retried clean-up). */
  remove(key: string): Promise<void>;
}

/** Keys are ours: `projects/<uuid>/<uuid>.<ext>` and `…-thumb.webp`. Anything else is refused before it reaches a path or a bucket. */
export const PHOTO_KEY = /^projects\/[0-9a-f-]{36}\/[0-9a-f-]{36}(-thumb)?\.(jpg|png|webp)$/;

export function assertPhotoKey(key: string): void {
  if (!PHOTO_KEY.test(key)) throw new Error(`not a photo key: ${key}`);
}

import { ConfigError } from '@parkflow/db';
import { join, resolve } from 'node:path';
import { DEFAULT_PHOTO_LIMITS, type PhotoLimits } from '@parkflow/domain';
import type { S3StorageConfig } from './s3.storage.js';

export type PhotoStorageConfig = { kind: 'local'; dir: string; limits: PhotoLimits } | { kind: 's3'; s3: S3StorageConfig; limits: PhotoLimits };

/** A bad photo storage setting: reported at start like every other configuration error. */
export class PhotoStorageConfigError extends ConfigError {}

/** The hard cap on one uploaded part (multer keeps parts in memory): PARKFLOW_PHOTO_MAX_BYTES may be set below it, not above. */
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

/**
 * PARKFLOW_PHOTO_STORAGE=local (default: files under PARKFLOW_PHOTO_DIR, by default `photos/` in
 * the data directory) or s3 (PARKFLOW_S3_BUCKET, PARKFLOW_S3_ACCESS_KEY_ID and
 * PARKFLOW_S3_SECRET_ACCESS_KEY required; PARKFLOW_S3_ENDPOINT for a store other than AWS,
 * PARKFLOW_S3_REGION default us-east-1, PARKFLOW_S3_FORCE_PATH_STYLE default true when an
 * endpoint is set). PARKFLOW_PHOTO_MAX_BYTES caps one photo (default 10 MB).
 */
export function readPhotoStorageConfig(env: NodeJS.ProcessEnv = process.env): PhotoStorageConfig {
  const rawMax = env.PARKFLOW_PHOTO_MAX_BYTES?.trim();
  const maxBytes = rawMax ? Number(rawMax) : DEFAULT_PHOTO_LIMITS.maxBytes;
  if (!Number.isInteger(maxBytes) || maxBytes < 1024 || maxBytes > MAX_UPLOAD_BYTES) throw new PhotoStorageConfigError(`PARKFLOW_PHOTO_MAX_BYTES "${rawMax}" must be a whole number of bytes from 1024 to ${MAX_UPLOAD_BYTES}`);
  const limits = { ...DEFAULT_PHOTO_LIMITS, maxBytes };
  const kind = env.PARKFLOW_PHOTO_STORAGE?.trim() || 'local';
  if (kind === 'local') return { kind, dir: resolve(env.PARKFLOW_PHOTO_DIR?.trim() || join(env.PARKFLOW_DATA_DIR?.trim() || '.data', 'photos')), limits };
  if (kind !== 's3') throw new PhotoStorageConfigError(`PARKFLOW_PHOTO_STORAGE "${kind}" must be local or s3`);
  const need = (name: string) => {
    const value = env[name]?.trim();
    if (!value) throw new PhotoStorageConfigError(`${name} is required with PARKFLOW_PHOTO_STORAGE=s3`);
    return value;
  };
  const endpoint = env.PARKFLOW_S3_ENDPOINT?.trim() || undefined;
  if (endpoint && !/^https?:\/\//.test(endpoint)) throw new PhotoStorageConfigError(`PARKFLOW_S3_ENDPOINT "${endpoint}" must be an http(s) URL`);
  const pathStyle = env.PARKFLOW_S3_FORCE_PATH_STYLE?.trim();
  return {
    kind,
    limits,
    s3: {
      endpoint,
      region: env.PARKFLOW_S3_REGION?.trim() || 'us-east-1',
      bucket: need('PARKFLOW_S3_BUCKET'),
      accessKeyId: need('PARKFLOW_S3_ACCESS_KEY_ID'),
      secretAccessKey: need('PARKFLOW_S3_SECRET_ACCESS_KEY'),
      forcePathStyle: pathStyle ? pathStyle === 'true' : endpoint !== undefined,
    },
  };
}

import type { Provider } from '@nestjs/common';
import { LocalDiskStorage } from '../storage/local-disk.storage.js';
import type { PhotoStorage } from '../storage/photo-storage.js';
import { readPhotoStorageConfig, type PhotoStorageConfig } from '../storage/photo-storage.config.js';
import { S3Storage } from '../storage/s3.storage.js';

export const PHOTO_STORAGE = Symbol('PHOTO_STORAGE');
export const PHOTO_CONFIG = Symbol('PHOTO_CONFIG');

export function createPhotoStorage(config: PhotoStorageConfig): PhotoStorage {
  return config.kind === 'local' ? new LocalDiskStorage(config.dir) : new S3Storage(config.s3);
}

/** The storage and its limits, from the environment read once at start (main.ts reports a bad setting plainly). */
export function photoStorageProviders(config: PhotoStorageConfig = readPhotoStorageConfig()): Provider[] {
  return [
    { provide: PHOTO_CONFIG, useValue: config },
    { provide: PHOTO_STORAGE, useValue: createPhotoStorage(config) },
  ];
}

import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { assertPhotoKey, type PhotoStorage } from './photo-storage.js';

/** Photos as files under one directory (PARKFLOW_PHOTO_DIR, by default `photos/` in the data directory). */
export class LocalDiskStorage implements PhotoStorage {
  readonly kind = 'local' as const;

  constructor(private readonly root: string) {}

  async put(key: string, bytes: Buffer, _contentType?: string): Promise<void> {
    const path = this.path(key);
    await mkdir(dirname(path), { recursive: true });
    // Written aside and renamed: a reader never sees half a photo, a crash leaves only a .part.
    const part = `${path}.${randomUUID()}.part`;
    await writeFile(part, bytes);
    await rename(part, path);
  }

  async get(key: string): Promise<Buffer | null> {
    try {
      return await readFile(this.path(key));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  }

  async remove(key: string): Promise<void> {
    await rm(this.path(key), { force: true });
  }

  private path(key: string): string {
    assertPhotoKey(key);
    return join(this.root, key);
  }
}

import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import S3rver from 's3rver';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LocalDiskStorage } from '../src/storage/local-disk.storage.js';
import { preparePhoto, THUMBNAIL_SIZE } from '../src/storage/photo-image.js';
import type { PhotoStorage } from '../src/storage/photo-storage.js';
import { readPhotoStorageConfig } from '../src/storage/photo-storage.config.js';
import { S3Storage } from '../src/storage/s3.storage.js';

/*
 * Photo storage on real storage: the local disk, and an S3-compatible server (s3rver, which
 * speaks the S3 protocol over HTTP on loopback) through the same AWS SDK calls a real bucket
 * gets. And the image pipeline on real images made with sharp: thumbnails, and the files that
 * only pretend to be images.
 */
const key = (suffix = '.jpg') => `projects/${randomUUID()}/${randomUUID()}${suffix}`;
const image = (format: 'jpeg' | 'png' | 'webp', width = 1600, height = 900) =>
  sharp({ create: { width, height, channels: 3, background: { r: 200, g: 120, b: 40 } } })[format]().toBuffer();

describe('photo storage backends', () => {
  const dirs: string[] = [];
  let s3server: S3rver;
  let s3: S3Storage;
  const backends: [string, () => PhotoStorage][] = [];

  beforeAll(async () => {
    const disk = mkdtempSync(join(tmpdir(), 'parkflow-photos-'));
    const s3dir = mkdtempSync(join(tmpdir(), 'parkflow-s3-'));
    dirs.push(disk, s3dir);
    s3server = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory: s3dir, configureBuckets: [{ name: 'parkflow', configs: [] }] });
    const { port } = (await s3server.run()) as { port: number };
    s3 = new S3Storage({ endpoint: `http://127.0.0.1:${port}`, region: 'us-east-1', bucket: 'parkflow', accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER', forcePathStyle: true });
    backends.push(['local disk', () => new LocalDiskStorage(disk)], ['S3-compatible', () => s3]);
  });

  afterAll(async () => {
    s3?.destroy();
    await s3server?.close();
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });

  it('keeps the bytes under our key, gives null for a missing one, removes idempotently (both backends)', async () => {
    const bytes = await image('jpeg', 64, 48);
    for (const [name, make] of backends) {
      const storage = make();
      const k = key();
      await storage.put(k, bytes, 'image/jpeg');
      expect(Buffer.compare((await storage.get(k))!, bytes), name).toBe(0);
      expect(await storage.get(key()), name).toBeNull();
      await storage.remove(k);
      await storage.remove(k);
      expect(await storage.get(k), name).toBeNull();
    }
  });

  it('refuses a key that is not ours before it reaches a path or a bucket', async () => {
    for (const [name, make] of backends) {
      await expect(make().put('../../etc/passwd', Buffer.from('x'), 'image/jpeg')).rejects.toThrow(/not a photo key/);
      await expect(make().get('projects/x/../../secret.jpg'), name).rejects.toThrow(/not a photo key/);
    }
  });

  it('leaves no partial file on disk', async () => {
    const storage = new LocalDiskStorage(dirs[0]!);
    const k = key('.png');
    await storage.put(k, await image('png', 10, 10), 'image/png');
    expect(readdirSync(join(dirs[0]!, k, '..')).filter((f) => f.endsWith('.part'))).toEqual([]);
  });
});

describe('the image pipeline', () => {
  it('makes an upright WebP thumbnail no larger than its size, for JPEG, PNG and WebP', async () => {
    for (const format of ['jpeg', 'png', 'webp'] as const) {
      const prepared = await preparePhoto(await image(format));
      expect(prepared, format).toMatchObject({ type: format, width: 1600, height: 900 });
      const thumb = await sharp(prepared!.thumbnail).metadata();
      expect([thumb.format, thumb.width, thumb.height], format).toEqual(['webp', THUMBNAIL_SIZE, 180]);
    }
    // A small photo is not enlarged.
    const small = await preparePhoto(await image('png', 100, 50));
    expect((await sharp(small!.thumbnail).metadata()).width).toBe(100);
  });

  it('refuses what only starts like an image, or is another format than its first bytes say', async () => {
    const jpegHead = Buffer.from([0xff, 0xd8, 0xff, 0xe0]);
    expect(await preparePhoto(Buffer.concat([jpegHead, Buffer.from('MZ this is an executable, not a photo')]))).toBeNull();
    expect(await preparePhoto(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'))).toBeNull();
    const png = await image('png', 20, 20);
    // A PNG whose first bytes were changed to JPEG's.
    expect(await preparePhoto(Buffer.concat([jpegHead, png.subarray(4)]))).toBeNull();
    const truncated = (await image('jpeg', 400, 400)).subarray(0, 200);
    expect(await preparePhoto(truncated)).toBeNull();
  });
});

describe('photo storage configuration', () => {
  it('defaults to the data directory, and names what an S3 setup misses', () => {
    expect(readPhotoStorageConfig({ PARKFLOW_DATA_DIR: '/srv/parkflow' })).toMatchObject({ kind: 'local', dir: '/srv/parkflow/photos', limits: { maxBytes: 10 * 1024 * 1024, maxCount: 5 } });
    expect(() => readPhotoStorageConfig({ PARKFLOW_PHOTO_STORAGE: 's3' })).toThrow('PARKFLOW_S3_BUCKET is required with PARKFLOW_PHOTO_STORAGE=s3');
    expect(() => readPhotoStorageConfig({ PARKFLOW_PHOTO_STORAGE: 'ftp' })).toThrow(/must be local or s3/);
    expect(() => readPhotoStorageConfig({ PARKFLOW_PHOTO_MAX_BYTES: 'lots' })).toThrow(/PARKFLOW_PHOTO_MAX_BYTES/);
    const s3 = readPhotoStorageConfig({ PARKFLOW_PHOTO_STORAGE: 's3', PARKFLOW_S3_BUCKET: 'b', PARKFLOW_S3_ACCESS_KEY_ID: 'k', PARKFLOW_S3_SECRET_ACCESS_KEY: 's', PARKFLOW_S3_ENDPOINT: 'http://minio:9000' });
    expect(s3).toMatchObject({ kind: 's3', s3: { bucket: 'b', endpoint: 'http://minio:9000', forcePathStyle: true, region: 'us-east-1' } });
  });
});

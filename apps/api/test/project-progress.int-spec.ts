import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createDataSource, ProjectPhotoEntity, ProjectProgressReportEntity, UserEntity } from '@parkflow/db';
import { shanghaiDate } from '@parkflow/domain';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from './support/api-client.js';
import { startTestStack, type RunningStack } from './support/stack-fixture.js';

/*
 * 形象进度 over HTTP (multipart) on PostgreSQL + Redis, photos on the local disk under the data
 * directory: a report with photos, its thumbnail, the project's latest percent; and every
 * refusal with nothing kept — neither a report row nor a file.
 */
describe('progress reports with photos', () => {
  let running: RunningStack;
  let db: ReturnType<typeof createDataSource>;
  const as: Record<string, ApiClient> = {};
  const ids: Record<string, string> = {};
  let projectId = '';
  const today = shanghaiDate(new Date());
  const photo = (format: 'jpeg' | 'png' = 'jpeg', width = 1200, height = 800) => sharp({ create: { width, height, channels: 3, background: { r: 90, g: 140, b: 60 } } })[format]().toBuffer();

  beforeAll(async () => {
    running = await startTestStack('postgres+redis');
    const anonymous = new ApiClient(running.url);
    for (const u of ['dispatcher', 'handler', 'leader', 'liaison', 'enterprise']) as[u] = await anonymous.as(u);
    db = createDataSource({ url: running.stack.env.DATABASE_URL!, poolSize: 1 });
    await db.initialize();
    for (const u of await db.getRepository(UserEntity).find()) ids[u.username] = u.id;
    const next = (years: number) => `${Number(today.slice(0, 4)) + years}${today.slice(4)}`;
    const created = await as.dispatcher!.post('/projects', {
      name: '科技产业园标准厂房', investorName: '园区科技发展有限公司', investmentWan: 18000, type: 'new', phase: 'construction',
      targets: { start: today, completion: next(1), production: next(2) }, chiefOfficerId: ids.liaison, pushTeamIds: [ids.handler], departmentIds: [],
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    projectId = created.body.id;
  }, 120_000);

  afterAll(async () => {
    await db?.destroy();
    await running?.stop();
  });

  /** A multipart POST as `who`, with text fields and files. */
  async function report(who: string, fields: Record<string, string>, files: { name: string; bytes: Buffer; type?: string }[] = [], id = projectId) {
    const form = new FormData();
    for (const [k, v] of Object.entries(fields)) form.append(k, v);
    for (const f of files) form.append('photos', new Blob([f.bytes], { type: f.type ?? 'image/jpeg' }), f.name);
    const token = (as[who] as unknown as { token: string }).token;
    const res = await fetch(`${running.url}/api/projects/${id}/progress`, { method: 'POST', body: form, headers: { authorization: `Bearer ${token}` } });
    return { status: res.status, body: (await res.json()) as any };
  }
  const counts = async () => ({
    reports: await db.getRepository(ProjectProgressReportEntity).countBy({ projectId }),
    photos: await db.getRepository(ProjectPhotoEntity).countBy({ projectId }),
    files: (() => {
      try {
        return readdirSync(join(running.stack.env.PARKFLOW_DATA_DIR!, 'photos', 'projects', projectId)).length;
      } catch {
        return 0;
      }
    })(),
  });

  it('keeps a report with its photos, serves them and their thumbnails, and shows the percent on the project', async () => {
    const res = await report('handler', { percent: '35', note: '主体结构施工至三层' }, [
      { name: '东立面.jpg', bytes: await photo('jpeg') },
      { name: 'site.png', bytes: await photo('png', 640, 480), type: 'image/png' },
    ]);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({ reportedOn: today, percent: 35, note: '主体结构施工至三层', reason: null, reportedBy: ids.handler });
    expect(res.body.photos.map((p: any) => [p.fileName, p.contentType])).toEqual([['东立面.jpg', 'image/jpeg'], ['site.png', 'image/png']]);
    const token = (as.leader as unknown as { token: string }).token;
    const original = await fetch(`${running.url}${res.body.photos[0].url}`, { headers: { authorization: `Bearer ${token}` } });
    expect(original.headers.get('content-type')).toBe('image/jpeg');
    expect((await sharp(Buffer.from(await original.arrayBuffer())).metadata()).width).toBe(1200);
    const thumb = await fetch(`${running.url}${res.body.photos[0].thumbnailUrl}`, { headers: { authorization: `Bearer ${token}` } });
    expect(thumb.headers.get('content-type')).toBe('image/webp');
    expect(await sharp(Buffer.from(await thumb.arrayBuffer())).metadata()).toMatchObject({ format: 'webp', width: 320, height: 213 });
    const detail = (await as.leader!.get(`/projects/${projectId}`)).body;
    expect(detail.progressPercent).toBe(35);
    expect(detail.progress[0].id).toBe(res.body.id);
    expect(detail.history[0].type).toBe('progress_reported');
    expect((await as.leader!.get('/projects')).body.items.find((p: any) => p.id === projectId).progressPercent).toBe(35);
    expect(await counts()).toEqual({ reports: 1, photos: 2, files: 4 });
    // A photo of another project's id, or an unknown one: 404; an enterprise contact reads no project.
    expect((await as.leader!.get(`/projects/${projectId}/photos/6f1c3e2a-0000-4000-8000-000000000000`)).status).toBe(404);
    expect((await as.enterprise!.get(`/projects/${projectId}/photos/${res.body.photos[0].id}`)).status).toBe(404);
  });

  it('refuses, keeping nothing: above 100 %, falling without a reason, not an image, too large, too many, a role that may not', async () => {
    const before = await counts();
    const refused = async (who: string, fields: Record<string, string>, files: { name: string; bytes: Buffer; type?: string }[], status: number, reason?: string) => {
      const res = await report(who, fields, files);
      expect(res.status, JSON.stringify(res.body)).toBe(status);
      if (reason) expect(res.body.reason, JSON.stringify(res.body)).toBe(reason);
      expect(await counts()).toEqual(before);
    };
    await refused('handler', { percent: '101' }, [], 400, 'invalid_percent');
    await refused('handler', { percent: 'lots' }, [], 400);
    await refused('handler', { percent: '20' }, [{ name: 'ok.jpg', bytes: await photo() }], 400, 'reason_required');
    await refused('handler', { percent: '40' }, [{ name: 'ok.jpg', bytes: await photo() }, { name: '进度.jpg', bytes: Buffer.from('MZ\x90\x00 not an image at all') }], 400, 'photo_not_an_image');
    await refused('handler', { percent: '40' }, [{ name: 'fake.jpg', bytes: Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(64)]) }], 400, 'photo_not_an_image');
    const big = Buffer.alloc(10 * 1024 * 1024 + 1);
    (await photo()).copy(big);
    await refused('handler', { percent: '40' }, [{ name: 'big.jpg', bytes: big }], 400, 'photo_too_large');
    await refused('handler', { percent: '40' }, await Promise.all([1, 2, 3, 4, 5, 6].map(async (i) => ({ name: `${i}.jpg`, bytes: await photo('jpeg', 20, 20) }))), 400, 'photo_too_many');
    await refused('leader', { percent: '40' }, [], 403);
    await refused('handler', { percent: '40', reportedOn: '2999-01-01' }, [], 400);
    expect((await report('handler', { percent: '40' }, [], '6f1c3e2a-0000-4000-8000-000000000000')).status).toBe(404);
  });

  it('takes a lower figure with its reason', async () => {
    const res = await report('liaison', { percent: '30', note: '复测后修正', reason: '三层楼板返工' });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({ percent: 30, reason: '三层楼板返工', photos: [] });
    expect((await as.leader!.get(`/projects/${projectId}`)).body.progressPercent).toBe(30);
  });
});

import fc from 'fast-check';
import { unzipSync, strFromU8 } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkTemplate } from '@parkflow/domain';
import { act, ApiClient, eventually } from './support/api-client.js';
import { startTestStack, type RunningStack } from './support/stack-fixture.js';

/*
 * Written notices (告知书) over HTTP on PostgreSQL + Redis: an admin edits a template (a bad
 * placeholder is refused and the old one stands), a handler downloads the 处理意见书 of an item
 * that has an answer and the .docx carries the item, the answer and the edited wording.
 */
describe('written notices', () => {
  let running: RunningStack;
  const as: Record<string, ApiClient> = {};
  let itemId: string;

  beforeAll(async () => {
    running = await startTestStack('postgres+redis', { PARKFLOW_UNIT_NAME: '测试园区管理委员会', PARKFLOW_REVIEW_BODY: '测试区人民政府信访局' });
    const anonymous = new ApiClient(running.url);
    for (const u of ['dispatcher', 'handler', 'enterprise', 'admin']) as[u] = await anonymous.as(u);
    itemId = (await as.dispatcher!.get('/work-items?view=all&pageSize=1')).body.items[0].id;
  }, 180_000);

  afterAll(async () => {
    await running?.stop();
  });

  const ok = (res: { status: number; body: unknown }, status = 200) => {
    expect(res.status, JSON.stringify(res.body)).toBe(status);
    return res.body as any;
  };
  const put = (client: ApiClient, path: string, body: unknown) => client.request('PUT', path, body);
  const opinionOf = async () => ok(await as.admin!.get('/notice-templates')).templates.find((t: { kind: string; type: string }) => t.kind === 'petition' && t.type === 'opinion');

  const EDITED = {
    title: '信访事项处理意见书',
    body: '{{petitionerName}}：\n本委经认真调查核实，对您反映的“{{title}}”（编号{{code}}）答复如下：\n{{answer}}\n如不服，可于{{reviewDeadlineDays}}日内向{{reviewBody}}请求复查。',
  };

  it('lets only an admin read and edit the templates, and refuses a bad placeholder without saving it', async () => {
    expect((await as.dispatcher!.get('/notice-templates')).status).toBe(403);
    expect((await put(as.dispatcher!, '/notice-templates/petition/opinion', EDITED)).status).toBe(403);
    expect((await as.handler!.request('DELETE', '/notice-templates/petition/opinion')).status).toBe(403);

    const before = await opinionOf();
    expect(before).toMatchObject({ isDefault: true, title: '处理意见书', typeLabel: { zh: '处理意见书' }, kindLabel: { zh: expect.any(String) } });
    const saved = ok(await put(as.admin!, '/notice-templates/petition/opinion', EDITED));
    expect(saved).toMatchObject({ ...EDITED, isDefault: false, updatedBy: expect.any(String), updatedAt: expect.any(String) });

    const bad = await put(as.admin!, '/notice-templates/petition/opinion', { title: '处理意见书', body: '{{petitionerName}}：\n{{单位名称}}经研究……' });
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ reason: 'unknown_placeholder', params: { field: 'body', name: '单位名称', line: 2, column: 1 } });
    expect(bad.body.fields.body).toContain('{{单位名称}}');
    expect((await put(as.admin!, '/notice-templates/petition/opinion', { title: '处理意见书', body: '未闭合{{code' })).body).toMatchObject({ statusCode: 400, reason: 'unclosed_placeholder' });
    expect((await put(as.admin!, '/notice-templates/petition/opinion', { title: 1 })).status).toBe(400);
    expect(await opinionOf()).toMatchObject({ ...EDITED, isDefault: false });

    expect((await put(as.admin!, '/notice-templates/no_such_kind/opinion', EDITED)).status).toBe(404);
    expect((await put(as.admin!, '/notice-templates/petition/no_such_type', EDITED)).status).toBe(404);
    expect((await as.admin!.request('DELETE', '/notice-templates/petition/no_such_type')).status).toBe(404);
  });

  it('serves the 处理意见书 of an answered item as a .docx with the item, the answer and the edited wording', async () => {
    const created = ok(
      await as.dispatcher!.post('/work-items', { kind: 'petition', title: '小区供水压力不足', description: '高层住户反映供水压力不足。', channel: 'letter', category: 'utilities', petitioner: { name: '刘女士', phone: '13900001111', idNumber: null }, decision: { accept: true } }),
      201,
    );
    const id = created.id as string;
    await eventually(async () => (await as.handler!.get(`/work-items/${id}`)).body?.item?.status === 'pending_acceptance', 20_000, 'routing');
    ok(await act(as.handler!, id, 'accept'));

    // Not answered yet: no opinion; accepted at intake, so its 受理告知书 exists, with the statutory due date.
    expect((await as.handler!.get(`/work-items/${id}/notices/opinion`)).status).toBe(404);
    expect((await as.handler!.get(`/work-items/${id}/notices/acceptance`)).status).toBe(200);
    const answer = '已协调供水公司于12月5日加装增压泵，供水压力已恢复正常。';
    ok(await act(as.handler!, id, 'reply', { content: answer }));

    const listed = ok(await as.handler!.get(`/work-items/${id}/notices`));
    expect(listed.notices).toEqual([
      { type: 'acceptance', label: { zh: '受理告知书', en: expect.any(String) }, available: true, sentOn: null, channel: null },
      { type: 'rejection', label: expect.any(Object), available: false, sentOn: null, channel: null },
      { type: 'extension', label: expect.any(Object), available: false, sentOn: null, channel: null },
      { type: 'opinion', label: { zh: '处理意见书', en: expect.any(String) }, available: true, sentOn: null, channel: null },
    ]);
    for (const type of ['rejection', 'extension']) expect((await as.handler!.get(`/work-items/${id}/notices/${type}`)).status, type).toBe(404);
    expect((await as.handler!.get(`/work-items/${id}/notices/no_such_type`)).status).toBe(404);
    expect((await as.handler!.get('/work-items/not-a-uuid/notices/opinion')).status).toBe(400);
    // The company contact does not see a petition: reported exactly as a missing item.
    expect((await as.enterprise!.get(`/work-items/${id}/notices/opinion`)).status).toBe(404);
    expect((await as.enterprise!.get(`/work-items/${id}/notices`)).status).toBe(404);

    const token = await tokenOf('handler');
    const started = performance.now();
    const res = await fetch(`${running.url}/api/work-items/${id}/notices/opinion`, { headers: { authorization: `Bearer ${token}` } });
    const took = performance.now() - started;
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="${created.code}-_____.docx"; filename*=UTF-8''${encodeURIComponent(`${created.code}-处理意见书.docx`)}`);
    const bytes = new Uint8Array(await res.arrayBuffer());
    const xml = strFromU8(unzipSync(bytes)['word/document.xml']!);
    for (const expected of [created.code, answer, '本委经认真调查核实', '信访事项处理意见书', '刘女士：', '测试区人民政府信访局', '测试园区管理委员会', '仿宋_GB2312']) expect(xml, expected).toContain(expected);
    console.info(`notice .docx: ${bytes.length} bytes, served in ${took.toFixed(0)} ms (the first notice since the api started)`);

    // Back to the default: the next download uses the office's standard wording again.
    expect(ok(await as.admin!.request('DELETE', '/notice-templates/petition/opinion'))).toMatchObject({ isDefault: true, title: '处理意见书' });
    const warmStart = performance.now();
    const again = await fetch(`${running.url}/api/work-items/${id}/notices/opinion`, { headers: { authorization: `Bearer ${token}` } });
    console.info(`notice .docx again: served in ${(performance.now() - warmStart).toFixed(0)} ms`);
    const defaultXml = strFromU8(unzipSync(new Uint8Array(await again.arrayBuffer()))['word/document.xml']!);
    expect(defaultXml).toContain('如对本处理意见不服，可自收到本意见书之日起30日内向测试区人民政府信访局请求复查');
    expect(defaultXml).not.toContain('本委经认真调查核实');
  });

  it('is in the OpenAPI document', async () => {
    const doc = (await fetch(`${running.url}/api/docs-json`).then((r) => r.json())) as { paths: Record<string, unknown> };
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/notice-templates', '/notice-templates/{kind}/{type}', '/work-items/{id}/notices', '/work-items/{id}/notices/{type}']));
  });

  it('answers any kind, type, id and body below 500 and saves nothing it refuses', async () => {
    const nasty = fc.oneof(fc.constantFrom('\u0000', '%00', '../x', 'petition', 'opinion', 'acceptance', "'; DROP TABLE notice_template; --", '{{', '{{code}}', '{{单位名称}}'), fc.string({ maxLength: 30 }));
    const before = ok(await as.admin!.get('/notice-templates')).templates;
    const failures: string[] = [];
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          role: fc.constantFrom('admin', 'dispatcher', 'enterprise'),
          method: fc.constantFrom('GET', 'PUT', 'DELETE'),
          path: fc.constantFrom('notice-templates', 'notice-templates/:a/:b', 'work-items/:id/notices', 'work-items/:id/notices/:b'),
          a: nasty,
          b: nasty,
          useItem: fc.boolean(),
          body: fc.oneof(fc.record({ title: fc.oneof(nasty, fc.integer()), body: fc.oneof(nasty, fc.constant(null)) }), nasty, fc.constant(null)),
        }),
        async (p) => {
          const seg = (x: string) => encodeURIComponent(x.replace(/[\uD800-\uDFFF]/g, '\uFFFD')) || 'x';
          const path = `/${p.path.replace(':id', p.useItem ? itemId : seg(p.a)).replace(':a', seg(p.a)).replace(':b', seg(p.b))}`;
          // Writes only where a valid kind/type would take them; those stay refused by the body below.
          const body = p.method === 'PUT' ? p.body : undefined;
          const res = await as[p.role]!.request(p.method, path, body);
          if (res.status >= 500) failures.push(`${p.role} ${p.method} ${path} ${JSON.stringify(body)} → ${res.status}`);
          return res.status < 500;
        },
      ),
      { numRuns: 150, seed: 20261202, endOnFailure: true },
    );
    expect(failures).toEqual([]);
    // A probe may have saved a valid template or reset one; none that the check refuses was stored.
    const after = ok(await as.admin!.get('/notice-templates')).templates as { kind: string; type: string; title: string; body: string }[];
    expect(after.map((t) => `${t.kind}/${t.type}`)).toEqual(before.map((t: { kind: string; type: string }) => `${t.kind}/${t.type}`));
    for (const t of after) expect(checkTemplate(t), `${t.kind}/${t.type}`).toEqual([]);
  }, 120_000);

  async function tokenOf(username: string): Promise<string> {
    const res = await new ApiClient(running.url).post<{ accessToken: string }>('/auth/login', { username, password: 'parkflow' });
    return res.body.accessToken;
  }
});

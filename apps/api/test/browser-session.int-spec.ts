import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { act, ApiClient } from './support/api-client.js';
import { startTestStack, type RunningStack } from './support/stack-fixture.js';

/** The browser's session: an HttpOnly cookie, CSRF on writes, a stream that ends with the session. */
describe('the browser session', () => {
  let running: RunningStack;

  beforeAll(async () => {
    // Short tokens and a quick re-check, so expiry and deactivation show within seconds.
    running = await startTestStack('postgres+redis', { PARKFLOW_TOKEN_TTL_SECONDS: '6', PARKFLOW_SESSION_RECHECK_MS: '300' });
  });

  afterAll(async () => {
    await running?.stop();
  });

  async function cookieLogin(username: string) {
    const res = await fetch(`${running.url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password: 'parkflow', session: 'cookie' }) });
    const setCookies = res.headers.getSetCookie();
    const jar = setCookies.map((c) => c.split(';')[0]!).join('; ');
    const csrf = /parkflow_csrf=([^;]+)/.exec(jar)?.[1] ?? '';
    return { res, body: (await res.json()) as { accessToken?: string }, setCookies, jar, csrf };
  }

  /** Reads a stream until it ends; resolves with how long that took (ms), or rejects after `limitMs`. */
  async function streamEnds(jar: string, limitMs: number): Promise<number> {
    const started = Date.now();
    const res = await fetch(`${running.url}/api/notifications/stream`, { headers: { cookie: jar } });
    expect(res.status).toBe(200);
    const reader = res.body!.getReader();
    const ended = (async () => {
      for (;;) if ((await reader.read()).done) return Date.now() - started;
    })();
    return Promise.race([ended, new Promise<number>((_, reject) => setTimeout(() => reject(new Error(`the stream was still open after ${limitMs} ms`)), limitMs))]);
  }

  it('keeps the token out of JavaScript: HttpOnly session cookie, no token in the answer', async () => {
    const { res, body, setCookies } = await cookieLogin('handler');
    expect(res.status).toBe(200);
    expect(body.accessToken).toBeUndefined();
    const session = setCookies.find((c) => c.startsWith('parkflow_session='))!;
    expect(session).toMatch(/HttpOnly/i);
    expect(session).toMatch(/SameSite=Strict/i);
    expect(session).toMatch(/Path=\/api/);
    expect(setCookies.find((c) => c.startsWith('parkflow_csrf='))).not.toMatch(/HttpOnly/i);
  });

  it('requires the CSRF token on writes made with the cookie, not on reads and not with a bearer token', async () => {
    const { jar, csrf } = await cookieLogin('dispatcher');
    const me = await fetch(`${running.url}/api/me`, { headers: { cookie: jar } });
    expect(me.status).toBe(200);
    const item = ((await (await fetch(`${running.url}/api/work-items?view=all&pageSize=1`, { headers: { cookie: jar } })).json()) as { items: { id: string; version: number }[] }).items[0]!;
    const comment = (headers: Record<string, string>) =>
      fetch(`${running.url}/api/work-items/${item.id}/actions`, { method: 'POST', headers: { 'content-type': 'application/json', cookie: jar, ...headers }, body: JSON.stringify({ action: 'comment', version: item.version, text: 'csrf test' }) });
    expect((await comment({})).status).toBe(403);
    expect((await comment({ 'x-csrf-token': 'forged' })).status).toBe(403);
    // A CSRF cookie and header of an attacker's choosing do not match the session either.
    const planted = jar.replace(/parkflow_csrf=[^;]+/, 'parkflow_csrf=planted');
    expect((await fetch(`${running.url}/api/work-items/${item.id}/actions`, { method: 'POST', headers: { 'content-type': 'application/json', cookie: planted, 'x-csrf-token': 'planted' }, body: JSON.stringify({ action: 'comment', version: item.version, text: 'x' }) })).status).toBe(403);
    expect((await comment({ 'x-csrf-token': csrf })).status).toBe(200);
    // An API client with a bearer token needs none.
    const bearer = await new ApiClient(running.url).as('dispatcher');
    expect((await act(bearer, item.id, 'comment', { text: 'bearer' })).status).toBe(200);
  });

  it('ends an open notification stream when its token expires', async () => {
    const { jar } = await cookieLogin('leader');
    const took = await streamEnds(jar, 15_000);
    expect(took).toBeLessThan(8_000);
  });

  it('ends an open notification stream when the account is disabled', async () => {
    const { jar } = await cookieLogin('head');
    const ending = streamEnds(jar, 5_000);
    await new Promise((r) => setTimeout(r, 500));
    const db = new pg.Client({ connectionString: running.stack.env.DATABASE_URL });
    await db.connect();
    await db.query(`UPDATE users SET active = false WHERE username = 'head'`);
    await db.end();
    expect(await ending).toBeLessThan(3_000);
    expect((await fetch(`${running.url}/api/me`, { headers: { cookie: jar } })).status).toBe(401);
  });

  it('signs out everywhere: the cookies are cleared and every earlier token of the account stops working', async () => {
    const { jar } = await cookieLogin('leader');
    const bearer = await new ApiClient(running.url).as('leader');
    expect((await bearer.get('/me')).status).toBe(200);
    const adminLogin = await new ApiClient(running.url).post('/auth/login', { username: 'admin', password: 'parkflow' });
    const board = (token: string) => fetch(`${running.url}/api/admin/queues`, { headers: { authorization: `Bearer ${token}` } });
    expect((await board(adminLogin.body.accessToken)).status).toBe(200);
    const res = await fetch(`${running.url}/api/auth/logout`, { method: 'POST', headers: { cookie: jar } });
    expect(res.status).toBe(200);
    expect(res.headers.getSetCookie().join(';')).toMatch(/parkflow_session=;.*Expires=Thu, 01 Jan 1970/);
    expect((await fetch(`${running.url}/api/me`, { headers: { cookie: jar } })).status).toBe(401);
    expect((await bearer.get('/me')).status).toBe(401);
    // The queue board checks sign-out too (it once verified only the token's signature).
    await fetch(`${running.url}/api/auth/logout`, { method: 'POST', headers: { authorization: `Bearer ${adminLogin.body.accessToken}` } });
    expect((await board(adminLogin.body.accessToken)).status).toBe(401);
    // A new sign-in works at once.
    expect((await (await new ApiClient(running.url).as('leader')).get('/me')).status).toBe(200);
    // Without a session, signing out only clears cookies.
    expect((await fetch(`${running.url}/api/auth/logout`, { method: 'POST' })).status).toBe(200);
  });
});

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../../tooling/scripts/stack.mjs';
import { startEmbeddedPostgres, type EmbeddedPostgres } from '../src/index.js';

/** The embedded database is not a passwordless superuser: the socket asks every client for its password. */
describe('the embedded database asks for its password', () => {
  const dir = mkdtempSync(join(tmpdir(), 'parkflow-embedded-auth-'));
  let embedded: EmbeddedPostgres;
  let port: number;

  beforeAll(async () => {
    port = await freePort(55400);
    embedded = await startEmbeddedPostgres({ dataDir: join(dir, 'pglite'), port, password: 'generated-secret-1234' });
  }, 60_000);

  afterAll(async () => {
    await embedded?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  async function query(url: string): Promise<unknown> {
    const client = new pg.Client({ connectionString: url });
    client.on('error', () => undefined);
    try {
      await client.connect();
      return (await client.query('SELECT 1 AS one')).rows[0];
    } finally {
      await client.end().catch(() => undefined);
    }
  }

  it('serves a client with the right password, on 127.0.0.1', async () => {
    expect(embedded.url).toBe(`postgres://postgres:generated-secret-1234@127.0.0.1:${port}/postgres`);
    expect(await query(embedded.url)).toEqual({ one: 1 });
  });

  it('refuses a wrong or missing password, and keeps serving the right one afterwards', async () => {
    await expect(query(`postgres://postgres:guess@127.0.0.1:${port}/postgres`)).rejects.toThrow(/password authentication failed/);
    await expect(query(`postgres://postgres@127.0.0.1:${port}/postgres`)).rejects.toThrow();
    expect(await query(embedded.url)).toEqual({ one: 1 });
  });
});

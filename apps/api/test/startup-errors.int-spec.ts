import { spawn } from 'node:child_process';
import net from 'node:net';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { freePort, ROOT } from '../../../tooling/scripts/stack.mjs';
import { createDatabase, dropDatabase, runScopedName } from '../../../tooling/scripts/test-resources.mjs';

/** Runs the built api with an environment and returns its exit code and what it printed. */
function runApi(env: Record<string, string | undefined>): Promise<{ code: number | null; stderr: string; stdout: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(ROOT, 'apps/api/dist/main.js')], {
      env: { PATH: process.env.PATH, PARKFLOW_TOKEN_SECRET: 'startup-error-test-secret', ...env },
    });
    let stderr = '';
    let stdout = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    // Generous: on a loaded 2-core machine (browser tests beside it) a Node start alone took 25 s.
    const timer = setTimeout(() => child.kill('SIGKILL'), 90_000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stderr, stdout });
    });
  });
}

const DB = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

describe('bad configuration stops the api with one clear line', { timeout: 120_000 }, () => {
  it('names an unreachable DATABASE_URL', async () => {
    const port = await freePort(0);
    const { code, stderr } = await runApi({ DATABASE_URL: `postgres://parkflow:secret@127.0.0.1:${port}/parkflow` });
    expect(code).toBe(1);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/database at postgres:\/\/parkflow:\*\*\*@127\.0\.0\.1:\d+\/parkflow is unreachable \(connect ECONNREFUSED/);
    expect(stderr).not.toContain('secret');
  });

  it('names a malformed REDIS_URL', async () => {
    const { code, stderr } = await runApi({ DATABASE_URL: DB, REDIS_URL: 'localhost:6379' });
    expect(code).toBe(1);
    expect(stderr.trim()).toMatch(/^ParkFlow API cannot start: REDIS_URL must start with redis: or rediss:\/\//);
  });

  it('names an unreachable Redis', async () => {
    const port = await freePort(0);
    const { code, stderr } = await runApi({ DATABASE_URL: DB, REDIS_URL: `redis://127.0.0.1:${port}` });
    expect(code).toBe(1);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/The Redis at redis:\/\/127\.0\.0\.1:\d+ is unreachable/);
  });

  it('names a port already taken', async () => {
    const server = net.createServer();
    const port = await new Promise<number>((resolve) => server.listen(0, '0.0.0.0', () => resolve((server.address() as net.AddressInfo).port)));
    const name = runScopedName('startup_port');
    const url = await createDatabase(DB, name);
    try {
      const { code, stderr } = await runApi({ DATABASE_URL: url, REDIS_URL: process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379', PORT: String(port), PARKFLOW_QUEUE_PREFIX: '{pf-startup-test}' });
      expect(code).toBe(1);
      expect(stderr.trim()).toBe(`ParkFlow API cannot start: Port ${port} is already in use: stop the other program or set PORT to a free port`);
    } finally {
      server.close();
      await dropDatabase(DB, name);
    }
  });

  it('refuses a production start without a token secret', async () => {
    const { code, stderr } = await runApi({ DATABASE_URL: DB, PARKFLOW_TOKEN_SECRET: '' });
    expect(code).toBe(1);
    expect(stderr.trim()).toMatch(/PARKFLOW_TOKEN_SECRET must be set/);
  });

  it('names a sign-in setting that is not a whole number', async () => {
    const { code, stderr } = await runApi({ DATABASE_URL: DB, PARKFLOW_TOKEN_TTL_SECONDS: 'twelve hours' });
    expect(code).toBe(1);
    expect(stderr.trim()).toBe('ParkFlow API cannot start: PARKFLOW_TOKEN_TTL_SECONDS "twelve hours" must be a whole number of at least 1');
  });
});

// The launcher (`npm start`, the browser tests' stack) starts the api and the worker in process
// groups of their own and stops them in order. When the launcher itself dies — a crash, kill -9 —
// they must stop by themselves: once, an api whose embedded database had died with the launcher
// retried its connections for ever and kept its port, and `npm start` never gave the terminal back.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort, ROOT } from '../scripts/stack.mjs';

const dataDir = mkdtempSync(join(tmpdir(), 'parkflow-launcher-gone-'));
const alive = (pid) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};
let pids = [];

afterAll(() => {
  for (const pid of pids) if (alive(pid)) process.kill(pid, 'SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
});

describe('the api and the worker without their launcher', () => {
  it('stop by themselves within the stop grace when the launcher is killed with SIGKILL', async () => {
    const port = await freePort(3390);
    const dbPort = await freePort(54440);
    // A launcher of its own (the embedded database lives in it), which prints its children's pids.
    // They inherit its output, as under \`npm start\`: this test holds that pipe open, so they cannot
    // learn of the launcher's death from a broken pipe.
    const script = `
      const { startStack } = await import(${JSON.stringify(pathToFileURL(join(ROOT, 'tooling/scripts/stack.mjs')).href)});
      const stack = await startStack({ port: ${port}, dataDir: ${JSON.stringify(dataDir)}, stdio: 'inherit', log: () => undefined,
        env: { DATABASE_URL: '', REDIS_URL: '', PARKFLOW_EMBEDDED_DB_PORT: '${dbPort}', PARKFLOW_SEED: 'none' } });
      console.log('READY ' + stack.api.pid + ' ' + stack.worker.pid);
      await new Promise(() => undefined);`;
    const env = { ...process.env };
    delete env.DATABASE_URL;
    delete env.REDIS_URL;
    const launcher = spawn(process.execPath, ['--input-type=module', '-e', script], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    launcher.stdout.on('data', (c) => (out += c));
    launcher.stderr.on('data', (c) => (out += c));
    const deadline = Date.now() + 180_000;
    while (!/READY \d+ \d+/.test(out) && launcher.exitCode === null && Date.now() < deadline) await new Promise((r) => setTimeout(r, 250));
    const ready = /READY (\d+) (\d+)/.exec(out);
    expect(ready, `the stack did not start:\n${out}`).not.toBeNull();
    pids = [Number(ready[1]), Number(ready[2])];
    const health = await fetch(`http://127.0.0.1:${port}/api/health`);
    expect(health.status).toBe(200);

    launcher.kill('SIGKILL');
    const killedAt = Date.now();
    // The children's close is bounded at 20 s (STOP_GRACE_MS); give the exit a few seconds more.
    while (pids.some(alive) && Date.now() - killedAt < 30_000) await new Promise((r) => setTimeout(r, 250));
    const left = pids.filter(alive);
    expect(left, `still running ${((Date.now() - killedAt) / 1000).toFixed(1)} s after the launcher was killed: ${left.join(', ')}`).toEqual([]);
    // And the port is free again for the next start.
    expect(await freePort(port)).toBe(port);
  });
});

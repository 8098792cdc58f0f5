import { defineConfig, devices } from '@playwright/test';
import { PARK_KIND_CONFIG } from './e2e/support/park-config';

// npm test picks a free port and passes it to the stack script and to the tests alike.
const port = Number(process.env.PARKFLOW_E2E_PORT ?? 3100);

export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.e2e.ts',
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  reporter: [['list'], ['json', { outputFile: 'test-reports/e2e.json' }]],
  timeout: 90_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: process.env.PARKFLOW_E2E_URL ?? `http://127.0.0.1:${port}`,
    locale: 'zh-CN',
    timezoneId: 'Europe/Berlin',
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        viewport: { width: 1280, height: 800 },
        launchOptions: {
          executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
          args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-dev-shm-usage'],
        },
      },
    },
  ],
  webServer: {
    command: 'node ../../tooling/scripts/e2e-stack.mjs',
    // A park's overrides, which must reach the browser through /meta (merged into the inherited environment).
    env: { PARKFLOW_KIND_CONFIG: JSON.stringify(PARK_KIND_CONFIG) },
    url: `http://127.0.0.1:${port}/api/health`,
    reuseExistingServer: !process.env.CI,
    timeout: 180_000,
    // The stack script stops the worker, the api and its database, then drops its test database.
    gracefulShutdown: { signal: 'SIGTERM', timeout: 30_000 },
    stdout: 'pipe',
  },
});

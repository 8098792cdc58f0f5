// The one vitest setup: unit tests beside the code (*.spec.ts), integration tests against real
// PostgreSQL and Redis (*.int-spec.ts). Each writes a JSON report that `npm test` sums into its
// closing line.
import { defineConfig } from 'vitest/config';

export function unitConfig(test = {}) {
  return defineConfig({
    test: {
      include: ['src/**/*.spec.ts', 'src/**/*.spec.tsx'],
      environment: 'node',
      reporters: ['default', 'json'],
      outputFile: { json: 'test-reports/unit.json' },
      passWithNoTests: false,
      // The property tests take ~1 s alone; turbo runs several packages at once on 2 cores.
      testTimeout: 20_000,
      ...test,
    },
  });
}

export function intConfig(test = {}) {
  return defineConfig({
    test: {
      include: ['test/**/*.int-spec.ts'],
      environment: 'node',
      reporters: ['default', 'json'],
      outputFile: { json: 'test-reports/int.json' },
      testTimeout: 60_000,
      hookTimeout: 180_000,
      // Each file starts whole stacks; two at once on a 2-core machine only slows both.
      fileParallelism: false,
      ...test,
    },
  });
}

/**
 * The park's own kind configuration the browser tests' stack runs with: playwright.config.ts
 * hands it to the stack as PARKFLOW_KIND_CONFIG, which the api and the worker read alike (one
 * environment, tooling/scripts/stack.mjs). The values differ from the built-in appeal (extension
 * cap 10 days, handling 5 working days) so a test can tell that the browser shows the park's.
 * No other browser test depends on those two built-in values.
 */
export const PARK_KIND_CONFIG = {
  appeal: {
    extensionCapDays: 4,
    stages: { handle: { amount: 4, unit: 'working_days', urgentAmount: 1 } },
  },
} as const;

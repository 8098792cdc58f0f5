import { intConfig } from './vitest/vitest.preset.mjs';

export default intConfig({ include: ['test/**/*.int-spec.mjs'], testTimeout: 600_000 });

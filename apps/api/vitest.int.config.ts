import { intConfig } from '@parkflow/tooling/vitest';

export default intConfig();

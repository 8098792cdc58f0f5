import { unitConfig } from '@parkflow/tooling/vitest';

export default unitConfig();

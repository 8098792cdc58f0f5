import type { UserConfig } from 'vitest/config';
type TestOptions = NonNullable<UserConfig['test']>;
export function unitConfig(test?: TestOptions): UserConfig;
export function intConfig(test?: TestOptions): UserConfig;

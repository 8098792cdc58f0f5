export function runScopedName(purpose: string): string;
export function createDatabase(serverUrl: string, name: string): Promise<string>;
export function dropDatabase(serverUrl: string, name: string): Promise<void>;
export function clearRedisPrefix(redisUrl: string, prefix: string): Promise<void>;

import { ConfigError, redactUrl } from './runtime-config.js';

/** A service ParkFlow needs did not answer at start-up. */
export class ServiceUnreachableError extends Error {
  override name = 'ServiceUnreachableError';
  constructor(
    readonly service: 'database' | 'Redis',
    readonly url: string,
    override readonly cause: unknown,
  ) {
    super(`The ${service} at ${redactUrl(url)} is unreachable (${reason(cause)})`);
  }
}

function reason(error: unknown): string {
  const e = error as NodeJS.ErrnoException & { errors?: NodeJS.ErrnoException[] };
  const code = e?.code ?? e?.errors?.[0]?.code;
  const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
  return code && !message?.includes(code) ? `${code}: ${message}` : (message ?? 'unknown error');
}

/** Runs a start-up probe and names the service when it fails. */
export async function probe<T>(service: 'database' | 'Redis', url: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    throw new ServiceUnreachableError(service, url, error);
  }
}

/**
 * Turns a failure at start-up into the one line an operator needs: what is wrong and where,
 * never a stack trace.
 */
export function describeStartupError(error: unknown, context: { port?: number } = {}): string {
  if (error instanceof ConfigError || error instanceof ServiceUnreachableError) return error.message;
  const e = error as NodeJS.ErrnoException;
  if (e?.code === 'EADDRINUSE') return `Port ${context.port ?? '?'} is already in use: stop the other program or set PORT to a free port`;
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0] ?? 'unknown error';
}

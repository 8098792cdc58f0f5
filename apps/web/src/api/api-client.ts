import type { ApiError } from '@parkflow/contracts';
import { CSRF_HEADER } from '@parkflow/contracts/wire-names';
import { readApiError } from './api-error.guard';
import { session } from './session.store';

/** The part of a zod schema the client uses: a contract schema from `@parkflow/contracts`. */
export interface ContractSchema<T> {
  safeParse(data: unknown): { success: true; data: T } | { success: false; error: { issues: readonly unknown[] } };
}

/**
 * A contract schema loaded on demand (`lazyContract`), for the modules of the queue route, which
 * does not download zod before it is interactive. In `check` mode the response is used as it came
 * and checked once the schema is there, a drift reported in the console as with `ContractSchema`
 * (only for schemas without defaults or transforms); in `parse` mode the call waits for it.
 */
export interface LazyContract<T> {
  readonly lazy: () => Promise<ContractSchema<T>>;
  /** `check`: use the answer now, check it when the schema is there; `parse`: wait for the schema and parse. */
  readonly mode: 'check' | 'parse';
}

/** A failed call: `status` 0 means the network failed; `body` is the API's error body when it sent one. */
export class ApiRequestError extends Error {
  constructor(
    readonly status: number,
    readonly body: ApiError | null,
    message: string,
  ) {
    super(message);
    this.name = 'ApiRequestError';
  }
}

export function isApiError(error: unknown, status?: number): error is ApiRequestError {
  return error instanceof ApiRequestError && (status === undefined || error.status === status);
}

type UnauthorizedListener = () => void;
const unauthorizedListeners = new Set<UnauthorizedListener>();

/** Called whenever the API answers 401 to an authenticated call (the session has been forgotten already). */
export function onUnauthorized(listener: UnauthorizedListener): () => void {
  unauthorizedListeners.add(listener);
  return () => unauthorizedListeners.delete(listener);
}

export interface RequestOptions<T> {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  query?: Record<string, string | number | undefined>;
  /** The contract's response schema (or one loaded on demand); a response that breaks it is reported, not hidden. */
  schema?: ContractSchema<T> | LazyContract<T>;
  /** The login call itself: a 401 there means wrong credentials, not an expired session. */
  anonymous?: boolean;
  signal?: AbortSignal;
}

export function buildUrl(path: string, query?: RequestOptions<unknown>['query']): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== '') params.set(key, String(value));
  }
  const search = params.toString();
  return `/api${path}${search ? `?${search}` : ''}`;
}

async function readJson(response: Response): Promise<unknown> {
  if (response.status === 204) return undefined;
  const text = await response.text();
  if (!text) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/**
 * Calls the ParkFlow API under `/api` with the session cookie (sent by the browser, never read
 * here) and, on writes, the CSRF token; checks the answer against the contract.
 */
export async function apiRequest<T>(path: string, options: RequestOptions<T> = {}): Promise<T> {
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = { Accept: 'application/json' };
  const csrf = session.csrfToken();
  if (method !== 'GET' && csrf) headers[CSRF_HEADER] = csrf;
  // A FormData body (a multipart upload) sets its own Content-Type, with the boundary.
  const multipart = options.body instanceof FormData;
  if (options.body !== undefined && !multipart) headers['Content-Type'] = 'application/json';

  let response: Response;
  try {
    response = await fetch(buildUrl(path, options.query), {
      method,
      headers,
      credentials: 'same-origin',
      body: options.body === undefined ? undefined : multipart ? (options.body as FormData) : JSON.stringify(options.body),
      signal: options.signal,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiRequestError(0, null, `Network error on ${method} ${path}`);
  }

  const payload = await readJson(response);
  if (!response.ok) {
    const body = readApiError(payload);
    if (response.status === 401 && !options.anonymous) {
      session.forget();
      unauthorizedListeners.forEach((listener) => listener());
    }
    throw new ApiRequestError(response.status, body, body?.message ?? `${method} ${path} failed with ${response.status}`);
  }

  const schema = options.schema;
  if (!schema) return payload as T;
  if ('lazy' in schema) {
    if (schema.mode === 'parse') return checkContract(await schema.lazy(), payload, method, path);
    void schema.lazy().then(
      (loaded) => checkContract(loaded, payload, method, path),
      () => undefined, // The check's chunk did not load (offline): the answer stands unchecked.
    );
    return payload as T;
  }
  return checkContract(schema, payload, method, path);
}

function checkContract<T>(schema: ContractSchema<T>, payload: unknown, method: string, path: string): T {
  const checked = schema.safeParse(payload);
  if (checked.success) return checked.data;
  // Contract drift: say so loudly in the console, but keep the screen usable.
  console.warn(`[contract] ${method} ${path}: the response does not match @parkflow/contracts`, checked.error.issues);
  return payload as T;
}

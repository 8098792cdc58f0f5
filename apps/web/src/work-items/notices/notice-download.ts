import { ApiRequestError, buildUrl } from '../../api/api-client';
import { readApiError } from '../../api/api-error.guard';
import { session } from '../../api/session.store';

/** The file name a response offers: RFC 6266 `filename*` (UTF-8, the Chinese name) over the ASCII `filename`. */
export function attachmentFilename(disposition: string | null, fallback: string): string {
  if (!disposition) return fallback;
  const extended = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(disposition);
  if (extended) {
    try {
      return decodeURIComponent(extended[1]!.trim());
    } catch {
      // A malformed escape: fall through to the plain name.
    }
  }
  const plain = /filename\s*=\s*"([^"]*)"/i.exec(disposition) ?? /filename\s*=\s*([^;]+)/i.exec(disposition);
  return plain?.[1]?.trim() || fallback;
}

/** `GET /api/work-items/:id/notices/:type` as a file (fetchAttachment). */
export function fetchNotice(itemId: string, type: string, fallbackName: string): Promise<{ blob: Blob; filename: string }> {
  return fetchAttachment(`/work-items/${encodeURIComponent(itemId)}/notices/${encodeURIComponent(type)}`, fallbackName);
}

/**
 * A file the API sends (a notice's .docx, a ledger's .xlsx). Fetched, not linked: the session
 * rides on the cookie as with every other call (api-client.ts), and a refusal comes back as the
 * API's error body for the screen to show instead of a browser page with JSON in it.
 */
export async function fetchAttachment(path: string, fallbackName: string): Promise<{ blob: Blob; filename: string }> {
  let response: Response;
  try {
    response = await fetch(buildUrl(path), { credentials: 'same-origin' });
  } catch {
    throw new ApiRequestError(0, null, `Network error on GET ${path}`);
  }
  if (!response.ok) {
    const body = readApiError(await response.json().catch(() => null));
    // As every other call: a 401 means the session is gone (the watcher sends the user to sign in).
    if (response.status === 401) session.forget();
    throw new ApiRequestError(response.status, body, body?.message ?? `GET ${path} failed with ${response.status}`);
  }
  return { blob: await response.blob(), filename: attachmentFilename(response.headers.get('content-disposition'), fallbackName) };
}

/** Hands a blob to the browser as a download. */
export function saveBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Revoked on the next turn: some browsers start the download only after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/**
 * The browser session's wire names, shared by the api that sets them and the web client that
 * reads the CSRF cookie: the HttpOnly session cookie, the readable CSRF cookie, and the header a
 * write echoes it in.
 */
export const SESSION_COOKIE = 'parkflow_session';
export const CSRF_COOKIE = 'parkflow_csrf';
export const CSRF_HEADER = 'X-CSRF-Token';

/** One cookie's value from a `Cookie` header (or `document.cookie`), or null. */
export function readCookieValue(cookieHeader: string | undefined, name: string): string | null {
  for (const part of (cookieHeader ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key !== name) continue;
    try {
      return decodeURIComponent(rest.join('='));
    } catch {
      return null;
    }
  }
  return null;
}

import { CSRF_COOKIE, readCookieValue } from '@parkflow/contracts/wire-names';

/**
 * The browser's session lives in an HttpOnly cookie this code cannot read (so a script injected
 * into the page cannot steal it). What JavaScript sees is the CSRF cookie set beside it: its
 * presence says a session probably exists, and its value goes back in `X-CSRF-Token` on writes.
 */
function readCsrf(): string | null {
  return typeof document === 'undefined' ? null : readCookieValue(document.cookie, CSRF_COOKIE);
}

export const session = {
  /** Whether a session cookie was set and has not expired (the API still decides whether it is valid). */
  present(): boolean {
    return readCsrf() !== null;
  },
  csrfToken(): string | null {
    return readCsrf();
  },
  /** Forgets a session the API refused: the readable cookie now; the HttpOnly one by signing out. */
  forget(): void {
    if (typeof document !== 'undefined') document.cookie = `${CSRF_COOKIE}=; Max-Age=0; Path=/; SameSite=Strict`;
    void fetch('/api/auth/logout', { method: 'POST', credentials: 'same-origin' }).catch(() => undefined);
  },
};

/**
 * The browser's session lives in an HttpOnly cookie this code cannot read (so a script injected
 * into the page cannot steal it). What JavaScript sees is the CSRF cookie set beside it: its
 * presence says a session probably exists, and its value goes back in `X-CSRF-Token` on writes.
 */
const CSRF_COOKIE = 'parkflow_csrf';

function readCsrf(): string | null {
  if (typeof document === 'undefined') return null;
  for (const part of document.cookie.split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === CSRF_COOKIE) return decodeURIComponent(rest.join('='));
  }
  return null;
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

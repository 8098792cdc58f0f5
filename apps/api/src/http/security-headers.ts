import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';
import { isSecureRequest } from './secure-request.js';

/**
 * Security headers through helmet on every response, and no `X-Powered-By`.
 * The web client's policy is strict: its scripts, styles and data from this origin only.
 * `style-src 'unsafe-inline'` stays because Ant Design writes its CSS-in-JS into <style> tags
 * at run time (the e2e suite fails on any CSP violation, so a tighter rule is tested at once).
 * The two operator tools that ship inline scripts — Swagger UI at /api/docs and the queue board
 * at /api/admin/queues — get a policy of their own with inline scripts allowed, on their paths only.
 * HSTS is sent only when the request came over TLS (directly or through a proxy saying so), so a
 * plain-HTTP install on a LAN is not locked out of itself.
 */
export function applySecurityHeaders(app: NestExpressApplication, tools: readonly string[]): void {
  app.disable('x-powered-by');
  const common = {
    crossOriginEmbedderPolicy: false,
    referrerPolicy: { policy: 'no-referrer' as const },
    frameguard: { action: 'deny' as const },
    strictTransportSecurity: false,
  };
  const strict = helmet({
    ...common,
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        'default-src': ["'self'"],
        'script-src': ["'self'"],
        'style-src': ["'self'", "'unsafe-inline'"],
        'img-src': ["'self'", 'data:', 'blob:'],
        'font-src': ["'self'", 'data:'],
        'connect-src': ["'self'"],
        'object-src': ["'none'"],
        'base-uri': ["'self'"],
        'form-action': ["'self'"],
        'frame-ancestors': ["'none'"],
      },
    },
  });
  const tool = helmet({
    ...common,
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        'default-src': ["'self'"],
        'script-src': ["'self'", "'unsafe-inline'"],
        'style-src': ["'self'", "'unsafe-inline'"],
        'img-src': ["'self'", 'data:'],
        'connect-src': ["'self'"],
        'object-src': ["'none'"],
        'frame-ancestors': ["'none'"],
      },
    },
  });
  const hsts = helmet.strictTransportSecurity({ maxAge: 15_552_000, includeSubDomains: true });
  app.use((req: Request, res: Response, next: NextFunction) => {
    const headers = tools.some((p) => req.path === p || req.path.startsWith(`${p}/`) || req.path.startsWith(`${p}-`)) ? tool : strict;
    headers(req, res, (error?: unknown) => {
      if (error || !isSecureRequest(req)) return next(error);
      hsts(req, res, next);
    });
  });
}

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import serveStatic from 'serve-static';

/**
 * Serves the built web client beside /api from one address: static files, and index.html for
 * every other GET so that client-side routes survive a reload. Never for /api: a static handler
 * in front of every route stat()ed the disk on each api request (3 % of the api's CPU on the
 * queue page, docs/benchmarks.md).
 */
export function serveWebClient(app: NestExpressApplication, distDir: string): boolean {
  const index = join(distDir, 'index.html');
  if (!existsSync(index)) return false;
  const assets = serveStatic(distDir, { index: false, maxAge: '1h' });
  app.use((req: Request, res: Response, next: NextFunction) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || req.path.startsWith('/api')) return next();
    // A file of the build, else index.html: the client's own routes.
    assets(req, res, (error?: unknown) => {
      if (error) return next(error);
      res.setHeader('Cache-Control', 'no-cache');
      res.sendFile(index);
    });
  });
  return true;
}

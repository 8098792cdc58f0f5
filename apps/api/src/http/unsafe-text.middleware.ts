import { findUnsafeText } from '@parkflow/contracts';
import type { NextFunction, Request, Response } from 'express';

/**
 * Every request's parsed query and JSON body pass the contracts' one unsafe-text check before any
 * route, pipe or guard: a 400 with a message per field, in the shape of every other 400.
 */
export function rejectUnsafeText(req: Request, res: Response, next: NextFunction): void {
  const fields = { ...findUnsafeText(req.query, 'query'), ...findUnsafeText(req.body, '') };
  if (Object.keys(fields).length === 0) return next();
  res.status(400).json({ statusCode: 400, error: 'Bad Request', message: 'The request contains text that cannot be stored', fields });
}

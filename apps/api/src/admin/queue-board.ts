import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { ALL_QUEUE_NAMES } from '@parkflow/queues';
import type { NextFunction, Request, Response } from 'express';
import { bearerToken, readCookie, SESSION_COOKIE } from '../auth/session-cookie.js';
import { TokenService } from '../auth/token.service.js';
import { UsersService } from '../auth/users.service.js';
import { QueueProducerService } from '../queues/queue-producer.service.js';

export const QUEUE_BOARD_PATH = '/api/admin/queues';
const COOKIE = 'parkflow_board';

/**
 * bull-board for administrators: every queue, its jobs and its final failures. A browser opens
 * it with `?access_token=` once; the token then rides in an httpOnly cookie scoped to the board.
 * The board is read-only (see below).
 */
export function mountQueueBoard(app: NestExpressApplication): void {
  const tokens = app.get(TokenService);
  const users = app.get(UsersService);
  const producer = app.get(QueueProducerService);
  const serverAdapter = new ExpressAdapter();
  serverAdapter.setBasePath(QUEUE_BOARD_PATH);
  // Read-only: operators look (jobs, delays, final failures) but cannot pause a queue, add, retry,
  // promote or delete jobs from a browser tab. Everything a queue holds is rebuilt from the
  // database (outbox relay, reconcile), so a change belongs there, not in Redis; bull-board refuses
  // every write on a read-only queue server-side with a 405.
  createBullBoard({ queues: ALL_QUEUE_NAMES.map((name) => new BullMQAdapter(producer.queue(name), { readOnlyMode: true })), serverAdapter, options: { uiConfig: { boardTitle: 'ParkFlow 队列' } } });
  const guard = async (req: Request, res: Response, next: NextFunction) => {
    const query = typeof req.query.access_token === 'string' ? req.query.access_token : null;
    // An admin signed in to the web client is let in by the session cookie; API clients by a bearer or a one-time ?access_token=.
    const token = bearerToken(req) ?? query ?? readCookie(req, COOKIE) ?? readCookie(req, SESSION_COOKIE);
    const claims = token ? tokens.verifyClaims(token) : null;
    const current = claims ? await users.load(claims.userId, claims.issuedAt).catch(() => null) : null;
    if (!current) return res.status(401).json({ statusCode: 401, error: 'Unauthorized', message: 'Sign in as an administrator first' });
    if (!current.actor.roles.includes('admin')) return res.status(403).json({ statusCode: 403, error: 'Forbidden', message: 'The queue board is for administrators' });
    if (query) res.cookie(COOKIE, query, { httpOnly: true, sameSite: 'strict', path: QUEUE_BOARD_PATH });
    next();
  };
  app.use(QUEUE_BOARD_PATH, guard, serverAdapter.getRouter());
}

import { Catch, HttpException, HttpStatus, Logger, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { ApiError } from '@parkflow/contracts';
import { isDatabaseUnavailable, StaleVersionError } from '@parkflow/db';
import type { Response } from 'express';

const REASONS: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  413: 'Payload Too Large',
  422: 'Unprocessable Entity',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

/** How long a client should wait before trying again: a restart takes a few seconds. */
export const DATABASE_RETRY_AFTER_SECONDS = 5;

/**
 * Every error leaves as `{statusCode, error, message, fields?, reason?, params?}`. The database
 * away (down, restarting) is a 503 with Retry-After, logged once a minute rather than per request;
 * anything else unexpected is logged and becomes a bare 500.
 */
@Catch()
export class ApiExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('http');
  private lastUnavailableLog = 0;
  private unavailableSinceLog = 0;

  catch(exception: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    if (isDatabaseUnavailable(exception)) {
      this.logUnavailable(exception);
      response.setHeader('Retry-After', String(DATABASE_RETRY_AFTER_SECONDS));
      const body: ApiError = { statusCode: 503, error: REASONS[503]!, message: 'The database cannot be reached right now; try again in a few seconds' };
      response.status(503).json(body);
      return;
    }
    const body = this.toBody(exception);
    response.status(body.statusCode).json(body);
  }

  private logUnavailable(exception: unknown): void {
    this.unavailableSinceLog += 1;
    const now = Date.now();
    if (now - this.lastUnavailableLog < 60_000) return;
    this.logger.warn(`database unavailable, answering 503 (${this.unavailableSinceLog} request(s) since the last note): ${exception instanceof Error ? exception.message : String(exception)}`);
    this.lastUnavailableLog = now;
    this.unavailableSinceLog = 0;
  }

  private toBody(exception: unknown): ApiError {
    if (exception instanceof StaleVersionError) {
      return { statusCode: 409, error: REASONS[409]!, message: 'Someone else changed this item first: reload it and try again' };
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const raw = exception.getResponse();
      const payload = typeof raw === 'string' ? { message: raw } : (raw as Partial<Pick<ApiError, 'fields' | 'reason' | 'params' | 'errors' | 'warnings'>> & { message?: unknown });
      const message = Array.isArray(payload.message) ? payload.message.join('; ') : String(payload.message ?? exception.message);
      return {
        statusCode: status,
        error: REASONS[status] ?? HttpStatus[status] ?? 'Error',
        message,
        ...(payload.fields ? { fields: payload.fields } : {}),
        // A refusal of the rules says why as a code the client words (refusal.exception.ts).
        ...(typeof payload.reason === 'string' ? { reason: payload.reason, params: payload.params ?? {} } : {}),
        // A bad holiday arrangement import lists every problem (calendar-arrangement.controller.ts).
        ...(Array.isArray(payload.errors) ? { errors: payload.errors, warnings: payload.warnings ?? [] } : {}),
      };
    }
    // body-parser errors (malformed JSON, too large) carry a status of their own.
    const e = exception as { status?: number; type?: string; message?: string };
    if (typeof e?.status === 'number' && e.status >= 400 && e.status < 500) {
      const message = e.type === 'entity.parse.failed' ? 'The request body is not valid JSON' : (e.message ?? 'Bad request');
      return { statusCode: e.status, error: REASONS[e.status] ?? 'Bad Request', message };
    }
    this.logger.error(exception instanceof Error ? (exception.stack ?? exception.message) : String(exception));
    return { statusCode: 500, error: REASONS[500]!, message: 'Something went wrong on our side; nothing was changed' };
  }
}

import { ForbiddenException, UnprocessableEntityException } from '@nestjs/common';
import type { Refusal } from '@parkflow/domain';
import { InvalidInputException } from './zod-validation.pipe.js';

/**
 * A refusal of the rules, as HTTP: 403 role, 422 status, 400 input. The body carries the reason
 * code and params beside the English message (ApiExceptionFilter passes them on), so the web can
 * word it in the UI language.
 */
export function refusalToHttp(refusal: Refusal): Error {
  const why = { reason: refusal.reason, params: refusal.params as Record<string, string | number | boolean> };
  switch (refusal.code) {
    case 'forbidden':
      return new ForbiddenException({ message: refusal.message, ...why });
    case 'invalid_status':
      return new UnprocessableEntityException({ message: refusal.message, ...why });
    case 'invalid_input':
      return new InvalidInputException(refusal.message, refusal.fields ?? {}, why);
  }
}

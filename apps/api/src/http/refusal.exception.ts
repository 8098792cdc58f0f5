import { ForbiddenException, UnprocessableEntityException } from '@nestjs/common';
import type { Refusal } from '@parkflow/domain';
import { InvalidInputException } from './zod-validation.pipe.js';

/** A refusal of the rules, as HTTP: 403 role, 422 status, 400 input. */
export function refusalToHttp(refusal: Refusal): Error {
  switch (refusal.code) {
    case 'forbidden':
      return new ForbiddenException(refusal.message);
    case 'invalid_status':
      return new UnprocessableEntityException(refusal.message);
    case 'invalid_input':
      return new InvalidInputException(refusal.message, refusal.fields ?? {});
  }
}

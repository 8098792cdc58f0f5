import { UnprocessableEntityException } from '@nestjs/common';
import type { ScheduleProblem } from '@parkflow/domain';
import { InvalidInputException } from '../http/zod-validation.pipe.js';
import { templateProblemsError } from './project-templates.service.js';

/** A plan the scheduler refused, as a 400 naming the node that cannot fit (or the template's problems) on the target field. */
export function scheduleProblemError(problem: ScheduleProblem, targetField: string): InvalidInputException {
  if (problem.code === 'invalid_template') return templateProblemsError(problem.params.problems);
  const { node, shortBy, earliestTarget, earliestStart, latestStart } = problem.params;
  return new InvalidInputException(problem.message.en, { [targetField]: problem.message.zh }, { reason: 'does_not_fit', params: { node, shortBy, earliestTarget, earliestStart, latestStart } });
}

/** 422: the project is archived, so it is read-only. */
export function archivedError(code: string): UnprocessableEntityException {
  return new UnprocessableEntityException({ message: `Project ${code} is archived`, reason: 'project_archived', params: { code } });
}

import { ForbiddenException } from '@nestjs/common';
import { drillFieldsWithoutFact, statDrillDownOf, statDrillDownProblem, STAT_PERIOD_MAX_DAYS, type Actor, type StatDrillDownQuery } from '@parkflow/domain';
import { InvalidInputException } from '../http/zod-validation.pipe.js';

/**
 * A queue query that drills into a figure (fact=…), checked before any row is read: the fields
 * of a drill-down without a fact (400, each named), a reader without statistics or a department
 * outside their figures (403, as GET /api/stats says), a period the wrong way round or too long
 * (400). Returns the query with its period filled in, so a ledger job run later lists the same
 * days as the screen did.
 */
export function checkedDrillDown<Q extends StatDrillDownQuery>(query: Q, actor: Actor, now: Date): Q {
  const alone = drillFieldsWithoutFact(query);
  if (alone.length > 0) throw new InvalidInputException('These filters narrow a statistics drill-down and need fact', Object.fromEntries(alone.map((f) => [f, 'only with fact'])));
  const drill = statDrillDownOf(query, now);
  if (!drill) return query;
  const problem = statDrillDownProblem(actor, drill);
  if (problem === 'no_statistics') throw new ForbiddenException('Statistics are for dispatchers, administrators, department heads and leaders');
  if (problem === 'department_not_in_scope') throw new ForbiddenException('You may not read the figures of this department');
  if (problem === 'reversed') throw new InvalidInputException('The period ends before it begins', { to: `must not be before from (${drill.period.from})` });
  if (problem === 'too_long') throw new InvalidInputException(`A period is at most ${STAT_PERIOD_MAX_DAYS} days`, { to: `at most ${STAT_PERIOD_MAX_DAYS} days after from` });
  return { ...query, from: drill.period.from, to: drill.period.to };
}

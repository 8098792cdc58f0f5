import { CalendarInputError } from '../calendar/calendar-input.error.js';
import { assertDate } from '../calendar/shanghai-time.js';
import type { NodeTemplate } from './node-template.types.js';
import type { ProjectType } from './project-type.catalog.js';

/*
 * The leaders' figure "x% of this year's new projects started by 30 June" (确保 80% 的项目年中
 * 开工). A project has started when the node its template marks as the start (marksStart, the
 * 开工 node) has an actual finish on or before `by`. A project whose nodes have no start node
 * (a continuing project's) cannot start: it is left out of the figure and counted apart, so a
 * wrongly chosen type does not silently lower the share.
 */

export interface StartCountProject {
  type: ProjectType;
  /** The year of the key-project list (年度重点项目) the project is on. */
  year: number;
  nodes: readonly (Pick<NodeTemplate, 'marksStart'> & { actualFinish?: string | null })[];
}

export interface StartedShare {
  started: number;
  total: number;
  /** started ÷ total, null when total is 0 (no projects: no figure, rather than 0%). */
  share: number | null;
  /** Projects of the year and type whose nodes have no start node, not in total. */
  withoutStartNode: number;
}

export function shareStartedBy(projects: readonly StartCountProject[], query: { year: number; type?: ProjectType; by: string }): StartedShare {
  assertDate(query.by);
  if (!Number.isInteger(query.year)) throw new CalendarInputError(`Year must be an integer, got ${query.year}`);
  let started = 0;
  let total = 0;
  let withoutStartNode = 0;
  for (const p of projects) {
    if (p.year !== query.year || (query.type !== undefined && p.type !== query.type)) continue;
    const startNode = p.nodes.find((n) => n.marksStart === true);
    if (startNode === undefined) {
      withoutStartNode += 1;
      continue;
    }
    total += 1;
    if (startNode.actualFinish != null && startNode.actualFinish <= query.by) started += 1;
  }
  return { started, total, share: total === 0 ? null : started / total, withoutStartNode };
}

import { isProjectPhase, type ProjectPhase } from '@parkflow/domain';
import type { ProjectFilterQuery, ProjectSummary } from '@parkflow/contracts';

/*
 * The battle map's and the project list's filters live in the URL (?phase=&departmentId=&chiefOfficerId=),
 * so a filtered map can be bookmarked and shared on the wall screen. A value the URL cannot mean
 * (an unknown phase, a blank id) is no filter rather than an error.
 */
export interface BattleMapFilters {
  phase?: ProjectPhase;
  departmentId?: string;
  chiefOfficerId?: string;
}

const FILTER_KEYS = ['phase', 'departmentId', 'chiefOfficerId'] as const;
// The api answers 400 to an id that is not a uuid: such a URL is read as no filter instead.
const ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function readFilters(search: URLSearchParams): BattleMapFilters {
  const filters: BattleMapFilters = {};
  const phase = search.get('phase');
  if (isProjectPhase(phase)) filters.phase = phase;
  const departmentId = search.get('departmentId');
  if (departmentId && ID.test(departmentId)) filters.departmentId = departmentId;
  const chiefOfficerId = search.get('chiefOfficerId');
  if (chiefOfficerId && ID.test(chiefOfficerId)) filters.chiefOfficerId = chiefOfficerId;
  return filters;
}

/** The URL after one filter changed (undefined clears it); other parameters stay as they were. */
export function withFilter(search: URLSearchParams, key: keyof BattleMapFilters, value: string | undefined): URLSearchParams {
  const next = new URLSearchParams(search);
  if (value === undefined || value === '') next.delete(key);
  else next.set(key, value);
  return next;
}

export function clearFilters(search: URLSearchParams): URLSearchParams {
  const next = new URLSearchParams(search);
  for (const key of FILTER_KEYS) next.delete(key);
  return next;
}

/** `GET /api/projects` with the filters (archived projects are never on the map). */
export function toListQuery(filters: BattleMapFilters, archived = false): ProjectFilterQuery {
  return { ...filters, archived: archived ? 'true' : 'false' };
}

/**
 * Whether a loaded project passes the filters: the api filters too, and its answer replaces the
 * list; this only keeps the previous answer honest while the next one loads. A department is
 * one the project involves or one a node of it is assigned to.
 */
export function matchesFilters(project: ProjectSummary, filters: BattleMapFilters): boolean {
  if (filters.phase !== undefined && project.phase !== filters.phase) return false;
  if (filters.chiefOfficerId !== undefined && project.chiefOfficerId !== filters.chiefOfficerId) return false;
  if (filters.departmentId !== undefined) {
    const id = filters.departmentId;
    if (!project.departmentIds.includes(id) && !project.nodes.some((node) => node.departmentId === id)) return false;
  }
  return true;
}

import { PROJECT_TASK_KIND } from '@parkflow/domain';
import { ROUTES } from '../app/route-paths';

/** 提出问题: the register page with the project task kind (问题清单), the project and (optionally) the node filled in. */
export function raiseProblemLink(projectId: string, nodeKey?: string): string {
  const search = new URLSearchParams({ kind: PROJECT_TASK_KIND.id, projectId });
  if (nodeKey) search.set('nodeKey', nodeKey);
  return `${ROUTES.register}?${search.toString()}`;
}

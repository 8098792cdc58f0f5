import { ProjectEntity } from '@parkflow/db';
import { mayOnProject, PROJECT_NODE_DATE, type Actor } from '@parkflow/domain';
import type { EntityManager } from 'typeorm';
import { InvalidInputException } from '../http/zod-validation.pipe.js';

/**
 * The project a project task names, checked: it exists and the registrar may read it (else 400
 * "no such project", so an unseen project is not revealed), it is not archived, and the node,
 * when one is named, is in its plan. The node's planned finish becomes the item's linked date
 * (PROJECT_NODE_DATE), from which its handling deadline is counted; never taken from the client.
 */
export async function resolveProjectLink(manager: EntityManager, projectId: string, nodeKey: string | null, actor: Actor): Promise<{ project: ProjectEntity; linkedDates: Record<string, string> }> {
  const project = await manager.getRepository(ProjectEntity).findOneBy({ id: projectId });
  if (!project || !mayOnProject(actor, project, 'read')) throw new InvalidInputException('The item names a project that does not exist', { projectId: 'no such project' });
  if (project.archivedAt) throw new InvalidInputException(`Project ${project.code} is archived`, { projectId: 'the project is archived' });
  if (nodeKey === null) return { project, linkedDates: {} };
  const node = project.nodes.find((n) => n.key === nodeKey);
  if (!node) throw new InvalidInputException(`Project ${project.code} has no node ${nodeKey}`, { nodeKey: 'no such node in the project' });
  return { project, linkedDates: { [PROJECT_NODE_DATE]: node.plannedFinish } };
}

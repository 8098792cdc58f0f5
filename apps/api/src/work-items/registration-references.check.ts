import { DepartmentEntity, EnterpriseEntity } from '@parkflow/db';
import type { RegisterInput } from '@parkflow/domain';
import type { EntityManager } from 'typeorm';

/**
 * What the pure registration rules cannot know: that the department and the enterprise named
 * exist (a nil or made-up UUID would otherwise register an item pointing at nothing). Returns a
 * message per bad field, or null.
 */
export async function checkRegistrationReferences(manager: EntityManager, input: RegisterInput): Promise<Record<string, string> | null> {
  const fields: Record<string, string> = {};
  if (input.departmentId && !(await manager.getRepository(DepartmentEntity).existsBy({ id: input.departmentId }))) fields.departmentId = 'no such department';
  if (input.enterpriseId && !(await manager.getRepository(EnterpriseEntity).existsBy({ id: input.enterpriseId }))) fields.enterpriseId = 'no such enterprise';
  return Object.keys(fields).length > 0 ? fields : null;
}

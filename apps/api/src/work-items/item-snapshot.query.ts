import { WorkItemEntity, WorkItemEventEntity } from '@parkflow/db';
import type { DataSource } from 'typeorm';

/**
 * An item and its timeline (oldest first) from one snapshot (REPEATABLE READ): read apart, a
 * worker's commit between the two reads showed an event beside the item as it was before (the
 * embedded slice test found an item "routed" in its timeline but not in its state).
 */
export async function loadItemSnapshot(dataSource: DataSource, id: string): Promise<{ row: WorkItemEntity | null; events: WorkItemEventEntity[] }> {
  return dataSource.transaction('REPEATABLE READ', async (manager) => {
    const row = await manager.getRepository(WorkItemEntity).findOneBy({ id });
    return { row, events: row ? await manager.getRepository(WorkItemEventEntity).find({ where: { itemId: id }, order: { id: 'ASC' } }) : [] };
  });
}

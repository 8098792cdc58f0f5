import { shanghaiDate } from '@parkflow/domain';
import type { EntityManager } from 'typeorm';

/** Next human-readable code for a kind's prefix on today's Shanghai date, e.g. XF-20261122-0007. */
export async function allocateCode(manager: EntityManager, prefix: string, now: Date): Promise<string> {
  const day = shanghaiDate(now).replaceAll('-', '');
  const key = `${prefix}-${day}`;
  const rows: { last: number }[] = await manager.query(
    `INSERT INTO code_counters (key, last) VALUES ($1, 1)
     ON CONFLICT (key) DO UPDATE SET last = code_counters.last + 1
     RETURNING last`,
    [key],
  );
  const last = rows[0]?.last ?? 1;
  return `${key}-${String(last).padStart(4, '0')}`;
}

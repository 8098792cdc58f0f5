import type { KindRegistry } from '@parkflow/domain';
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { hashPassword } from '../auth/password-hash.js';
import { loadWorkCalendar } from '../calendar/calendar-loader.js';
import { DepartmentEntity } from '../entities/department.entity.js';
import { EnterpriseEntity } from '../entities/enterprise.entity.js';
import { UserEntity } from '../entities/user.entity.js';
import { allocateCode } from '../work-items/code-allocator.js';
import { persistDecision } from '../work-items/work-item.store.js';
import { DEMO_ITEMS, DEMO_PASSWORD } from './demo-data.js';
import { buildDemoPark } from './demo-park.factory.js';
import { runDemoScript, type DemoRunContext } from './demo-script.runner.js';
import { seedDemoProjects } from './demo-projects.seed.js';

/**
 * Seeds the demo park once: departments, one user per role, enterprises, and the demo items.
 * Does nothing when users exist already, so a restart never duplicates data.
 *
 * Every item is played from its script through the domain (registerWorkItem, then decide) at
 * backdated instants, and every decision is stored with persistDecision, as the api and worker
 * store theirs: the items have the events, deadlines, SLA state and outbox rows (timers,
 * notifications, stage jobs) real ones would. The outbox rows are sent when the worker starts;
 * those whose work the replay already did (a timer that fired, a routing that ran) are refused
 * by the rules as done and write nothing.
 */
export async function seedDemoData(dataSource: DataSource, kinds: KindRegistry, now = new Date()): Promise<{ seeded: boolean; items: number }> {
  return dataSource.transaction(async (manager) => {
    const existing = await manager.count(UserEntity);
    if (existing > 0) return { seeded: false, items: 0 };

    const park = buildDemoPark(await hashPassword(DEMO_PASSWORD));
    await manager.insert(DepartmentEntity, park.departments);
    await manager.insert(EnterpriseEntity, park.enterprises);
    await manager.insert(UserEntity, park.users);

    // The calendar the api and worker decide with, admins' overrides included.
    const calendar = await loadWorkCalendar(manager);
    const ctx: DemoRunContext = {
      park,
      now,
      kinds,
      calendar,
      identify: async (prefix, registeredAt) => ({ id: randomUUID(), code: await allocateCode(manager, prefix, registeredAt) }),
      persist: async (previous, decision) => (await persistDecision(manager, previous, decision, calendar)).item,
    };
    let count = 0;
    for (const script of DEMO_ITEMS) {
      const result = await runDemoScript(script, ctx);
      // Only a park's own time limits (PARKFLOW_KIND_CONFIG) can make a step come too late; the
      // item then stays where the rules left it, and the demo still starts.
      if (result.refused) console.warn(`[seed] demo item "${script.title}" stopped: ${result.refused}`);
      if (result.item) count += 1;
    }
    // The key projects (重点项目) with their nodes, permits and one project task each.
    await seedDemoProjects(manager, park, kinds, calendar, now);
    return { seeded: true, items: count };
  });
}

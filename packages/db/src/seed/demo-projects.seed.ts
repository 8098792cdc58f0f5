import { randomUUID } from 'node:crypto';
import { createPlan, createWorkingDayLine, DEFAULT_NODE_TEMPLATES, freezeBaseline, PROJECT_NODE_DATE, registerWorkItem, replan, shanghaiDate, type KindRegistry, type WorkCalendar } from '@parkflow/domain';
import type { EntityManager } from 'typeorm';
import { ProjectEntity } from '../entities/project.entity.js';
import { ProjectProgressReportEntity } from '../entities/project-progress-report.entity.js';
import { allocateProjectCode, appendProjectHistory, planOf } from '../projects/project.store.js';
import { scheduleNodeTimers } from '../projects/node-timers.outbox.js';
import { newProjectRow, storedNodes } from '../projects/project-row.factory.js';
import { allocateCode } from '../work-items/code-allocator.js';
import { persistDecision } from '../work-items/work-item.store.js';
import { DEMO_PROJECTS } from './demo-projects.data.js';
import type { DemoPark } from './demo-park.factory.js';

/**
 * The demo key projects: each planned by the domain from its type's default nodes (createPlan),
 * its finished nodes recorded and the rest re-planned from today as the api does, a baseline
 * where the data says so, one project task registered through registerWorkItem on an open node
 * (due on that node's planned finish), its 形象进度 reports (without photos), its node deadline
 * timers (outbox rows) and the history rows of all of it. Returns how many.
 */
export async function seedDemoProjects(manager: EntityManager, park: DemoPark, kinds: KindRegistry, calendar: WorkCalendar, now: Date): Promise<number> {
  if (!kinds.get('project_task')) return 0;
  const today = shanghaiDate(now);
  const line = createWorkingDayLine(calendar, today);
  const day = (n: number) => line.dateOf(line.onOrAfter(today) + n);
  const dispatcher = park.actor('dispatcher');
  let count = 0;
  for (const p of DEMO_PROJECTS) {
    const targets = { start: day(p.start), completion: day(p.completion), production: day(p.production) };
    const planned = createPlan(p.type, DEFAULT_NODE_TEMPLATES[p.type], targets.production, calendar, { start: targets.start });
    if (!planned.ok) throw new Error(`demo project ${p.name}: ${planned.problem.message.en}`);
    const code = await allocateProjectCode(manager, Number(targets.start.slice(0, 4)));
    const fields = { ...p, targets, chiefOfficerId: park.resolve({ user: 'liaison' }), pushTeamIds: p.pushTeam.map((u) => park.resolve({ user: u })), departmentIds: p.departments.map((d) => park.resolve({ department: d })), scheduleTarget: 'production' as const };
    const row = newProjectRow(fields, { id: randomUUID(), code }, storedNodes(planned.plan, park.departmentId), dispatcher.id, now);
    const history: { type: string; summary: { zh: string; en: string }; data: Record<string, unknown> }[] = [{ type: 'created', summary: { zh: `创建项目 ${code}“${p.name}”`, en: `Created project ${code} "${p.name}"` }, data: { target: targets.production } }];
    if (p.baseline) row.baseline = freezeBaseline(planOf(row));
    row.nodes = row.nodes.map((n) => {
      const done = p.done.find((d) => d.key === n.key);
      return done ? { ...n, actualFinish: day(done.on), evidence: done.evidence ?? null, completedById: dispatcher.id, completedAt: now.toISOString() } : n;
    });
    for (const d of p.done) history.push({ type: 'node_completed', summary: { zh: `节点于 ${day(d.on)} 完成`, en: `Node finished on ${day(d.on)}` }, data: { node: d.key, finishedOn: day(d.on), evidence: d.evidence ?? null } });
    // The rest from today, as the api re-plans after a completion; a late project keeps its plan (it shows red).
    const again = replan(planOf(row), targets.production, calendar, { today: targets.start > today ? targets.start : today });
    if (again.ok) row.nodes = storedNodes(again.plan, park.departmentId, row.nodes);
    await manager.insert(ProjectEntity, row as never);
    // Its node deadlines through the outbox, as the api schedules them: the late project's fire when the worker starts.
    await scheduleNodeTimers(manager, null, row, calendar, now);
    for (const [i, r] of p.progress.entries()) {
      const reportId = randomUUID();
      await manager.insert(ProjectProgressReportEntity, { id: reportId, projectId: row.id, reportedOn: day(r.on), percent: r.percent, note: r.note, reason: r.reason ?? null, reportedById: park.resolve({ user: p.pushTeam[0] ?? 'liaison' }), createdAt: new Date(now.getTime() - 1000 * (p.progress.length - i)) });
      history.push({ type: 'progress_reported', summary: { zh: `上报形象进度 ${r.percent}%（${day(r.on)}，照片 0 张）`, en: `Reported progress ${r.percent}% (${day(r.on)}, 0 photo(s))` }, data: { reportId, percent: r.percent, reportedOn: day(r.on), photos: 0 } });
    }

    const node = row.nodes.find((n) => n.key === p.problem.nodeKey)!;
    const identity = { id: randomUUID(), code: await allocateCode(manager, kinds.get('project_task')!.codePrefix, now) };
    const input = {
      kind: 'project_task', title: p.problem.title, description: p.problem.description, channel: 'inspection', category: p.problem.category, urgency: 'normal' as const,
      enterpriseId: null, petitioner: null, departmentId: park.resolve({ department: p.problem.department }),
      projectId: row.id, projectNodeKey: node.key, linkedDates: { [PROJECT_NODE_DATE]: node.plannedFinish },
    };
    const decision = registerWorkItem(input, dispatcher, identity, now, calendar, kinds);
    if (!decision.ok) throw new Error(`demo project task ${p.problem.title}: ${decision.refusal.message}`);
    await persistDecision(manager, null, decision, calendar);
    history.push({ type: 'problem_raised', summary: { zh: `提出问题 ${identity.code}：${p.problem.title}`, en: `Raised problem ${identity.code}: ${p.problem.title}` }, data: { itemId: identity.id, code: identity.code, nodeKey: node.key } });
    // Written one instant apart, oldest first, so the history reads in order.
    let at = now.getTime() - history.length;
    for (const h of history) await appendProjectHistory(manager, { projectId: row.id, actorId: dispatcher.id, ...h, at: new Date(at++) });
    count += 1;
  }
  return count;
}

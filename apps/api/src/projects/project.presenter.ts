import type { PermitRow, ProjectNodeView, ProjectSummary } from '@parkflow/contracts';
import { planOf, type ProjectEntity } from '@parkflow/db';
import { driftAgainstBaseline, projectStatus, RAG_REASON_LABELS, scheduleBackward, type WorkCalendar } from '@parkflow/domain';

/** The day the unfinished work can begin: today, or the project's start when that is later. */
export function workFrom(row: Pick<ProjectEntity, 'targetStart'>, today: string): string {
  return row.targetStart > today ? row.targetStart : today;
}

/**
 * A project as the contract shows it, on `today` (Beijing): the stored plan and baseline, with
 * status, slack and drift computed by the domain (projectStatus, scheduleBackward from today,
 * driftAgainstBaseline). When the unfinished nodes no longer fit before the target, slack is
 * null and no node is critical; the status (red) says the rest.
 */
export function presentProject(row: ProjectEntity, today: string, calendar: WorkCalendar): ProjectSummary {
  const plan = planOf(row);
  const rag = projectStatus(plan, today, calendar);
  const schedule = scheduleBackward(plan.nodes, plan.target, calendar, { start: workFrom(row, today) });
  const open = new Map(schedule.ok ? schedule.schedule.nodes.filter((s) => s.state === 'open').map((s) => [s.key, s]) : []);
  const drift = row.baseline ? new Map(driftAgainstBaseline(plan, row.baseline, calendar).map((d) => [d.key, d.drift])) : null;
  const frozen = new Map((row.baseline?.nodes ?? []).map((n) => [n.key, n]));
  const nodes: ProjectNodeView[] = row.nodes.map((n, i) => {
    const status = rag.nodes[i]!;
    const s = open.get(n.key);
    return {
      key: n.key,
      name: n.name,
      durationDays: n.durationDays,
      predecessors: [...n.predecessors],
      phase: n.phase,
      permit: n.permit,
      departmentId: n.departmentId,
      plannedStart: n.plannedStart,
      plannedFinish: n.plannedFinish,
      baselineStart: frozen.get(n.key)?.plannedStart ?? null,
      baselineFinish: frozen.get(n.key)?.plannedFinish ?? null,
      drift: drift?.get(n.key) ?? null,
      actualStart: n.actualStart,
      actualFinish: n.actualFinish,
      slack: s?.slack ?? null,
      critical: s?.critical ?? false,
      status: status.status,
      statusReason: RAG_REASON_LABELS[status.reason],
      evidence: n.evidence,
    };
  });
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    investorName: row.investorName,
    investmentWan: Number(row.investmentWan),
    type: row.type as ProjectSummary['type'],
    phase: row.phase as ProjectSummary['phase'],
    targets: { start: row.targetStart, completion: row.targetCompletion, production: row.targetProduction },
    scheduleTarget: row.scheduleTarget as ProjectSummary['scheduleTarget'],
    chiefOfficerId: row.chiefOfficerId,
    pushTeamIds: [...row.pushTeamIds],
    departmentIds: [...row.departmentIds],
    archived: row.archivedAt !== null,
    status: rag.status,
    statusReason: RAG_REASON_LABELS[rag.reason],
    // 形象进度 arrives with the progress reports (not built yet).
    progressPercent: null,
    nodes,
    version: row.version,
  };
}

/** The permit nodes of the projects, as the 责任清单 (by department, then due date) or the 序时清单 (by due date). */
export function permitRows(projects: readonly ProjectSummary[], view: 'department' | 'date', departmentOrder: (id: string | null) => string): PermitRow[] {
  const rows: PermitRow[] = projects.flatMap((p) =>
    p.nodes
      .filter((n) => n.permit)
      .map((n) => ({ projectId: p.id, projectName: p.name, nodeKey: n.key, name: n.name, departmentId: n.departmentId, dueOn: n.plannedFinish, status: n.status, actualFinish: n.actualFinish })),
  );
  const byDate = (a: PermitRow, b: PermitRow) => a.dueOn.localeCompare(b.dueOn) || a.projectName.localeCompare(b.projectName, 'zh-CN') || a.nodeKey.localeCompare(b.nodeKey);
  if (view === 'date') return rows.sort(byDate);
  return rows.sort((a, b) => departmentOrder(a.departmentId).localeCompare(departmentOrder(b.departmentId), 'zh-CN') || byDate(a, b));
}

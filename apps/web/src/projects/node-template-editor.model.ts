import type { NodeTemplateView } from '@parkflow/contracts';
import { checkNodeTemplate, type Label, type NodeTemplate, type ProjectPhase } from '@parkflow/domain';

/*
 * 节点模板 as the admin edits it: the rows of a table, checked by the domain's checkNodeTemplate
 * before they go (a cycle is named, an unknown predecessor, a duplicate key, a duration that is
 * not a whole number of working days), then PUT /api/project-templates/:type, which checks again.
 */
export type EditorRow = NodeTemplateView;

/** A new row at the end: a key not yet used, one working day, after the last node. */
export function newRow(rows: readonly EditorRow[]): EditorRow {
  const keys = new Set(rows.map((r) => r.key));
  let n = rows.length + 1;
  while (keys.has(`node_${n}`)) n += 1;
  const last = rows.at(-1);
  return { key: `node_${n}`, name: { zh: '', en: '' }, durationDays: 1, predecessors: last ? [last.key] : [], phase: last?.phase ?? 'planning', permit: false, department: null };
}

/** Removes a row and every reference to it (its successors then start without it). */
export function removeRow(rows: readonly EditorRow[], key: string): EditorRow[] {
  return rows.filter((r) => r.key !== key).map((r) => ({ ...r, predecessors: r.predecessors.filter((p) => p !== key) }));
}

/** Renames a key everywhere it is used, so predecessors follow. */
export function renameKey(rows: readonly EditorRow[], from: string, to: string): EditorRow[] {
  return rows.map((r) => ({ ...r, key: r.key === from ? to : r.key, predecessors: r.predecessors.map((p) => (p === from ? to : p)) }));
}

/** Only one node marks the start (开工): choosing one clears the others. */
export function markStart(rows: readonly EditorRow[], key: string, on: boolean): EditorRow[] {
  return rows.map((r) => ({ ...r, marksStart: r.key === key ? on : on ? false : r.marksStart }));
}

/** The domain's problems, each with the row it concerns when it names one. */
export function editorProblems(rows: readonly EditorRow[]): { key: string | null; message: Label }[] {
  const nodes = rows.map((r) => ({ ...r, phase: r.phase as ProjectPhase })) as NodeTemplate[];
  return checkNodeTemplate(nodes).map((p) => {
    const params = p.params as { key?: unknown };
    return { key: typeof params.key === 'string' ? params.key : null, message: p.message };
  });
}

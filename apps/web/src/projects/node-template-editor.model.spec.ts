import { DEFAULT_NODE_TEMPLATES } from '@parkflow/domain';
import { describe, expect, it } from 'vitest';
import { editorProblems, markStart, newRow, removeRow, renameKey, type EditorRow } from './node-template-editor.model';

const rows: EditorRow[] = DEFAULT_NODE_TEMPLATES.new.map((n) => ({ ...n, predecessors: [...n.predecessors] }));

describe('the node template editor', () => {
  it('finds nothing wrong with the default template, and names a cycle made in the editor', () => {
    expect(editorProblems(rows)).toEqual([]);
    const first = rows[0]!.key;
    const last = rows.at(-1)!.key;
    const cyclic = rows.map((r) => (r.key === first ? { ...r, predecessors: [last] } : r));
    const problems = editorProblems(cyclic);
    expect(problems.some((p) => p.message.zh.includes('→') && p.message.zh.includes(first))).toBe(true);
  });

  it('adds a node after the last with a fresh key, removes one with its references, renames keys everywhere', () => {
    const added = newRow(rows);
    expect(rows.map((r) => r.key)).not.toContain(added.key);
    expect(added.predecessors).toEqual([rows.at(-1)!.key]);
    expect(editorProblems([...rows, { ...added, name: { zh: '验收备案', en: 'Acceptance filing' } }])).toEqual([]);
    const victim = rows[1]!.key;
    const removed = removeRow(rows, victim);
    expect(removed.some((r) => r.key === victim || r.predecessors.includes(victim))).toBe(false);
    const renamed = renameKey(rows, rows[0]!.key, 'filing');
    expect(renamed[0]!.key).toBe('filing');
    expect(renamed.filter((r) => r.predecessors.includes('filing')).length).toBe(rows.filter((r) => r.predecessors.includes(rows[0]!.key)).length);
  });

  it('keeps one node marking the start (开工)', () => {
    const marked = markStart(rows, rows[2]!.key, true);
    expect(marked.filter((r) => r.marksStart).map((r) => r.key)).toEqual([rows[2]!.key]);
    expect(editorProblems(marked)).toEqual([]);
  });

  it('refuses a duration that is not a whole number of working days, naming the node', () => {
    const bad = rows.map((r, i) => (i === 0 ? { ...r, durationDays: 0 } : r));
    expect(editorProblems(bad).map((p) => p.key)).toContain(rows[0]!.key);
  });
});

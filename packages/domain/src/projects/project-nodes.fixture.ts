import type { SchedulableNode } from './node-template.types.js';

/** A test node: `key` named by its upper-case letter(s), no department, a permit node unless said. */
export function testNode(key: string, durationDays: number, predecessors: readonly string[] = [], extra: Partial<SchedulableNode> = {}): SchedulableNode {
  return {
    key,
    name: { zh: `节点${key.toUpperCase()}`, en: key.toUpperCase() },
    durationDays,
    predecessors,
    phase: 'permits',
    permit: true,
    department: null,
    ...extra,
  };
}

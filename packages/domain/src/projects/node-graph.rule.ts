/*
 * The predecessor graph of a template, read in the direction work flows: an edge runs from a
 * predecessor to the node that waits for it. Both functions take template order as the tie-break,
 * so the same template always gives the same order and names the same cycle the same way.
 */

interface GraphNode {
  key: string;
  predecessors: readonly string[];
}

/** Successor keys of every node; predecessors the template does not have are left out. */
export function successorsOf(nodes: readonly GraphNode[]): Map<string, string[]> {
  const successors = new Map<string, string[]>(nodes.map((n) => [n.key, []]));
  for (const node of nodes) {
    for (const p of new Set(node.predecessors)) successors.get(p)?.push(node.key);
  }
  return successors;
}

/**
 * The keys in an order where every node comes after its predecessors (Kahn's algorithm, the
 * earliest node of the template first among those ready), or null when the graph has a cycle.
 * Unknown predecessors are ignored: the template check reports them.
 */
export function topologicalOrder(nodes: readonly GraphNode[]): string[] | null {
  const position = new Map(nodes.map((n, i) => [n.key, i]));
  const waiting = new Map(nodes.map((n) => [n.key, [...new Set(n.predecessors)].filter((p) => position.has(p)).length]));
  const successors = successorsOf(nodes);
  const ready = nodes.filter((n) => waiting.get(n.key) === 0).map((n) => n.key);
  const order: string[] = [];
  while (ready.length > 0) {
    ready.sort((a, b) => position.get(a)! - position.get(b)!);
    const key = ready.shift()!;
    order.push(key);
    for (const s of successors.get(key) ?? []) {
      const left = waiting.get(s)! - 1;
      waiting.set(s, left);
      if (left === 0) ready.push(s);
    }
  }
  return order.length === nodes.length ? order : null;
}

/**
 * The cycles of the graph, each as the keys along it in the direction of work with the first key
 * repeated at the end (["a", "b", "c", "a"]: a before b before c before a), starting at the node
 * that comes first in the template. One cycle per back edge of a depth-first search: every
 * cyclic part of the graph is named at least once, which is what an editor needs to fix it.
 */
export function findCycles(nodes: readonly GraphNode[]): string[][] {
  const position = new Map(nodes.map((n, i) => [n.key, i]));
  const successors = successorsOf(nodes);
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const found = new Map<string, string[]>();

  const visit = (key: string): void => {
    state.set(key, 'open');
    path.push(key);
    for (const next of successors.get(key) ?? []) {
      const seen = state.get(next);
      if (seen === 'open') {
        const loop = path.slice(path.indexOf(next));
        const first = loop.reduce((best, k, i) => (position.get(k)! < position.get(loop[best]!)! ? i : best), 0);
        const rotated = [...loop.slice(first), ...loop.slice(0, first)];
        found.set(rotated.join('\u0000'), [...rotated, rotated[0]!]);
      } else if (seen === undefined) {
        visit(next);
      }
    }
    path.pop();
    state.set(key, 'done');
  };
  for (const node of nodes) if (!state.has(node.key)) visit(node.key);
  return [...found.values()];
}

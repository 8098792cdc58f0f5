import { describe, expect, it } from 'vitest';
import { checkNodeTemplate } from './node-template.check.js';
import type { NodeTemplate } from './node-template.types.js';
import { DEFAULT_NODE_TEMPLATES } from './node-templates.catalog.js';
import { testNode } from './project-nodes.fixture.js';
import { PROJECT_TYPE_IDS } from './project-type.catalog.js';

/* Each case breaks a sound template in one place, so the problem asserted is the only one. */

const sound = [testNode('a', 3), testNode('b', 2, ['a']), testNode('c', 1, ['a', 'b'])];
const codes = (nodes: readonly NodeTemplate[]) => checkNodeTemplate(nodes).map((p) => p.code);

describe('the node template check', () => {
  it('passes a sound template and every default template', () => {
    expect(checkNodeTemplate(sound)).toEqual([]);
    for (const type of PROJECT_TYPE_IDS) expect([type, checkNodeTemplate(DEFAULT_NODE_TEMPLATES[type])]).toEqual([type, []]);
  });

  it('names the cycle in the direction of work, from the node first in the template', () => {
    // c before a, a before b, b before c.
    const nodes = [testNode('a', 1, ['c']), testNode('b', 1, ['a']), testNode('c', 1, ['b'])];
    const problems = checkNodeTemplate(nodes);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.code).toBe('cycle');
    expect(problems[0]!.params).toEqual({ cycle: ['a', 'b', 'c', 'a'] });
    expect(problems[0]!.message.en).toBe('The predecessors form a cycle: A → B → C → A (a → b → c → a)');
    expect(problems[0]!.message.zh).toBe('前置节点形成循环：节点A → 节点B → 节点C → 节点A（a → b → c → a）');
  });

  it('names a node waiting for itself, and each of two separate cycles', () => {
    expect(checkNodeTemplate([testNode('a', 1, ['a'])]).map((p) => p.params)).toEqual([{ cycle: ['a', 'a'] }]);
    const two = [testNode('s', 1), testNode('x', 1, ['s', 'y']), testNode('y', 1, ['x']), testNode('p', 1, ['q']), testNode('q', 1, ['p', 's'])];
    expect(checkNodeTemplate(two).map((p) => p.params)).toEqual([{ cycle: ['x', 'y', 'x'] }, { cycle: ['p', 'q', 'p'] }]);
  });

  it('refuses a predecessor the template does not have', () => {
    const problems = checkNodeTemplate([...sound, testNode('d', 1, ['c', 'zz'])]);
    expect(problems.map((p) => [p.code, p.params])).toEqual([['unknown_predecessor', { key: 'd', predecessor: 'zz' }]]);
    expect(problems[0]!.message).toEqual({ zh: '节点 d 的前置节点 zz 不存在', en: 'Node d waits for zz, which the template does not have' });
  });

  it('refuses a key used twice', () => {
    expect(checkNodeTemplate([...sound, testNode('b', 4)]).map((p) => [p.code, p.params])).toEqual([['duplicate_key', { key: 'b' }]]);
  });

  it.each([0, -1, 1.5, Number.NaN, '3', 2501])('refuses the duration %s', (durationDays) => {
    const nodes = [sound[0]!, { ...sound[1]!, durationDays: durationDays as number }, sound[2]!];
    expect(checkNodeTemplate(nodes).map((p) => [p.code, p.params])).toEqual([['invalid_duration', { key: 'b', durationDays }]]);
  });

  it('accepts durations of 1 and of the maximum', () => {
    expect(checkNodeTemplate([testNode('a', 1), testNode('b', 2500, ['a'])])).toEqual([]);
  });

  it('refuses a malformed key, a missing name and an unknown phase', () => {
    expect(codes([...sound, testNode('Bad-Key', 1)])).toEqual(['invalid_key']);
    const unnamed = { ...testNode('d', 1), name: { zh: ' ', en: 'D' } };
    expect(checkNodeTemplate([...sound, unnamed]).map((p) => [p.code, p.params])).toEqual([['missing_name', { key: 'd', missing: ['zh'] }]]);
    expect(codes([...sound, { ...testNode('d', 1), phase: 'demolition' as never }])).toEqual(['invalid_phase']);
  });

  it('refuses two start-of-construction nodes, and an empty template', () => {
    const nodes = [testNode('a', 1, [], { marksStart: true }), testNode('b', 1, ['a'], { marksStart: true })];
    expect(checkNodeTemplate(nodes).map((p) => [p.code, p.params])).toEqual([['several_start_nodes', { keys: ['a', 'b'] }]]);
    expect(codes([])).toEqual(['no_nodes']);
  });
});

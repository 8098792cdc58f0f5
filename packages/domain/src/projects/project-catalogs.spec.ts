import { describe, expect, it } from 'vitest';
import { DEFAULT_NODE_TEMPLATES } from './node-templates.catalog.js';
import { isProjectPhase, phaseOrder, PROJECT_PHASE_LABELS, PROJECT_PHASES } from './project-phase.catalog.js';
import { isProjectType, PROJECT_TYPE_IDS, PROJECT_TYPES } from './project-type.catalog.js';

describe('project types, phases and default templates', () => {
  it('orders the phases 谋划 → 签约 → 手续办理 → 建设 → 投产', () => {
    expect(PROJECT_PHASES.map((p) => PROJECT_PHASE_LABELS[p].zh)).toEqual(['谋划', '签约', '手续办理', '建设', '投产']);
    expect(PROJECT_PHASES.map(phaseOrder)).toEqual([0, 1, 2, 3, 4]);
    expect([isProjectPhase('permits'), isProjectPhase('toString')]).toEqual([true, false]);
  });

  it('has the three types with both labels', () => {
    expect(PROJECT_TYPE_IDS.map((t) => PROJECT_TYPES[t].zh)).toEqual(['新建', '续建', '签约']);
    expect([isProjectType('signed'), isProjectType('constructor')]).toEqual([true, false]);
  });

  it('lists a new project’s nodes from 立项备案 to 投产, 开工 marking the start', () => {
    const nodes = DEFAULT_NODE_TEMPLATES.new;
    expect(nodes.map((n) => n.name.zh)).toEqual(['立项备案', '用地预审', '环评批复', '节能审查', '规划许可', '施工许可', '开工', '主体完工', '竣工验收', '投产']);
    expect(nodes.filter((n) => n.marksStart).map((n) => n.key)).toEqual(['groundbreaking']);
    expect(nodes.filter((n) => n.permit).every((n) => n.department !== null)).toBe(true);
  });

  it('gives a continuing project no start node, and a signed one its own route to 开工', () => {
    expect(DEFAULT_NODE_TEMPLATES.continuing.some((n) => n.marksStart)).toBe(false);
    expect(DEFAULT_NODE_TEMPLATES.signed.at(-1)).toMatchObject({ key: 'groundbreaking', marksStart: true });
    expect(DEFAULT_NODE_TEMPLATES.signed.length).toBeLessThan(DEFAULT_NODE_TEMPLATES.new.length);
  });

  it('keeps the phases in order along the predecessors', () => {
    for (const nodes of Object.values(DEFAULT_NODE_TEMPLATES)) {
      const byKey = new Map(nodes.map((n) => [n.key, n]));
      for (const n of nodes) for (const p of n.predecessors) expect(phaseOrder(byKey.get(p)!.phase) <= phaseOrder(n.phase)).toBe(true);
    }
  });
});

import type { Label } from '../catalog/label.js';
import { findCycles } from './node-graph.rule.js';
import type { NodeTemplate } from './node-template.types.js';
import { isProjectPhase, PROJECT_PHASES } from './project-phase.catalog.js';

/*
 * The template check: what is wrong with a list of nodes, as problems with a code, the facts
 * (params) and a message in zh-CN and English (empty when the template is sound). The scheduler
 * refuses a template with problems, so a broken template is caught when it is saved, not when a
 * project's dates come out wrong.
 */

export type NodeTemplateProblemParams = {
  no_nodes: Record<string, never>;
  invalid_key: { key: string };
  duplicate_key: { key: string };
  missing_name: { key: string; missing: ('zh' | 'en')[] };
  invalid_duration: { key: string; durationDays: unknown };
  invalid_phase: { key: string; phase: unknown };
  unknown_predecessor: { key: string; predecessor: string };
  /** Keys along the cycle in the direction of work, the first repeated at the end. */
  cycle: { cycle: string[] };
  several_start_nodes: { keys: string[] };
};
export type NodeTemplateProblemCode = keyof NodeTemplateProblemParams;
export type NodeTemplateProblem = {
  [C in NodeTemplateProblemCode]: { code: C; params: NodeTemplateProblemParams[C]; message: Label };
}[NodeTemplateProblemCode];

const KEY = /^[a-z][a-z0-9_]{0,63}$/;
/** Beyond about ten years of working days a duration is a typo, and it would make the day scans long. */
export const MAX_NODE_DURATION_DAYS = 2500;

function problem<C extends NodeTemplateProblemCode>(code: C, params: NodeTemplateProblemParams[C], zh: string, en: string): NodeTemplateProblem {
  return { code, params, message: { zh, en } } as NodeTemplateProblem;
}

function checkNode(node: NodeTemplate): NodeTemplateProblem[] {
  const problems: NodeTemplateProblem[] = [];
  const key = node.key;
  if (typeof key !== 'string' || !KEY.test(key)) {
    problems.push(problem('invalid_key', { key: String(key) }, `节点键名“${String(key)}”无效：须为小写字母开头的 snake_case，至多 64 个字符`, `Node key "${String(key)}" is invalid: lower_snake_case starting with a letter, at most 64 characters`));
  }
  const missing = (['zh', 'en'] as const).filter((lang) => typeof node.name?.[lang] !== 'string' || node.name[lang].trim() === '');
  if (missing.length > 0) {
    const langs = missing.map((l) => (l === 'zh' ? 'zh-CN' : 'English'));
    problems.push(problem('missing_name', { key, missing }, `节点 ${key} 缺少${missing.map((l) => (l === 'zh' ? '中文' : '英文')).join('和')}名称`, `Node ${key} is missing its ${langs.join(' and ')} name`));
  }
  const d = node.durationDays;
  if (typeof d !== 'number' || !Number.isInteger(d) || d < 1 || d > MAX_NODE_DURATION_DAYS) {
    problems.push(problem('invalid_duration', { key, durationDays: d }, `节点 ${key} 的工期须为 1 至 ${MAX_NODE_DURATION_DAYS} 的整数个工作日，实为 ${String(d)}`, `Node ${key}: the duration must be a whole number of working days from 1 to ${MAX_NODE_DURATION_DAYS}, got ${String(d)}`));
  }
  if (!isProjectPhase(node.phase)) {
    problems.push(problem('invalid_phase', { key, phase: node.phase }, `节点 ${key} 的阶段“${String(node.phase)}”不存在`, `Node ${key}: "${String(node.phase)}" is not a phase (${PROJECT_PHASES.join(', ')})`));
  }
  return problems;
}

export function checkNodeTemplate(nodes: readonly NodeTemplate[]): NodeTemplateProblem[] {
  if (nodes.length === 0) return [problem('no_nodes', {}, '模板没有节点', 'The template has no nodes')];
  const problems = nodes.flatMap(checkNode);
  const byKey = new Map<string, NodeTemplate>();
  for (const node of nodes) {
    if (byKey.has(node.key)) problems.push(problem('duplicate_key', { key: node.key }, `节点键名 ${node.key} 重复`, `Node key ${node.key} is used more than once`));
    else byKey.set(node.key, node);
  }
  for (const node of nodes) {
    for (const p of node.predecessors) {
      if (!byKey.has(p)) problems.push(problem('unknown_predecessor', { key: node.key, predecessor: p }, `节点 ${node.key} 的前置节点 ${p} 不存在`, `Node ${node.key} waits for ${p}, which the template does not have`));
    }
  }
  const starts = nodes.filter((n) => n.marksStart === true).map((n) => n.key);
  if (starts.length > 1) {
    problems.push(problem('several_start_nodes', { keys: starts }, `只能有一个节点标记为开工，现有：${starts.join('、')}`, `Only one node may mark the start of construction, found ${starts.join(', ')}`));
  }
  // Duplicate keys make the graph ambiguous: name the cycles only of a graph whose keys are sound.
  if (problems.some((p) => p.code === 'duplicate_key')) return problems;
  for (const cycle of findCycles(nodes)) {
    const names = (lang: 'zh' | 'en') => cycle.map((k) => byKey.get(k)?.name?.[lang] || k).join(' → ');
    problems.push(problem('cycle', { cycle }, `前置节点形成循环：${names('zh')}（${cycle.join(' → ')}）`, `The predecessors form a cycle: ${names('en')} (${cycle.join(' → ')})`));
  }
  return problems;
}

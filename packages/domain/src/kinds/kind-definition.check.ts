import { DURATION_UNITS } from '../calendar/duration-unit.js';
import { ROLES } from '../roles/role.js';
import { CLOSED_STATUS, STAGES, type Stage, type Status } from '../work-item/work-item.types.js';
import { isHandlerId, PARTIES, type ActionDefinition, type TransitionTarget } from '../workflow/action-definition.types.js';
import type { ActionHandler } from '../workflow/action-handler.types.js';
import { ACTION_HANDLERS } from '../workflow/action-handlers.registry.js';
import { choiceLabel, kindAction, type KindDefinition } from './kind-definition.js';

/*
 * The definition check: what is wrong with a kind, as messages naming the kind, the part and
 * the problem (empty when it is sound). The registry refuses a kind with problems, the domain's
 * build runs it over the built-in kinds (kinds/check-kinds.cli.ts), so an inconsistent kind
 * fails the build or the start, never a decision halfway through a case.
 */

/** The shape the HTTP edge accepts for action and status names (contracts' ActionEnvelopeSchema and list query). */
const NAME = /^[a-z][a-z0-9_]{0,63}$/;

function missingLabel(label: { zh?: unknown; en?: unknown } | undefined): string[] {
  const missing: string[] = [];
  if (typeof label?.zh !== 'string' || label.zh.trim() === '') missing.push('zh-CN');
  if (typeof label?.en !== 'string' || label.en.trim() === '') missing.push('English');
  return missing;
}

/** The places an action can move an item to, as its handler reads them. */
export function actionTargets(def: ActionDefinition, handler: ActionHandler): TransitionTarget[] {
  if (handler.moves === 'closes') return [{ stage: 'close', status: CLOSED_STATUS }];
  if (handler.moves === 'to') return def.to ? [def.to] : [];
  if (handler.moves && typeof handler.moves === 'object') return Object.values(def.outcomes ?? {});
  return [];
}

function checkTarget(kind: KindDefinition, where: string, t: TransitionTarget): string[] {
  if (!STAGES.includes(t.stage)) return [`${where} leads to "${t.stage}", which is not a stage (${STAGES.join(', ')})`];
  if (!kind.stages[t.stage]?.statuses.includes(t.status)) return [`${where} leads to status "${t.status}", which its target stage ${t.stage} does not have`];
  return [];
}

function checkMoves(kind: KindDefinition, name: string, def: ActionDefinition, handler: ActionHandler): string[] {
  const where = `${kind.id}.actions.${name}`;
  const problems: string[] = [];
  if (handler.moves === 'to') {
    if (!def.to) problems.push(`${where}: the ${def.handler} transition needs a target (to: { stage, status })`);
    else problems.push(...checkTarget(kind, where, def.to));
  } else if (handler.moves && typeof handler.moves === 'object') {
    const names = Object.keys(def.outcomes ?? {});
    const wanted = handler.moves.outcomes;
    if (wanted !== null) {
      for (const o of wanted) if (!names.includes(o)) problems.push(`${where}: the ${def.handler} transition needs the outcome "${o}"`);
    } else {
      if (names.length < 2) problems.push(`${where}: the ${def.handler} transition needs at least two outcomes`);
      // The actor names the outcome: the input must offer exactly the outcomes.
      const spec = def.inputs.outcome;
      if (spec?.type !== 'enum' || !spec.required || [...spec.values].sort().join() !== [...names].sort().join()) {
        problems.push(`${where}: input outcome must be a required choice of exactly ${names.join(', ') || '(no outcomes)'}`);
      } else {
        // The actor picks an outcome by its name on a button: each needs one in both languages.
        for (const value of spec.values) {
          const missing = missingLabel(choiceLabel(def, 'outcome', value) ?? undefined);
          if (missing.length > 0) problems.push(`${where}: outcome "${value}" is missing its ${missing.join(' and ')} label (inputs.outcome.labels)`);
        }
      }
    }
    for (const [o, t] of Object.entries(def.outcomes ?? {})) problems.push(...checkTarget(kind, `${where} (outcome ${o})`, t));
  } else if (def.to || def.outcomes) {
    problems.push(`${where}: the ${def.handler} transition leaves the item where it is, so it cannot have a target`);
  }
  return problems;
}

function checkAction(kind: KindDefinition, name: string, def: ActionDefinition, declared: ReadonlySet<Status>): string[] {
  const where = `${kind.id}.actions.${name}`;
  const problems: string[] = [];
  if (missingLabel(def.label).length > 0) problems.push(`${where}: missing ${missingLabel(def.label).join(' and ')} label`);
  if (!isHandlerId(def.handler)) return [...problems, `${where}: no transition "${def.handler}" in the shared library`];
  const handler = ACTION_HANDLERS[def.handler];
  if (def.parties.length === 0) problems.push(`${where}: no party may take it (parties is empty)`);
  for (const p of def.parties) if (!PARTIES.includes(p)) problems.push(`${where}: unknown party "${p}"`);
  if (!NAME.test(name)) problems.push(`${where}: the action name must be lower_snake_case (a–z, 0–9, _), at most 64 characters`);
  if (def.statuses.length === 0) problems.push(`${where}: valid in no status`);
  if (def.parties.includes('system') && !handler.timer) {
    problems.push(`${where}: a system action must be a timer transition (warn, mark_overdue, escalate, feedback_timeout), which refuses stale and early timers`);
  }
  if (handler.moves === 'closes' && !handler.endsBeforeHandling) {
    for (const status of def.statuses) {
      if (!kind.stages.close?.statuses.includes(status)) problems.push(`${where}: the ${def.handler} transition closes the item, so it may be valid only in close-stage statuses (not "${status}")`);
    }
  }
  for (const status of def.statuses) if (!declared.has(status)) problems.push(`${where}: status "${status}" is in no stage`);
  for (const [field, type] of Object.entries(handler.requires ?? {})) {
    const spec = def.inputs[field];
    const types: readonly string[] = typeof type === 'string' ? [type] : type;
    if (!spec || !spec.required || !types.includes(spec.type)) problems.push(`${where}: input ${field} must be a required ${types.join(' or ')}`);
  }
  return [...problems, ...checkMoves(kind, name, def, handler)];
}

/** Statuses reachable from the initial one through the kind's actions (and registration routed at once). */
function reachable(kind: KindDefinition): Set<Status> {
  const first = kind.stages.assign?.statuses[0];
  const seen = new Set<Status>(first === undefined ? [] : [first]);
  const actions = Object.values(kind.actions).filter((d) => isHandlerId(d.handler));
  for (let grew = true; grew; ) {
    grew = false;
    for (const def of actions) {
      if (!def.statuses.some((s) => seen.has(s))) continue;
      for (const t of actionTargets(def, ACTION_HANDLERS[def.handler])) {
        if (!seen.has(t.status)) {
          seen.add(t.status);
          grew = true;
        }
      }
    }
  }
  return seen;
}

/** Whether some action valid in `status` (or the stage's timeout) moves the item to another status. */
function hasWayOut(kind: KindDefinition, status: Status): boolean {
  return Object.values(kind.actions).some(
    (def) => isHandlerId(def.handler) && def.statuses.includes(status) && actionTargets(def, ACTION_HANDLERS[def.handler]).some((t) => t.status !== status),
  );
}

function checkStages(kind: KindDefinition): string[] {
  const problems: string[] = [];
  for (const stage of STAGES) {
    const def = kind.stages[stage];
    const where = `${kind.id}.stages.${stage}`;
    if (!def) {
      problems.push(`${where}: missing (every kind has the stages ${STAGES.join(', ')})`);
      continue;
    }
    if (def.statuses.length === 0) problems.push(`${where}: has no status`);
    const rule = def.deadline as Partial<typeof def.deadline> | undefined;
    if (!rule || typeof rule.amount !== 'number' || !Number.isFinite(rule.amount) || rule.amount < 0 || !DURATION_UNITS.includes(rule.unit as never)) {
      problems.push(`${where}: has no deadline rule (deadline: { amount ≥ 0, unit: ${DURATION_UNITS.join(' | ')} })`);
    }
    if (rule?.fromDate !== undefined && !/^[a-z][a-z0-9_]{0,39}$/.test(rule.fromDate)) {
      problems.push(`${where}: deadline.fromDate must name a linked date in lower_snake_case (got "${rule.fromDate}")`);
    }
    if (def.onDue) {
      const action = kindAction(kind, def.onDue.timeout);
      if (!action) problems.push(`${where}: onDue names the action "${def.onDue.timeout}", which the kind does not have`);
      else if (!action.parties.includes('system')) problems.push(`${where}: onDue action "${def.onDue.timeout}" must be a system action (parties: ['system'])`);
      else if (!isHandlerId(action.handler) || ACTION_HANDLERS[action.handler].timer !== 'timeout') {
        problems.push(`${where}: onDue action "${def.onDue.timeout}" must use a timeout transition (feedback_timeout)`);
      }
    }
  }
  const seen = new Map<Status, Stage>();
  for (const stage of STAGES) {
    for (const status of kind.stages[stage]?.statuses ?? []) {
      if (!NAME.test(status)) problems.push(`${kind.id}.stages.${stage}: the status "${status}" must be lower_snake_case (a–z, 0–9, _), at most 64 characters`);
      const other = seen.get(status);
      if (other) problems.push(`${kind.id}: status "${status}" is in both ${other} and ${stage}`);
      seen.set(status, stage);
    }
  }
  if (!kind.stages.close?.statuses.includes(CLOSED_STATUS)) problems.push(`${kind.id}.stages.close: must have the status "${CLOSED_STATUS}"`);
  return problems;
}

function checkKindFields(kind: KindDefinition): string[] {
  const problems: string[] = [];
  if (!/^[a-z][a-z0-9_]{0,39}$/.test(kind.id)) problems.push(`kind "${kind.id}": the id must be lower_snake_case (a–z, 0–9, _), at most 40 characters`);
  if (missingLabel(kind.label).length > 0) problems.push(`${kind.id}: missing ${missingLabel(kind.label).join(' and ')} label`);
  if (!/^[A-Z]{1,6}$/.test(kind.codePrefix)) problems.push(`${kind.id}.codePrefix: must be 1–6 capital letters (got "${kind.codePrefix}")`);
  if (kind.registerRoles.length === 0) problems.push(`${kind.id}.registerRoles: nobody may register it`);
  for (const r of kind.registerRoles) if (!ROLES.includes(r)) problems.push(`${kind.id}.registerRoles: unknown role "${r}"`);
  if (!(kind.warnShare > 0 && kind.warnShare <= 1)) problems.push(`${kind.id}.warnShare: must be in (0, 1]`);
  if (!Number.isInteger(kind.extensionCapDays) || kind.extensionCapDays < 0) problems.push(`${kind.id}.extensionCapDays: must be a whole number ≥ 0`);
  if (kind.enterpriseLink === 'raised_by' && kind.links.enterprise === 'none') problems.push(`${kind.id}: raised by an enterprise, but its items carry none (links.enterprise is none)`);
  return problems;
}

/** The system actions the deadline timers need: warn always; overdue and escalation unless every stage times out. */
function checkTimerActions(kind: KindDefinition): string[] {
  const needed = ['warn'];
  if (STAGES.some((s) => kind.stages[s] && !kind.stages[s].onDue)) needed.push('mark_overdue');
  if (kind.escalation.length > 0) needed.push('escalate');
  const check: Readonly<Record<string, string>> = { warn: 'warn', mark_overdue: 'overdue', escalate: 'escalate' };
  return needed
    .filter((a) => {
      const def = kindAction(kind, a);
      return !def || !def.parties.includes('system') || !isHandlerId(def.handler) || ACTION_HANDLERS[def.handler].timer !== check[a];
    })
    .map((a) => `${kind.id}.actions.${a}: the deadline timers need this system action, bound to the ${a} transition`);
}

export function checkKindDefinition(kind: KindDefinition): string[] {
  const problems = [...checkKindFields(kind), ...checkStages(kind), ...checkTimerActions(kind)];
  const declared = new Set(STAGES.flatMap((s) => kind.stages[s]?.statuses ?? []));
  for (const status of declared) {
    if (missingLabel(kind.statusLabels[status]).length > 0) problems.push(`${kind.id}.statusLabels.${status}: missing ${missingLabel(kind.statusLabels[status]).join(' and ')} label`);
  }
  for (const [name, def] of Object.entries(kind.actions)) problems.push(...checkAction(kind, name, def, declared));
  if (problems.length > 0) return problems;
  // The graph checks only make sense on an otherwise sound definition.
  const reached = reachable(kind);
  for (const status of declared) {
    if (!reached.has(status)) problems.push(`${kind.id}: status "${status}" is reached by no action`);
    else if (status !== CLOSED_STATUS && !hasWayOut(kind, status)) problems.push(`${kind.id}: status "${status}" has no way out (no action leads from it to another status)`);
  }
  return problems;
}

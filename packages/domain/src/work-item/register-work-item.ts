import { defaultEventAudience } from '../roles/event-audience.js';
import type { WorkCalendar } from '../calendar/index.js';
import { timersFor } from '../workflow/deadline-timer.policy.js';
import { receivedStart, startStatutoryClock } from '../workflow/statutory-clock.policy.js';
import { uncoveredYearWarnings } from './decision-warning.types.js';
import { CATEGORIES } from '../catalog/categories.catalog.js';
import { CHANNELS } from '../catalog/channels.catalog.js';
import { initialStatus, kindAction, objectionWindowEnd } from '../kinds/kind-definition.js';
import type { KindRegistry } from '../kinds/kind-registry.js';
import { hasRole, type Actor } from '../roles/role.js';
import { shanghaiDate } from '../calendar/index.js';
import { isCalendarDate } from '../workflow/action-input.validation.js';
import { decide } from '../workflow/decide.js';
import { reviewRequestProblem } from '../workflow/review-request.policy.js';
import { repeatOfProblem } from './repeat-of.rule.js';
import { refuse, type Decision } from './decision.types.js';
import { because } from './refusal-reason.types.js';
import { enterStage } from './enter-stage.js';
import type { WorkItemState } from './work-item.types.js';

/** What registering asks for: the item's own fields as the work-item state has them. */
export type RegisterInput = Pick<WorkItemState, 'title' | 'description' | 'channel' | 'category' | 'urgency' | 'enterpriseId' | 'petitioner'> & {
  /** Dates of linked records (see WorkItemState.linkedDates), resolved by the shell from the records themselves, never taken from a client. */
  linkedDates?: Readonly<Record<string, string>>;
  /** Checked against the kind registry, hence a plain string. */
  kind: string;
  /** The dispatcher may route at once; otherwise the assign stage routes by rule. */
  departmentId: string | null;
  /** 收到之日: the day the matter was received (YYYY-MM-DD, Asia/Shanghai), at most today; absent, the day of registration. */
  receivedOn?: string | null;
  /** The 受理 / 不予受理 decision taken at once, for kinds that decide (their accept_matter / decline_matter actions). */
  decision?: { accept: true; note?: string } | { accept: false; reason: string; note?: string } | null;
  /** For a review kind (复查, 复核): the item reviewed, loaded by the shell from the id the client named. */
  reviewOf?: WorkItemState | null;
  /**
   * An administrator's reason to register a review asked after its window (a petitioner kept from
   * asking in time, 因不可抗力等正当理由). Only the window is overridden, nothing else, and the reason
   * goes on the timeline with the window's last day.
   */
  windowOverride?: { reason: string } | null;
  /** 重复件: the id of the earlier, closed item this one repeats, as the client named it. */
  repeatOfId?: string | null;
  /** The item the shell loaded for `repeatOfId` (null: none by that id); the rules decide whether it may be repeated. */
  repeatOf?: WorkItemState | null;
  /** The key project (KindDefinition.links.project); the shell checks it exists and the registrar may see it. */
  projectId?: string | null;
  /** The project's node the item concerns; the shell checks the plan has it and sets linkedDates from it. */
  projectNodeKey?: string | null;
};

/** Identity the shell allocates before deciding (a UUID and a human-readable code from a sequence). */
export interface NewItemIdentity {
  id: string;
  code: string;
}

/** Registers a new item: who may, what a kind requires, and its first stage with its deadline. */
export function registerWorkItem(
  input: RegisterInput,
  actor: Actor,
  identity: NewItemIdentity,
  now: Date,
  calendar: WorkCalendar,
  kinds: KindRegistry,
): Decision {
  const kind = kinds.get(input.kind);
  if (!kind) return refuse('invalid_input', because('unknown_kind', { kind: input.kind }, `Unknown kind "${input.kind}"`), { kind: 'unknown kind' });
  if (!hasRole(actor, ...kind.registerRoles)) {
    return refuse('forbidden', because('may_not_register', { kind: kind.id }, `Your roles may not register a ${kind.id}`));
  }
  const fields: Record<string, string> = {};
  if (!Object.hasOwn(CHANNELS, input.channel)) fields.channel = 'unknown channel';
  if (!Object.hasOwn(CATEGORIES, input.category)) fields.category = 'unknown category';
  if (kind.links.petitioner === 'required' && !input.petitioner) fields.petitioner = `a ${kind.label.en.toLowerCase()} needs a petitioner`;
  if (kind.links.enterprise === 'required' && !input.enterpriseId) fields.enterpriseId = `a ${kind.label.en.toLowerCase()} needs its enterprise`;
  const enterpriseId = kind.links.enterprise === 'none' ? null : input.enterpriseId;
  const projectLink = kind.links.project ?? 'none';
  const projectId = projectLink === 'none' ? null : (input.projectId ?? null);
  if (projectLink === 'required' && !projectId) fields.projectId = `a ${kind.label.en.toLowerCase()} names its project`;
  if (input.projectNodeKey && !projectId) fields.nodeKey = 'a node belongs to a project: name the project';
  const ownCompanyOnly = hasRole(actor, 'enterprise') && !hasRole(actor, 'dispatcher', 'liaison', 'admin');
  if (ownCompanyOnly && enterpriseId !== actor.enterpriseId) {
    return refuse('forbidden', because('contact_own_company', {}, 'An enterprise contact may raise appeals only for its own company'));
  }
  // A liaison cadre raises problems of the companies they look after (包保), not of others.
  const ownCompaniesOnly = hasRole(actor, 'liaison') && !hasRole(actor, 'dispatcher', 'admin');
  if (ownCompaniesOnly && enterpriseId !== null && !actor.liaisonEnterpriseIds.includes(enterpriseId)) {
    return refuse('forbidden', because('liaison_own_companies', {}, 'A liaison cadre may raise appeals only for the companies they look after'));
  }
  // Routing at registration is the kind's own assign action taken at once, so it lands where that action leads.
  const routed = kindAction(kind, 'assign')?.to;
  if (input.departmentId && !hasRole(actor, 'dispatcher', 'admin')) {
    fields.departmentId = 'only a dispatcher routes an item when registering it';
  } else if (input.departmentId && routed?.stage !== 'assign') {
    fields.departmentId = `a ${kind.label.en.toLowerCase()} is not routed when it is registered`;
  }
  const receivedOn = input.receivedOn ?? shanghaiDate(now);
  if (!isCalendarDate(receivedOn)) fields.receivedOn = 'must be a date YYYY-MM-DD';
  else if (receivedOn > shanghaiDate(now)) fields.receivedOn = 'cannot be in the future';
  const decides = kindAction(kind, 'accept_matter') !== undefined && kindAction(kind, 'decline_matter') !== undefined;
  if (input.decision && !decides) fields.decision = `a ${kind.label.en.toLowerCase()} has no acceptance decision`;
  // Routing follows 受理: a matter not (yet) accepted goes to no department.
  if (decides && input.departmentId && input.decision?.accept !== true) fields.departmentId = 'accept the matter (受理) before routing it';
  if (kind.review && !input.reviewOf) fields.reviewOfId = `a ${kind.label.en.toLowerCase()} names the item it reviews`;
  const override = input.windowOverride ?? null;
  if (override && !kind.review) fields.windowOverride = `a ${kind.label.en.toLowerCase()} has no review window`;
  else if (override && !hasRole(actor, 'admin')) fields.windowOverride = 'only an administrator registers a review after its window';
  else if (override && override.reason.trim() === '') fields.windowOverride = 'say why the request is taken after its window';
  if (Object.keys(fields).length > 0) return refuse('invalid_input', because('input_invalid', {}, 'The item is incomplete'), fields);
  let overridden: { reason: string; lastDay: string } | null = null;
  if (kind.review && input.reviewOf) {
    const problem = reviewRequestProblem(kind, input.reviewOf, receivedOn, calendar);
    if (problem?.reason === 'review_window_passed' && override) overridden = { reason: override.reason.trim(), lastDay: problem.params.lastDay };
    else if (problem) return refuse('invalid_input', problem, { reviewOfId: problem.message });
  }
  const repeatOfId = input.repeatOfId ?? null;
  if (repeatOfId !== null) {
    const problem = repeatOfProblem(kind, repeatOfId, input.repeatOf ?? null, actor, kinds);
    if (problem) return refuse('invalid_input', problem, { repeatOfId: problem.message });
  }

  const at = now.toISOString();
  const blank: WorkItemState = {
    id: identity.id,
    code: identity.code,
    kind: kind.id,
    title: input.title,
    description: input.description,
    channel: input.channel,
    category: input.category,
    urgency: input.urgency,
    enterpriseId,
    petitioner: kind.links.petitioner === 'none' ? null : input.petitioner,
    stage: 'assign',
    status: initialStatus(kind),
    departmentId: null,
    handlerId: null,
    ownerLeaderId: null,
    createdById: actor.id,
    stageSeq: 0,
    deadlines: [],
    sla: 'normal',
    version: 1,
    createdAt: at,
    updatedAt: at,
    closedAt: null,
    linkedDates: input.linkedDates ?? {},
    receivedOn,
    reviewOfId: input.reviewOf?.id ?? null,
    repeatOfId,
    projectId,
    projectNodeKey: projectId ? (input.projectNodeKey ?? null) : null,
  };
  const entry = enterStage(blank, kind, 'assign', initialStatus(kind), now, calendar);
  // A review's statutory clock runs from the request's receipt (复查 answers within 30 days of it).
  const started = kind.statutoryClock?.startsOn === 'received' ? startStatutoryClock(entry.next, kind, receivedStart(entry.next), calendar) : null;
  const registered = started ? { ...entry.next, statutoryClock: started.clock } : entry.next;
  const base: Decision & { ok: true } = {
    ok: true,
    next: registered,
    events: [
      {
        type: 'registered',
        actorId: actor.id,
        at,
        stage: 'assign',
        data: { kind: kind.id, channel: input.channel, category: input.category, departmentId: input.departmentId, ...(overridden ? { windowOverride: overridden } : {}) },
        audience: defaultEventAudience('registered'),
      },
    ],
    effects: [...entry.effects, ...(started ? timersFor(registered.id, started.clock, kind, calendar) : [])],
    warnings: [...entry.warnings, ...uncoveredYearWarnings('statutory_deadline_uncovered', started?.uncoveredYears ?? [])],
  };
  const decided = input.decision ? then(base, decide(base.next, input.decision.accept ? 'accept_matter' : 'decline_matter', actor, decisionInput(input.decision), now, calendar, kinds)) : base;
  if (!decided.ok || !input.departmentId || !routed) return decided;
  return {
    ...decided,
    next: { ...decided.next, departmentId: input.departmentId, status: routed.status, objectionUntil: objectionWindowEnd(kind, now, calendar) },
  };
}

function decisionInput(decision: NonNullable<RegisterInput['decision']>): Record<string, string> {
  const input: Record<string, string> = decision.accept ? {} : { reason: decision.reason };
  if (decision.note) input.note = decision.note;
  return input;
}

/** Two decisions one after the other, as one: the second's refusal wins; otherwise events, effects and warnings add up. */
function then(first: Decision & { ok: true }, second: Decision): Decision & { ok: boolean } {
  if (!second.ok) return second;
  return {
    ok: true,
    next: second.next,
    events: [...first.events, ...second.events],
    effects: [...first.effects, ...second.effects],
    warnings: [...first.warnings, ...second.warnings],
  };
}


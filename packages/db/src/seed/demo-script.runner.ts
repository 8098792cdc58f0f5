import {
  decide,
  pendingTimers,
  registerWorkItem,
  routeByRule,
  shanghaiDate,
  SYSTEM_ACTOR,
  timerAction,
  type Accepted,
  type Actor,
  type Decision,
  type KindDefinition,
  type KindRegistry,
  type NewItemIdentity,
  type RegisterInput,
  type WorkCalendar,
  type WorkItemState,
} from '@parkflow/domain';
import { demoInstant } from './demo-clock.js';
import type { DemoPark } from './demo-park.factory.js';
import type { DemoInput, DemoItemScript, DemoStep } from './demo-script.types.js';

/** What a script needs from the seed: the park, the clock, and where identities come from and decisions go. */
export interface DemoRunContext {
  park: DemoPark;
  /** The moment of seeding: every step and every replayed timer lies before it. */
  now: Date;
  calendar: WorkCalendar;
  /** The kinds the api and worker run with (the park's overrides included). */
  kinds: KindRegistry;
  /** A new item's id and code (the seed allocates codes from the database's counter, on the registration date). */
  identify(codePrefix: string, registeredAt: Date): Promise<NewItemIdentity>;
  /** Stores one accepted decision (the seed: persistDecision) and returns the item as stored, version included. */
  persist(previous: WorkItemState | null, decision: Accepted): Promise<WorkItemState>;
}

export interface DemoRunResult {
  /** The item as the replay left it; null when even its registration was refused. */
  item: WorkItemState | null;
  /** The step the rules refused, if any (the script stops there, as a person would). */
  refused: string | null;
}

/** What the seed asks the rules: register, a person's or a timer's action, or the assign stage's routing job. */
type DomainCall =
  | { type: 'register'; input: RegisterInput; identity: NewItemIdentity }
  | { type: 'act'; item: WorkItemState; action: string; input: unknown }
  | { type: 'route'; item: WorkItemState; kind: KindDefinition; stageSeq: number; departmentIdForCode: (code: string) => string | null };

/**
 * The seed's only calls into the functions that decide. They are kept here, in one place, so
 * that a change of their signatures (decide is about to take the kind registry) is one edit.
 */
function decideDemo(call: DomainCall, actor: Actor, at: Date, calendar: WorkCalendar, kinds: KindRegistry): Decision {
  switch (call.type) {
    case 'register':
      return registerWorkItem(call.input, actor, call.identity, at, calendar, kinds);
    case 'act':
      return decide(call.item, call.action, actor, call.input, at, calendar, kinds);
    case 'route':
      return routeByRule(call.item, call.kind, call.stageSeq, call.departmentIdForCode, at, calendar);
  }
}

/** The worker picks a stage job up at once; a second stands for "right after the commit". */
const STAGE_JOB_LAG_MS = 1_000;

function resolveInput(park: DemoPark, input: DemoInput | undefined, at: Date): Record<string, string | number> {
  const value = (v: DemoInput[string]) => (typeof v !== 'object' ? v : 'stepDay' in v ? shanghaiDate(at) : park.resolve(v));
  return Object.fromEntries(Object.entries(input ?? {}).map(([k, v]) => [k, value(v)]));
}

function describe(step: DemoStep): string {
  return `${step.action} by ${step.by} at ${JSON.stringify(step.at)}`;
}

/**
 * Plays one script: registerWorkItem, then each step through decide at its backdated instant,
 * each accepted decision persisted as the api would. Before every step, and at the end up to
 * `now`, it does what the worker would have done by then, at the instant it would have: the
 * routing job of a new assign-stage entry, then every deadline timer that fell due (pendingTimers
 * → timerAction → decide as SYSTEM_ACTOR). Work due at `now` or later is left to the worker.
 */
export async function runDemoScript(script: DemoItemScript, ctx: DemoRunContext): Promise<DemoRunResult> {
  const { park, now, calendar, kinds } = ctx;
  const kind = kinds.get(script.kind);
  if (!kind) throw new Error(`Demo item "${script.title}": unknown kind ${script.kind}`);
  const [first, ...rest] = script.steps;
  if (first?.action !== 'register' || rest.some((s) => s.action === 'register')) {
    throw new Error(`Demo item "${script.title}": the script must start with its one register step`);
  }

  // The item as last stored, and the assign stage's routing job when the last decision asked for
  // one that has not run yet.
  let item: WorkItemState | null = null;
  let routing: { stageSeq: number; at: number } | null = null;

  const apply = async (decision: Accepted, at: Date): Promise<void> => {
    item = await ctx.persist(item, decision);
    // The last: 受理 at registration starts a fresh assign entry, and only its job routes.
    const job = decision.effects.findLast((e) => e.type === 'stage_job' && e.stage === 'assign');
    if (job?.type === 'stage_job') routing = { stageSeq: job.stageSeq, at: at.getTime() + STAGE_JOB_LAG_MS };
  };

  /** The worker's work on the item due before `until`, in the order it falls due. */
  const catchUp = async (current: WorkItemState, until: number): Promise<void> => {
    for (let state = current; ; state = item!) {
      const timer = pendingTimers(state, kind, calendar)
        .filter((t) => Date.parse(t.at) < until)
        .sort((a, b) => Date.parse(a.at) - Date.parse(b.at))[0];
      const route = routing && routing.at < until ? routing : null;
      if (route && (!timer || route.at <= Date.parse(timer.at))) {
        routing = null;
        const at = new Date(route.at);
        const decision = decideDemo({ type: 'route', item: state, kind, stageSeq: route.stageSeq, departmentIdForCode: park.departmentId }, SYSTEM_ACTOR, at, calendar, kinds);
        // Refused means routed already (by the dispatcher) or moved on: the worker writes nothing then.
        if (decision.ok) await apply(decision, at);
        continue;
      }
      if (!timer) return;
      const fired = timerAction(timer, kind);
      if (!fired) return;
      const { action, input } = fired;
      const at = new Date(timer.at);
      const decision = decideDemo({ type: 'act', item: state, action, input }, SYSTEM_ACTOR, at, calendar, kinds);
      // pendingTimers offers only checks still to come; a refusal here is a bug, and would loop.
      if (!decision.ok) throw new Error(`Demo item "${script.title}": ${action} at ${timer.at} refused: ${decision.refusal.message}`);
      await apply(decision, at);
    }
  };

  let previousAt = -Infinity;
  for (const step of script.steps) {
    const at = demoInstant(step.at, now, calendar);
    if (at.getTime() <= previousAt || at.getTime() > now.getTime()) {
      throw new Error(`Demo item "${script.title}": ${describe(step)} is not after the step before it and at or before now`);
    }
    previousAt = at.getTime();
    const actor = park.actor(step.by);
    const input = resolveInput(park, step.input, at);
    let decision: Decision;
    if (item === null) {
      const registration: RegisterInput = {
        kind: script.kind,
        title: script.title,
        description: script.description,
        channel: script.channel,
        category: script.category,
        urgency: script.urgency,
        enterpriseId: script.enterprise === null ? null : (park.enterprises[script.enterprise]?.id ?? null),
        petitioner: script.petitioner,
        departmentId: typeof input.departmentId === 'string' ? input.departmentId : null,
        // Kinds that decide (受理) are accepted at registration unless the script says otherwise.
        decision: script.decision !== undefined ? script.decision : kind.actions.accept_matter ? { accept: true } : null,
        ...(script.receivedDaysAgo !== undefined ? { receivedOn: shanghaiDate(new Date(at.getTime() - script.receivedDaysAgo * 86_400_000)) } : {}),
      };
      decision = decideDemo({ type: 'register', input: registration, identity: await ctx.identify(kind.codePrefix, at) }, actor, at, calendar, kinds);
    } else {
      await catchUp(item, at.getTime());
      decision = decideDemo({ type: 'act', item: item!, action: step.action, input }, actor, at, calendar, kinds);
    }
    if (!decision.ok) {
      if (item !== null) await catchUp(item, now.getTime());
      return { item, refused: `${describe(step)}: ${decision.refusal.message}` };
    }
    await apply(decision, at);
  }
  await catchUp(item!, now.getTime());
  return { item, refused: null };
}

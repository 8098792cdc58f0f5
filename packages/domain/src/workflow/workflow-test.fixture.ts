import { createWorkCalendar } from '../calendar/index.js';
import type { KindDefinition } from '../kinds/kind-definition.js';
import { createKindRegistry, type KindRegistry } from '../kinds/kind-registry.js';
import { SYSTEM_ACTOR, type Actor, type Role } from '../roles/role.js';
import type { Accepted, Decision } from '../work-item/decision.types.js';
import { registerWorkItem, type RegisterInput } from '../work-item/register-work-item.js';
import type { WorkItemState } from '../work-item/work-item.types.js';
import type { ActionName } from './action-definition.types.js';
import { decide } from './decide.js';

/*
 * Shared by the workflow specs (not exported from the package): a cast of actors around two
 * departments and two companies, the official calendar, and helpers that fail loudly.
 */

export const calendar = createWorkCalendar();

/** The built-in kinds, as the app builds them at start (no park overrides). */
export const kinds = createKindRegistry();

const single = new WeakMap<KindDefinition, KindRegistry>();

/** A registry of this one kind (a test policy or a kind defined in a test), built once per definition. */
export function registryOf(kind: KindDefinition): KindRegistry {
  let registry = single.get(kind);
  if (!registry) single.set(kind, (registry = createKindRegistry([kind])));
  return registry;
}

function actor(id: string, roles: Role[], extra: Partial<Actor> = {}): Actor {
  return { id, roles, departmentId: null, leadsDepartmentIds: [], enterpriseId: null, liaisonEnterpriseIds: [], ...extra };
}

export const DEPT_A = 'dept-a';
export const DEPT_B = 'dept-b';
export const ENT_1 = 'ent-1';
export const ENT_2 = 'ent-2';

export const cast = {
  dispatcher: actor('u-dispatcher', ['dispatcher']),
  handlerA1: actor('u-handler-a1', ['handler'], { departmentId: DEPT_A }),
  handlerA2: actor('u-handler-a2', ['handler'], { departmentId: DEPT_A }),
  handlerB1: actor('u-handler-b1', ['handler'], { departmentId: DEPT_B }),
  headA: actor('u-head-a', ['department_head'], { departmentId: DEPT_A, leadsDepartmentIds: [DEPT_A] }),
  headB: actor('u-head-b', ['department_head'], { departmentId: DEPT_B, leadsDepartmentIds: [DEPT_B] }),
  leaderA: actor('u-leader-a', ['leader'], { leadsDepartmentIds: [DEPT_A] }),
  leaderB: actor('u-leader-b', ['leader'], { leadsDepartmentIds: [DEPT_B] }),
  leaderOwner: actor('u-leader-owner', ['leader']),
  liaison1: actor('u-liaison-1', ['liaison'], { liaisonEnterpriseIds: [ENT_1] }),
  contact1: actor('u-contact-1', ['enterprise'], { enterpriseId: ENT_1 }),
  contact2: actor('u-contact-2', ['enterprise'], { enterpriseId: ENT_2 }),
  admin: actor('u-admin', ['admin']),
  system: SYSTEM_ACTOR,
} as const;

export type CastName = keyof typeof cast;
export const CAST_NAMES = Object.keys(cast) as CastName[];

/** Monday 2026-03-02 09:00 in Shanghai. */
export const T0 = new Date('2026-03-02T01:00:00Z');

export function at(iso: string): Date {
  return new Date(iso);
}

export function expectOk(decision: Decision, what = 'decision'): Accepted {
  if (!decision.ok) throw new Error(`${what} refused: ${decision.refusal.code} ${decision.refusal.message} ${JSON.stringify(decision.refusal.fields ?? {})}`);
  return decision;
}

/** A petition registered and accepted (受理) at once, unless `decision` says otherwise (null: left 待受理). */
export function registerPetition(
  now: Date = T0,
  departmentId: string | null = null,
  decision: RegisterInput['decision'] = { accept: true },
  registry: KindRegistry = kinds,
): WorkItemState {
  const input: RegisterInput = {
    kind: 'petition',
    title: '厂区噪音扰民',
    description: '夜间施工噪音',
    channel: 'letter',
    category: 'environment',
    urgency: 'normal',
    enterpriseId: null,
    petitioner: { name: '张三', phone: '13812345678', idNumber: '410102199001011234' },
    departmentId,
    decision,
  };
  return expectOk(registerWorkItem(input, cast.dispatcher, { id: 'item-p1', code: 'XF-20260302-0001' }, now, calendar, registry), 'register').next;
}

export function registerAppeal(now: Date = T0, by: Actor = cast.contact1): WorkItemState {
  return registerAppealDecision(now, by).next;
}

export function registerAppealDecision(now: Date = T0, by: Actor = cast.contact1): Accepted {
  const input: RegisterInput = {
    kind: 'appeal',
    title: '招工难',
    description: '急需普工 50 名',
    channel: 'online',
    category: 'hiring',
    urgency: 'normal',
    enterpriseId: ENT_1,
    petitioner: null,
    departmentId: null,
  };
  return expectOk(registerWorkItem(input, by, { id: 'item-a1', code: 'SQ-20260302-0001' }, now, calendar, kinds), 'register');
}

/** One step of a story: decide and insist it is accepted. */
export function act(item: WorkItemState, action: ActionName, who: Actor, input: Record<string, unknown>, now: Date, registry: KindRegistry = kinds): Accepted {
  return expectOk(decide(item, action, who, input, now, calendar, registry), `${who.id} ${action}`);
}

/** The refusal code, or 'ok'. */
export function outcome(decision: Decision): string {
  return decision.ok ? 'ok' : decision.refusal.code;
}

export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

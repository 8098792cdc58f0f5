import type { KindDefinition } from '../kinds/kind-definition.js';
import type { Actor } from '../roles/role.js';
import type { ItemNotifyTopic, NotificationParamsMap } from '../work-item/notification-topic.types.js';
import type { NotifyAudience, NotifyEffect, Status, WorkItemState } from '../work-item/work-item.types.js';
import type { Party } from './action-definition.types.js';

/*
 * Who to tell, as the domain can know it: user ids it holds (handler, owner leader) and
 * otherwise a named group the shell resolves (it owns the user table). The actor is never
 * notified of their own action.
 */

export interface NotifyTarget {
  userIds?: readonly (string | null)[];
  audience?: NotifyAudience;
  departmentId?: string | null;
  enterpriseId?: string | null;
}

const DEPARTMENT_AUDIENCES: ReadonlySet<NotifyAudience> = new Set(['department_handlers', 'department_head', 'department_leaders']);
const ENTERPRISE_AUDIENCES: ReadonlySet<NotifyAudience> = new Set(['enterprise_contacts', 'liaisons']);

/**
 * Zero or one notify effect; none when the target resolves to nobody. `params` are the topic's
 * own (typed by the topic); the item's code and title are added here, since every notice names
 * its item. The client words the notice from the topic and params, in its language.
 */
export function notify<T extends ItemNotifyTopic>(
  item: WorkItemState,
  actor: Actor,
  topic: T,
  params: NotificationParamsMap[T],
  target: NotifyTarget,
): NotifyEffect[] {
  const userIds = [...new Set(target.userIds ?? [])].filter((id): id is string => id !== null && id !== actor.id);
  let audience = target.audience;
  // A department or company group without its department or company names nobody.
  if (audience && DEPARTMENT_AUDIENCES.has(audience) && !target.departmentId) audience = undefined;
  if (audience && ENTERPRISE_AUDIENCES.has(audience) && !target.enterpriseId) audience = undefined;
  if (userIds.length === 0 && !audience) return [];
  const effect: NotifyEffect = { type: 'notify', userIds, itemId: item.id, topic, params: { code: item.code, title: item.title, ...params } };
  if (audience) {
    effect.audience = audience;
    if (DEPARTMENT_AUDIENCES.has(audience) && target.departmentId) effect.departmentId = target.departmentId;
    if (ENTERPRISE_AUDIENCES.has(audience) && target.enterpriseId) effect.enterpriseId = target.enterpriseId;
  }
  return [effect];
}

/** The leader who answers for the item: its owner leader, else its department's leaders, else all leaders. */
export function leaderTarget(item: WorkItemState): NotifyTarget {
  if (item.ownerLeaderId) return { userIds: [item.ownerLeaderId] };
  if (item.departmentId) return { audience: 'department_leaders', departmentId: item.departmentId };
  return { audience: 'leaders' };
}

/** Who works the item: its handler, else the handlers of its department, else the dispatchers. */
export function workerTarget(item: WorkItemState): NotifyTarget {
  if (item.handlerId) return { userIds: [item.handlerId] };
  if (item.departmentId) return { audience: 'department_handlers', departmentId: item.departmentId };
  return { audience: 'dispatchers' };
}

/** The department head of the item's department; the dispatchers when it has none. */
export function headTarget(item: WorkItemState): NotifyTarget {
  return item.departmentId ? { audience: 'department_head', departmentId: item.departmentId } : { audience: 'dispatchers' };
}

/**
 * Who must act now, by stage (used for warnings and overdue notices): routing waits on the
 * dispatchers until a department has it, handling on its workers, feedback on the dispatchers
 * who call back, closure on the approving leader. By stage, not status, so a kind's own statuses
 * reach the right people without a rule of their own.
 */
export function responsibleTarget(item: WorkItemState): NotifyTarget {
  if (item.status === 'closed') return {};
  switch (item.stage) {
    case 'assign':
      return item.departmentId ? workerTarget(item) : { audience: 'dispatchers' };
    case 'handle':
      return workerTarget(item);
    case 'feedback':
      return { audience: 'dispatchers' };
    case 'close':
      return leaderTarget(item);
  }
}

/** The parties of the kind's actions that move an item on from `status` (e.g. who rates an answer). */
export function nextParties(kind: KindDefinition, status: Status): Party[] {
  const moving = Object.values(kind.actions).filter((d) => d.statuses.includes(status) && (d.to !== undefined || d.outcomes !== undefined));
  return [...new Set(moving.flatMap((d) => d.parties))];
}

/** The groups able to take an action with these parties, as notification targets (e.g. who can rate a reply). */
export function partyTargets(item: WorkItemState, kind: KindDefinition, parties: readonly Party[]): NotifyTarget[] {
  const targets: NotifyTarget[] = [];
  if (parties.includes('dispatcher')) targets.push({ audience: 'dispatchers' });
  // A petition about a company never notifies the company or its liaison (信访 confidentiality).
  if (kind.enterpriseLink !== 'raised_by') return targets;
  if (parties.includes('enterprise_contact')) targets.push({ audience: 'enterprise_contacts', enterpriseId: item.enterpriseId });
  if (parties.includes('enterprise_liaison')) targets.push({ audience: 'liaisons', enterpriseId: item.enterpriseId });
  return targets;
}

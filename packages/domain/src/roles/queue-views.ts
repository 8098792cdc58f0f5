import type { KindId } from '../work-item/work-item.types.js';
import { approvalsScope, departmentScope, mineScope, ownedScope, type QueueScope } from './queue-scope.js';
import type { Actor } from './role.js';

/** The queue views a list (and its ledger export) can show: 我的待办, 部门事项, 全部, 待我审批, 我包案的. */
export const WORK_ITEM_VIEWS = ['mine', 'department', 'all', 'approvals', 'owned'] as const;
export type WorkItemView = (typeof WORK_ITEM_VIEWS)[number];

/**
 * The scope of one view for this user, on top of what they may see at all (visibleItemsScope);
 * null for `all`, which narrows nothing. The list endpoint and the ledger export both ask here.
 */
export function queueViewScope(view: WorkItemView, actor: Actor, raisedByEnterprise: readonly KindId[]): QueueScope | null {
  switch (view) {
    case 'mine':
      return mineScope(actor, raisedByEnterprise);
    case 'department':
      return departmentScope(actor);
    case 'approvals':
      return approvalsScope(actor);
    case 'owned':
      return ownedScope(actor);
    case 'all':
      return null;
  }
}

import type { WorkflowItem } from '../workflow/workflow-state.defaults.js';
import { slaState } from '../workflow/sla-state.policy.js';
import type { WorkItemState } from '../work-item/work-item.types.js';
import { itemForViewer } from './event-audience.js';
import type { Actor } from './role.js';
import { petitionerFor } from './visibility.js';

/**
 * An item's fields as this user may read them, wherever they leave the server (the list, the
 * detail, a ledger export): internal fields hidden from outsiders, the petitioner's phone and ID
 * masked for those who do not work on it, and the SLA tag live (the stored one lags by as long as
 * the deadline timer takes to fire).
 */
export function itemAsSeenBy(state: WorkItemState, actor: Actor, now: Date): WorkflowItem {
  const item = itemForViewer(state, actor);
  return { ...item, sla: slaState(item, now), petitioner: petitionerFor(item, actor) };
}

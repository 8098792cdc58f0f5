import type { KindDefinition } from '../kinds/kind-definition.js';
import type { DomainEvent, WorkItemState } from '../work-item/work-item.types.js';
import { canSeeEvent, isStaff } from './event-audience.js';
import type { Actor } from './role.js';
import { canSee, petitionerFor } from './visibility.js';

/** How one field carrying a person's identity reaches a user: in clear, masked, or not at all. */
export type IdentityAccess = 'clear' | 'masked' | 'none';

/** What one user gets of one item: the item at all, the petitioner's name, phone and ID number, and each timeline event. */
export interface ItemAccess {
  item: boolean;
  petitioner: { name: IdentityAccess; phone: IdentityAccess; idNumber: IdentityAccess };
  /** Event index → visible, in the order given. */
  events: boolean[];
  /** Whether the internal fields (pending extension with its reason, supervision) are shown. */
  internalFields: boolean;
}

function fieldAccess(original: string | null | undefined, shown: string | null | undefined): IdentityAccess {
  if (!original || !shown) return 'none';
  return shown === original ? 'clear' : 'masked';
}

/**
 * The access table of one item for one user, from the same rules the api presents with
 * (canSee, petitionerFor, canSeeEvent): the tests enumerate it over every role and kind and
 * check the HTTP answers against it.
 */
export function itemAccess(item: WorkItemState, events: readonly Pick<DomainEvent, 'audience'>[], actor: Actor, kind: KindDefinition): ItemAccess {
  const visible = canSee(item, actor, kind);
  const shown = visible ? petitionerFor(item, actor) : null;
  return {
    item: visible,
    petitioner: {
      name: fieldAccess(item.petitioner?.name, shown?.name),
      phone: fieldAccess(item.petitioner?.phone, shown?.phone),
      idNumber: fieldAccess(item.petitioner?.idNumber, shown?.idNumber),
    },
    events: events.map((e) => visible && canSeeEvent(e, actor)),
    internalFields: visible && isStaff(actor),
  };
}

import { applyScope, toWorkItemState, WorkItemEntity } from '@parkflow/db';
import {
  comparableContact,
  CONTACT_SEPARATORS,
  repeatableKinds,
  repeatCandidates,
  visibleItemsScope,
  type Actor,
  type KindRegistry,
  type RepeatLookup,
  type WorkItemState,
} from '@parkflow/domain';
import type { EntityManager } from 'typeorm';

/** What the registration form offers at most. */
export const MAX_REPEAT_CANDIDATES = 20;
/** Rows read for the domain to judge: more than it offers, since a phone match with another ID number is dropped. */
const ROWS_READ = 200;

/**
 * The closed items a new item may repeat (domain repeatCandidates), as far as `actor` may see.
 * The SQL narrows the rows — closed, of a kind the rule allows, the same category, visible
 * (visibleItemsScope, as the queue), and the same bare ID number or phone, with the domain's own
 * separators stripped — and the domain decides on what it read (ID number before phone, masked
 * values never matching), so the rule is the domain's alone.
 */
export async function findRepeatCandidates(manager: EntityManager, lookup: RepeatLookup, actor: Actor, kinds: KindRegistry): Promise<WorkItemState[]> {
  const allowed = repeatableKinds(lookup.kind);
  const idNumber = comparableContact(lookup.petitioner.idNumber);
  const phone = comparableContact(lookup.petitioner.phone);
  if (allowed.length === 0 || (idNumber === null && phone === null)) return [];
  const bare = (field: 'idNumber' | 'phone') => `upper(translate(w.petitioner->>'${field}', :separators, ''))`;
  const same = [...(idNumber !== null ? [`${bare('idNumber')} = :idNumber`] : []), ...(phone !== null ? [`${bare('phone')} = :phone`] : [])];
  const qb = manager
    .getRepository(WorkItemEntity)
    .createQueryBuilder('w')
    .where(`w.status = 'closed'`)
    .andWhere('w.kind IN (:...kinds)', { kinds: allowed })
    .andWhere('w.category = :category', { category: lookup.category })
    .andWhere(`(${same.join(' OR ')})`, { separators: CONTACT_SEPARATORS, idNumber, phone });
  const visible = visibleItemsScope(actor, kinds.raisedByEnterprise());
  if (visible) applyScope(qb, visible, 'visible');
  const rows = await qb.orderBy('w.closed_at', 'DESC').addOrderBy('w.code', 'DESC').take(ROWS_READ).getMany();
  return repeatCandidates(lookup, rows.map(toWorkItemState), actor, kinds).slice(0, MAX_REPEAT_CANDIDATES);
}

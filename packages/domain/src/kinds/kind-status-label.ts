import type { Label } from '../catalog/label.js';
import type { KindRegistry } from './kind-registry.js';

/**
 * A status in the words of the item's kind. For an item whose kind the registry does not have
 * (or a status its kind no longer declares): the first kind that labels the status; null when
 * none does (the caller shows the raw id, never an empty cell).
 */
export function kindStatusLabel(kinds: KindRegistry, kindId: string, status: string): Label | null {
  const own = (table: Readonly<Record<string, Label>>) => (Object.hasOwn(table, status) ? table[status] : undefined);
  const kind = kinds.get(kindId);
  return (kind && own(kind.statusLabels)) ?? kinds.list().map((k) => own(k.statusLabels)).find(Boolean) ?? null;
}

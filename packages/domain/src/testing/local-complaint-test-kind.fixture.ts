import type { KindDefinition } from '../kinds/kind-definition.js';
import { PETITION_KIND } from '../kinds/petition.kind.js';

/*
 * A kind defined only in test code, to test who may name which earlier item as a repeat (重复件):
 * a park's own complaint kind that department handlers register too (the built-in petitions are
 * registered by dispatchers and administrators, who see every item, so with them alone an
 * earlier item is never out of the registrar's sight). Otherwise a petition, repeats included.
 * Pure data, so the api integration test loads it through PARKFLOW_KIND_MODULES.
 */
export const LOCAL_COMPLAINT_TEST_KIND: KindDefinition = {
  ...PETITION_KIND,
  id: 'local_complaint',
  label: { zh: '部门受理投诉', en: 'Department complaint' },
  codePrefix: 'LC',
  registerRoles: ['dispatcher', 'handler', 'admin'],
  repeats: { of: ['local_complaint'] },
};

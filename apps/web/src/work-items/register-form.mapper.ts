import type { CreateWorkItemRequest } from '@parkflow/contracts';
import type { Urgency } from '@parkflow/domain';
import { bundledKinds } from '../kinds/bundled-kinds';
import type { FieldPath } from './field-errors.mapper';

/** What the register form holds; empty inputs are `undefined` or blank strings. */
export interface RegisterFormValues {
  kind: string;
  title?: string;
  description?: string;
  channel?: string;
  category?: string;
  urgency: Urgency;
  enterpriseId?: string | null;
  petitioner?: { name?: string; phone?: string; idNumber?: string };
}

/** Whether items of the kind must name their enterprise — the kind definition's links say (the domain refuses one without). */
export function kindHasEnterprise(kind: string): boolean {
  return bundledKinds.get(kind)?.links.enterprise === 'required';
}

/** Whether the kind carries a petitioner (name, phone, ID number) — the kind definition says. */
export function kindHasPetitioner(kind: string): boolean {
  return (bundledKinds.get(kind)?.links.petitioner ?? 'none') !== 'none';
}

/** The fields the form shows for a kind, as antd name paths (where server messages can be placed). */
export function visibleFieldPaths(kind: string): FieldPath[] {
  const paths: FieldPath[] = [['kind'], ['title'], ['description'], ['channel'], ['category'], ['urgency']];
  if (kindHasEnterprise(kind)) paths.push(['enterpriseId']);
  if (kindHasPetitioner(kind)) paths.push(['petitioner', 'name'], ['petitioner', 'phone'], ['petitioner', 'idNumber']);
  return paths;
}

const blankToNull = (value: string | undefined | null): string | null => (value == null || value.trim() === '' ? null : value.trim());

/** The `POST /api/work-items` body for the form's values; fields the kind does not use are sent as null. */
export function toCreateRequest(values: RegisterFormValues): CreateWorkItemRequest {
  return {
    kind: values.kind,
    title: values.title ?? '',
    description: values.description ?? '',
    channel: values.channel as string,
    category: values.category as string,
    urgency: values.urgency,
    enterpriseId: kindHasEnterprise(values.kind) ? blankToNull(values.enterpriseId) : null,
    petitioner: kindHasPetitioner(values.kind)
      ? {
          name: values.petitioner?.name ?? '',
          phone: blankToNull(values.petitioner?.phone),
          idNumber: blankToNull(values.petitioner?.idNumber),
        }
      : null,
    departmentId: null,
  };
}

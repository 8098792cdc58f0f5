import type { ApiError, CreateProjectRequest, ProjectTemplateList, UpdateProjectRequest } from '@parkflow/contracts';
import type { Label } from '@parkflow/domain';
import type { FieldPath } from '../work-items/field-errors.mapper';

/** What the create form holds; empty inputs are `undefined` or blank strings. */
export interface ProjectFormValues {
  name?: string;
  investorName?: string;
  investmentWan?: number | null;
  type?: string;
  phase?: string;
  targets?: { start?: string; completion?: string; production?: string };
  scheduleTarget?: 'production' | 'completion';
  chiefOfficerId?: string;
  pushTeamIds?: string[];
  departmentIds?: string[];
}

/** The form's fields as antd name paths (where the api's field messages are placed). */
export const PROJECT_FORM_FIELDS: readonly FieldPath[] = [
  ['name'],
  ['investorName'],
  ['investmentWan'],
  ['type'],
  ['phase'],
  ['targets', 'start'],
  ['targets', 'completion'],
  ['targets', 'production'],
  ['scheduleTarget'],
  ['chiefOfficerId'],
  ['pushTeamIds'],
  ['departmentIds'],
];

const trimmed = (value: string | undefined) => (value ?? '').trim();

/**
 * The `POST /api/projects` body, before the contract's check (CreateProjectRequestSchema), which
 * names every missing or bad field: a missing value goes as undefined, nothing is guessed.
 */
export function toCreateProjectRequest(values: ProjectFormValues): Record<keyof CreateProjectRequest, unknown> {
  return {
    name: trimmed(values.name),
    investorName: trimmed(values.investorName),
    investmentWan: values.investmentWan ?? undefined,
    type: values.type,
    phase: values.phase,
    targets: { start: values.targets?.start ?? '', completion: values.targets?.completion ?? '', production: values.targets?.production ?? '' },
    scheduleTarget: values.scheduleTarget ?? 'production',
    chiefOfficerId: values.chiefOfficerId,
    pushTeamIds: values.pushTeamIds ?? [],
    departmentIds: values.departmentIds ?? [],
  };
}

/** The re-plan body: only the targets (and what they are scheduled from) move. */
export function toReplanRequest(version: number, targets: Required<NonNullable<ProjectFormValues['targets']>>, scheduleTarget: 'production' | 'completion'): UpdateProjectRequest {
  return { version, targets: { ...targets }, scheduleTarget };
}

/** A 400 `does_not_fit`: the node that cannot fit before the target, how many working days it is short, and the earliest target that would fit. */
export interface DoesNotFit {
  node: string;
  shortBy: number;
  earliestTarget: string;
}

export function doesNotFitOf(body: ApiError | null | undefined): DoesNotFit | null {
  if (!body || body.reason !== 'does_not_fit' || !body.params) return null;
  const { node, shortBy, earliestTarget } = body.params;
  if (typeof node !== 'string' || typeof earliestTarget !== 'string') return null;
  return { node, shortBy: Number(shortBy), earliestTarget };
}

/** The target field the schedule works back from, where a `does_not_fit` is shown. */
export function scheduleTargetField(scheduleTarget: ProjectFormValues['scheduleTarget']): ['targets', 'completion' | 'production'] {
  return ['targets', scheduleTarget === 'completion' ? 'completion' : 'production'];
}

/** A node's name from the type's template (the api names the node by its key); the key itself when unknown. */
export function templateNodeName(templates: ProjectTemplateList | undefined, type: string | undefined, key: string): Label | null {
  const node = templates?.templates.find((template) => template.type === type)?.nodes.find((n) => n.key === key);
  return node ? node.name : null;
}

import type { WorkItemActionRequest } from '@parkflow/contracts';
import {
  HUMAN_ACTIONS,
  STANDARD_ACTIONS,
  validateInput,
  type ActionDefinition,
  type FieldSpec,
  type HumanAction,
  type Label,
} from '@parkflow/domain';
import { bundledKinds } from '../../kinds/bundled-kinds';

/*
 * The action forms are built from the domain's action definitions (the kind's copy of
 * STANDARD_ACTIONS): which fields, required or not, lengths, ranges and choices all come from the
 * field specs, and the form is checked with the domain's own `validateInput` before it is sent.
 * This module only decides how each field is drawn.
 */

/** How a field is drawn: pickers for ids the client can list, a radio group for choices, … */
export type FieldWidget = 'department' | 'handler' | 'leader' | 'choice' | 'integer' | 'longText' | 'text' | 'id';

export interface ActionFieldModel {
  name: string;
  widget: FieldWidget;
  required: boolean;
  maxLength?: number;
  min?: number;
  max?: number;
  /** The choices of an enum field, in the domain's order. */
  values?: readonly string[];
}

export interface ActionFormModel {
  action: HumanAction;
  label: Label;
  fields: ActionFieldModel[];
}

/** Ids the client has a picker for, by input name. */
const ID_PICKERS: Readonly<Record<string, FieldWidget>> = {
  departmentId: 'department',
  handlerId: 'handler',
  leaderUserId: 'leader',
};

/** Texts longer than this get a multi-line box. */
const LONG_TEXT = 200;

export function widgetFor(name: string, spec: FieldSpec): FieldWidget {
  switch (spec.type) {
    case 'id':
      return ID_PICKERS[name] ?? 'id';
    case 'enum':
      return 'choice';
    case 'integer':
      return 'integer';
    case 'text':
      return spec.maxLength > LONG_TEXT ? 'longText' : 'text';
  }
}

export function isHumanAction(name: string): name is HumanAction {
  return (HUMAN_ACTIONS as readonly string[]).includes(name);
}

/** The actions a person can take, from the API's `allowedActions`, in the catalogue's order. */
export function humanActions(allowed: readonly string[]): HumanAction[] {
  return HUMAN_ACTIONS.filter((action) => allowed.includes(action));
}

/** The kind's own definition of an action (kinds may override parties or inputs), else the standard one. */
export function actionDefinition(kindId: string, action: HumanAction): ActionDefinition {
  return bundledKinds.get(kindId)?.actions[action] ?? STANDARD_ACTIONS[action as keyof typeof STANDARD_ACTIONS];
}

export function buildActionForm(kindId: string, action: HumanAction): ActionFormModel {
  const definition = actionDefinition(kindId, action);
  const fields = Object.entries(definition.inputs).map(([name, spec]): ActionFieldModel => {
    const field: ActionFieldModel = { name, widget: widgetFor(name, spec), required: spec.required };
    if (spec.type === 'text') field.maxLength = spec.maxLength;
    if (spec.type === 'integer') Object.assign(field, { min: spec.min, max: spec.max });
    if (spec.type === 'enum') field.values = spec.values;
    return field;
  });
  return { action, label: definition.label, fields };
}

export type ActionFormValues = Record<string, unknown>;

/** Trimmed text, numbers as numbers; empty optional fields are left out (the API treats absent as "none"). */
export function toActionInput(form: ActionFormModel, values: ActionFormValues): Record<string, string | number> {
  const input: Record<string, string | number> = {};
  for (const field of form.fields) {
    const raw = values[field.name];
    if (raw === undefined || raw === null) continue;
    if (typeof raw === 'string') {
      const trimmed = raw.trim();
      if (trimmed !== '') input[field.name] = trimmed;
    } else if (typeof raw === 'number') {
      input[field.name] = raw;
    }
  }
  return input;
}

/** The `POST /work-items/:id/actions` body. */
export function toActionRequest(form: ActionFormModel, version: number, values: ActionFormValues): WorkItemActionRequest {
  return { action: form.action, version, ...toActionInput(form, values) };
}

/** The domain's own check of the input; `null` when it passes, else a message per field. */
export function checkActionInput(kindId: string, form: ActionFormModel, values: ActionFormValues): Record<string, string> | null {
  const result = validateInput(actionDefinition(kindId, form.action).inputs, toActionInput(form, values));
  return result.ok ? null : result.fields;
}

/** Whether the action moves the item on, sends it back, or just records something (for button styles). */
export function actionTone(action: HumanAction): 'primary' | 'danger' | 'default' {
  if (['assign', 'accept', 'reply', 'record_feedback', 'approve_close', 'approve_extension'].includes(action)) return 'primary';
  if (['return', 'reject_close', 'reject_extension'].includes(action)) return 'danger';
  return 'default';
}

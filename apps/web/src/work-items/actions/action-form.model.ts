import type { WorkItemActionRequest } from '@parkflow/contracts';
import { isHumanAction, kindAction, validateInput, type ActionDefinition, type FieldSpec, type KindDefinition, type Label } from '@parkflow/domain';

/*
 * The action forms are built from the kind's own action definitions, as `/meta` serves them:
 * which actions there are and in which order, which fields, required or not, lengths, ranges and
 * choices all come from the kind (a kind may define actions of its own, e.g. submit_reinspection),
 * and the form is checked with the domain's own `validateInput` before it is sent. This module
 * only decides how each field is drawn.
 */

/** How a field is drawn: pickers for ids the client can list, a radio group for choices, … */
export type FieldWidget = 'department' | 'handler' | 'leader' | 'choice' | 'integer' | 'longText' | 'text' | 'id' | 'date';

export interface ActionFieldModel {
  name: string;
  widget: FieldWidget;
  required: boolean;
  maxLength?: number;
  min?: number;
  max?: number;
  /** The choices of an enum field, in the domain's order. */
  values?: readonly string[];
  /** Their names where the kind gives them (a kind's own choices, e.g. re-inspection outcomes). */
  valueLabels?: Readonly<Record<string, Label>>;
}

export interface ActionFormModel {
  action: string;
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
    case 'date':
      return 'date';
  }
}

/**
 * The actions a person can take now: those of the API's `allowedActions` that the kind defines
 * as human ones, in the order of the kind's own `actions` (the order its definition lists them).
 * A name the kind does not define (an api newer than its /meta answer) gets no button.
 */
export function humanActions(kind: KindDefinition, allowed: readonly string[]): string[] {
  return Object.entries(kind.actions)
    .filter(([name, definition]) => allowed.includes(name) && isHumanAction(definition))
    .map(([name]) => name);
}

function definitionOf(kind: KindDefinition, action: string): ActionDefinition {
  const definition = kindAction(kind, action);
  if (!definition) throw new Error(`the kind ${kind.id} has no action "${action}"`);
  return definition;
}

/** The form of one of the kind's actions (one `humanActions` offered). */
export function buildActionForm(kind: KindDefinition, action: string): ActionFormModel {
  const definition = definitionOf(kind, action);
  const fields = Object.entries(definition.inputs).map(([name, spec]): ActionFieldModel => {
    const field: ActionFieldModel = { name, widget: widgetFor(name, spec), required: spec.required };
    if (spec.type === 'text') field.maxLength = spec.maxLength;
    if (spec.type === 'integer') Object.assign(field, { min: spec.min, max: spec.max });
    if (spec.type === 'enum') Object.assign(field, { values: spec.values, ...(spec.labels ? { valueLabels: spec.labels } : {}) });
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
export function checkActionInput(kind: KindDefinition, form: ActionFormModel, values: ActionFormValues): Record<string, string> | null {
  const result = validateInput(definitionOf(kind, form.action).inputs, toActionInput(form, values));
  return result.ok ? null : result.fields;
}

/**
 * Whether the action moves the item on, sends it back, or just records something (for button
 * styles). By the standard actions' names: a kind's own action is drawn plainly.
 */
export function actionTone(action: string): 'primary' | 'danger' | 'default' {
  if (['assign', 'accept', 'reply', 'record_feedback', 'approve_close', 'approve_extension'].includes(action)) return 'primary';
  if (['return', 'reject_close', 'reject_extension'].includes(action)) return 'danger';
  return 'default';
}

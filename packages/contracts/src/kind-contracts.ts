import { isCalendarDate, isHumanAction, type ActionDefinition, type FieldSpec, type KindDefinition, type KindRegistry } from '@parkflow/domain';
import { z } from 'zod';
import { CreateWorkItemRequestSchema } from './work-item.contract.js';

/*
 * The HTTP contract of the kinds a process runs with, built from its registry: registration and
 * each kind's actions are validated against that kind's own definition (its actions, their field
 * specs, its links), and the OpenAPI document is generated from the same schemas. A kind added
 * as data gets its contract without an edit here.
 */

/** One input field of an action, from the domain's own field spec: the rule is written once. */
export function fieldSchema(spec: FieldSpec): z.ZodType {
  let schema: z.ZodType;
  switch (spec.type) {
    case 'text': {
      // A missing field reads "required" like an empty one, not zod's type message.
      const text = z.string({ error: spec.required ? 'required' : 'must be text' }).trim().max(spec.maxLength, `at most ${spec.maxLength} characters`);
      schema = spec.required ? text.min(1, 'required') : text;
      break;
    }
    case 'id':
      schema = z.string({ error: spec.required ? 'required' : 'not a valid id' }).uuid('not a valid id');
      break;
    case 'integer':
      schema = z.number({ error: 'must be a whole number' }).int('must be a whole number').min(spec.min, `at least ${spec.min}`).max(spec.max, `at most ${spec.max}`);
      break;
    case 'enum':
      schema = z.enum(spec.values as [string, ...string[]], { error: `must be one of ${spec.values.join(', ')}` });
      break;
    case 'date':
      schema = z.string({ error: 'must be a date YYYY-MM-DD' }).trim().refine(isCalendarDate, 'must be a date YYYY-MM-DD');
      break;
  }
  return spec.required ? schema : schema.optional();
}

const version = z.number({ error: 'version is required: the item version you are acting on' }).int().min(1);

/**
 * The envelope every action request shares, checked before the item is loaded: which action, on
 * which version. The action's own fields are checked against the item's kind (`actionRequest`).
 */
export const ActionEnvelopeSchema = z.looseObject({
  action: z.string({ error: 'action is required' }).regex(/^[a-z][a-z0-9_]{0,63}$/, 'not an action name'),
  version,
});
export type WorkItemActionRequest = z.infer<typeof ActionEnvelopeSchema>;

function actionSchema(name: string, def: ActionDefinition): z.ZodObject {
  const fields = Object.fromEntries(Object.entries(def.inputs).map(([field, spec]) => [field, fieldSchema(spec)]));
  return z.object({ action: z.literal(name), version, ...fields }).describe(`${def.label.zh} / ${def.label.en}`);
}

export interface KindContracts {
  /** `POST /work-items`: the registry's kinds, and each kind's required links. */
  createWorkItem: z.ZodType<z.output<typeof CreateWorkItemRequestSchema>, z.input<typeof CreateWorkItemRequestSchema>>;
  /** `POST /work-items/:id/actions` on an item of this kind: one shape per action people take; null for an unknown kind. */
  actionRequest(kindId: string): z.ZodType | null;
  /** Every kind's action shapes, for the OpenAPI document. */
  actionRequestsByKind(): { kind: KindDefinition; schema: z.ZodType }[];
}

function kindActions(kind: KindDefinition): z.ZodType {
  const human = Object.entries(kind.actions).filter(([, def]) => isHumanAction(def));
  const names = human.map(([name]) => name);
  const shapes = human.map(([name, def]) => actionSchema(name, def));
  if (shapes.length === 1) return shapes[0]!;
  return z.discriminatedUnion('action', shapes as unknown as [z.ZodObject, ...z.ZodObject[]], { error: `action must be one of ${names.join(', ')} for a ${kind.id}` });
}

export function createKindContracts(kinds: KindRegistry): KindContracts {
  const ids = kinds.ids as [string, ...string[]];
  const createWorkItem = CreateWorkItemRequestSchema.extend({ kind: z.enum(ids, { error: `kind must be one of ${ids.join(', ')}` }) }).superRefine((body, ctx) => {
    const kind = kinds.get(body.kind);
    if (!kind) return;
    if (kind.links.petitioner === 'required' && !body.petitioner) ctx.addIssue({ code: 'custom', path: ['petitioner'], message: `a ${kind.id} needs a petitioner` });
    if (kind.links.enterprise === 'required' && !body.enterpriseId) ctx.addIssue({ code: 'custom', path: ['enterpriseId'], message: `a ${kind.id} needs its enterprise` });
    if (kind.links.project === 'required' && !body.projectId) ctx.addIssue({ code: 'custom', path: ['projectId'], message: `a ${kind.id} names its project` });
  });
  const byKind = new Map(kinds.list().map((k) => [k.id, kindActions(k)]));
  return {
    createWorkItem,
    actionRequest: (kindId) => byKind.get(kindId) ?? null,
    actionRequestsByKind: () => kinds.list().map((kind) => ({ kind, schema: byKind.get(kind.id)! })),
  };
}

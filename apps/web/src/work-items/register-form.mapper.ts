import type { CreateWorkItemRequest, RepeatCandidatesQuery } from '@parkflow/contracts';
import { hasComparableContact, repeatableKinds, STAGES, type DurationUnit, type KindDefinition, type KindRegistry, type LinkRule, type Stage, type Urgency } from '@parkflow/domain';
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
  /** 收到日期 (YYYY-MM-DD); blank = today. */
  receivedOn?: string;
  /** 受理决定, for kinds that decide: accept / decline / none (暂不决定). */
  decision?: 'accept' | 'decline' | 'none';
  declineReason?: string;
  decisionNote?: string;
  /** 复查 / 复核: the reviewed item's id. */
  reviewOfId?: string;
  /** 复查 / 复核 asked after its window, taken by an administrator: why. */
  windowOverride?: { reason?: string };
  /** 重复件: the earlier, closed item this one repeats, picked from the candidates; blank = not a repeat. */
  repeatOfId?: string;
  /** 重点项目: the key project a project task (问题清单) belongs to, and optionally its node. */
  projectId?: string;
  nodeKey?: string;
}

/** Whether the kind takes a 受理 decision (its actions have accept_matter and decline_matter). */
export function kindDecides(kind: KindDefinition | undefined): boolean {
  return !!kind && 'accept_matter' in kind.actions && 'decline_matter' in kind.actions;
}

function decisionOf(kind: KindDefinition | undefined, values: RegisterFormValues): CreateWorkItemRequest['decision'] {
  if (!kindDecides(kind)) return null;
  const note = blankToNull(values.decisionNote) ?? undefined;
  if (values.decision === 'accept') return { accept: true, ...(note ? { note } : {}) };
  if (values.decision === 'decline') return { accept: false, reason: values.declineReason ?? '', ...(note ? { note } : {}) };
  return null;
}

/*
 * The form follows the kind's `links`: a link the kind requires is a required field, an optional
 * one an optional field, and one it does not have is neither shown nor sent (the domain drops it
 * anyway, and refuses an item without a required one). An unknown kind has no links.
 */

export function enterpriseRule(kind: KindDefinition | undefined): LinkRule {
  return kind?.links.enterprise ?? 'none';
}

export function petitionerRule(kind: KindDefinition | undefined): LinkRule {
  return kind?.links.petitioner ?? 'none';
}

/** A kind without a project link (every kind but project tasks) has none. */
export function projectRule(kind: KindDefinition | undefined): LinkRule {
  return kind?.links.project ?? 'none';
}

/** The fields the form shows for a kind, as antd name paths (where server messages can be placed). */
export function visibleFieldPaths(kind: KindDefinition | undefined): FieldPath[] {
  const paths: FieldPath[] = [['kind'], ['title'], ['description'], ['channel'], ['category'], ['urgency']];
  if (enterpriseRule(kind) !== 'none') paths.push(['enterpriseId']);
  if (petitionerRule(kind) !== 'none') paths.push(['petitioner', 'name'], ['petitioner', 'phone'], ['petitioner', 'idNumber']);
  if (kindDecides(kind) || kind?.review) paths.push(['receivedOn']);
  if (kindDecides(kind)) paths.push(['decision'], ['declineReason'], ['decisionNote']);
  if (kind?.review) paths.push(['reviewOfId'], ['windowOverride', 'reason']);
  if (countsRepeats(kind)) paths.push(['repeatOfId']);
  if (projectRule(kind) !== 'none') paths.push(['projectId'], ['nodeKey']);
  return paths;
}

const blankToNull = (value: string | undefined | null): string | null => (value == null || value.trim() === '' ? null : value.trim());

function petitionerOf(rule: LinkRule, values: RegisterFormValues['petitioner']): CreateWorkItemRequest['petitioner'] {
  if (rule === 'none') return null;
  const petitioner = { name: values?.name ?? '', phone: blankToNull(values?.phone), idNumber: blankToNull(values?.idNumber) };
  // An optional petitioner left blank is no petitioner; a required one goes as typed, for the contract to report.
  if (rule === 'optional' && blankToNull(petitioner.name) === null && petitioner.phone === null && petitioner.idNumber === null) return null;
  return petitioner;
}

function windowOverrideOf(kind: KindDefinition | undefined, values: RegisterFormValues): CreateWorkItemRequest['windowOverride'] {
  const reason = kind?.review ? blankToNull(values.windowOverride?.reason) : null;
  return reason ? { reason } : null;
}

/** The `POST /api/work-items` body for the form's values; links the kind does not have are sent as null. */
export function toCreateRequest(kinds: KindRegistry, values: RegisterFormValues): CreateWorkItemRequest {
  const kind = kinds.get(values.kind);
  return {
    kind: values.kind,
    title: values.title ?? '',
    description: values.description ?? '',
    channel: values.channel as string,
    category: values.category as string,
    urgency: values.urgency,
    enterpriseId: enterpriseRule(kind) !== 'none' ? blankToNull(values.enterpriseId) : null,
    petitioner: petitionerOf(petitionerRule(kind), values.petitioner),
    departmentId: null,
    receivedOn: blankToNull(values.receivedOn),
    decision: decisionOf(kind, values),
    reviewOfId: kind?.review ? blankToNull(values.reviewOfId) : null,
    repeatOfId: countsRepeats(kind) ? blankToNull(values.repeatOfId) : null,
    projectId: projectRule(kind) !== 'none' ? blankToNull(values.projectId) : null,
    nodeKey: projectRule(kind) !== 'none' && blankToNull(values.projectId) !== null ? blankToNull(values.nodeKey) : null,
    windowOverride: windowOverrideOf(kind, values),
  };
}

/** Whether the form offers 标记为重复件 for the kind (its repeats rule, the kind's data). */
export function countsRepeats(kind: KindDefinition | undefined): kind is KindDefinition {
  return !!kind && repeatableKinds(kind).length > 0;
}

/**
 * The repeat-candidates lookup for what the form holds, or null while there is nothing to look
 * up with: a kind that counts repeats, a category, and an ID number or phone the domain can
 * compare (a masked or half-typed one is not looked up). Only well-formed numbers are sent, so
 * typing never produces a 400.
 */
export function repeatLookupOf(kind: KindDefinition | undefined, values: Pick<RegisterFormValues, 'category' | 'petitioner'>): RepeatCandidatesQuery | null {
  if (!countsRepeats(kind) || !values.category) return null;
  const idNumber = blankToNull(values.petitioner?.idNumber);
  const phone = blankToNull(values.petitioner?.phone);
  const lookup = {
    idNumber: idNumber !== null && /^[0-9]{17}[0-9Xx]$/.test(idNumber) ? idNumber : null,
    phone: phone !== null && /^[0-9+\-\s]{5,20}$/.test(phone) ? phone : null,
  };
  if (!hasComparableContact(lookup)) return null;
  return { kind: kind.id, category: values.category, ...(lookup.idNumber ? { idNumber: lookup.idNumber } : {}), ...(lookup.phone ? { phone: lookup.phone } : {}) };
}

export interface StageLimit {
  stage: Stage;
  amount: number;
  unit: DurationUnit;
  /** The shorter limit for urgent items, where the kind has one. */
  urgentAmount?: number;
}

/** The kind's time limit per stage, as the deployment runs it (a park's overrides included): the register form's hint. */
export function stageLimits(kind: KindDefinition): StageLimit[] {
  return STAGES.map((stage) => ({ stage, ...kind.stages[stage].deadline }));
}

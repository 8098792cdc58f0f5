import type { KindDefinition } from '../kinds/kind-definition.js';
import type { HandlerId } from './action-definition.types.js';
import type { ActionHandler } from './action-handler.types.js';
import { acceptHandler, assignHandler, returnHandler, transferHandler } from './assign-stage.handlers.js';
import { approveCloseHandler, recordFeedbackHandler, rejectCloseHandler } from './feedback-close.handlers.js';
import {
  approveExtensionHandler,
  pauseClockHandler,
  rejectExtensionHandler,
  replyHandler,
  requestCoordinationHandler,
  requestExtensionHandler,
  resumeClockHandler,
} from './handle-stage.handlers.js';
import { commentHandler, setOwnerHandler, superviseHandler } from './oversight.handlers.js';
import { escalateHandler, feedbackTimeoutHandler, markOverdueHandler, warnHandler } from './system.handlers.js';

/** The shared library of transitions kinds bind their actions to. A missing entry fails to compile. */
export const ACTION_HANDLERS: Readonly<Record<HandlerId, ActionHandler>> = {
  assign: assignHandler,
  accept: acceptHandler,
  return: returnHandler,
  transfer: transferHandler,
  request_extension: requestExtensionHandler,
  approve_extension: approveExtensionHandler,
  reject_extension: rejectExtensionHandler,
  request_coordination: requestCoordinationHandler,
  pause_clock: pauseClockHandler,
  resume_clock: resumeClockHandler,
  reply: replyHandler,
  record_feedback: recordFeedbackHandler,
  approve_close: approveCloseHandler,
  reject_close: rejectCloseHandler,
  supervise: superviseHandler,
  set_owner: setOwnerHandler,
  comment: commentHandler,
  warn: warnHandler,
  mark_overdue: markOverdueHandler,
  escalate: escalateHandler,
  feedback_timeout: feedbackTimeoutHandler,
};

/**
 * What is wrong with a kind definition, as messages (empty when it is sound): an action whose
 * transition reads an input the kind does not require, a status no stage declares, or a
 * transition target the kind's stages do not allow. Run it in tests and at startup for kinds
 * loaded from configuration, so bad data fails loudly instead of mid-decision.
 */
export function checkKindDefinition(kind: KindDefinition): string[] {
  const problems: string[] = [];
  const declared = new Set(Object.values(kind.stages).flatMap((s) => s.statuses));
  for (const [action, def] of Object.entries(kind.actions)) {
    if (!def) continue;
    const handler = ACTION_HANDLERS[def.handler];
    for (const [field, type] of Object.entries(handler.requires ?? {})) {
      const spec = def.inputs[field];
      if (!spec || !spec.required || spec.type !== type) problems.push(`${kind.id}.${action}: input ${field} must be a required ${type}`);
    }
    for (const status of def.statuses) {
      if (!declared.has(status)) problems.push(`${kind.id}.${action}: status ${status} is in no stage`);
    }
    for (const [stage, status] of handler.targets ?? []) {
      if (!kind.stages[stage].statuses.includes(status)) problems.push(`${kind.id}.${action}: stage ${stage} lacks status ${status}`);
    }
  }
  return problems;
}

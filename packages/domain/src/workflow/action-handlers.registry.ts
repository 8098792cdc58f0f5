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
import { advanceHandler, chooseOutcomeHandler } from './generic.handlers.js';
import { commentHandler, setOwnerHandler, superviseHandler } from './oversight.handlers.js';
import { acceptMatterHandler, declineMatterHandler, recordNoticeSentHandler } from './statute.handlers.js';
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
  accept_matter: acceptMatterHandler,
  decline_matter: declineMatterHandler,
  record_notice_sent: recordNoticeSentHandler,
  advance: advanceHandler,
  choose_outcome: chooseOutcomeHandler,
};

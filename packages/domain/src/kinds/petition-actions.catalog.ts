import { OPEN_STATUSES, STANDARD_ACTIONS } from '../workflow/standard-actions.catalog.js';
import { ACCEPT_MATTER, DECLINE_MATTER, recordNoticeSent } from '../workflow/statute-actions.catalog.js';
import type { ActionDefinition } from '../workflow/action-definition.types.js';

/*
 * The petition's actions: the standard workflow with the statute's decision in front (待受理 →
 * 受理 / 不予受理) and the notices' sending, and without pause_clock: the statutory clock of a
 * petition has no pause (an extension is the statute's only way to more time).
 */

/** Open statuses of a petition: the standard ones and 待受理. */
export const PETITION_OPEN_STATUSES = ['pending_decision', ...OPEN_STATUSES] as const;

// Everything but the pause, which petitions do not have.
const { pause_clock: _pause, resume_clock: _resume, ...STANDARD_WITHOUT_PAUSE } = STANDARD_ACTIONS;

/** The standard actions valid in any open status, made valid in 待受理 too (timers must fire there). */
function openInDecision(def: ActionDefinition): ActionDefinition {
  const everyOpen = OPEN_STATUSES.every((s) => def.statuses.includes(s));
  return everyOpen ? { ...def, statuses: ['pending_decision', ...def.statuses] } : def;
}

export const PETITION_ACTIONS: Readonly<Record<string, ActionDefinition>> = {
  ...Object.fromEntries(Object.entries(STANDARD_WITHOUT_PAUSE).map(([name, def]) => [name, openInDecision(def)])),
  accept_matter: ACCEPT_MATTER,
  decline_matter: DECLINE_MATTER,
  record_notice_sent: recordNoticeSent([...PETITION_OPEN_STATUSES, 'closed']),
};

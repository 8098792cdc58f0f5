import { uncoveredYearWarnings } from '../work-item/decision-warning.types.js';
import type { NoticeChannel, NoticeType } from '../work-item/work-item.types.js';
import type { ActionHandler } from './action-handler.types.js';
import { requiredText, textInput } from './action-input.validation.js';
import { timersFor } from './deadline-timer.policy.js';
import { noticeSince, sentOnProblem } from './notice-availability.policy.js';
import { startStatutoryClock } from './statutory-clock.policy.js';
import { accepted, closeItem, eventOf, moveTo, targetOf } from './transition.helpers.js';
import type { WorkflowItem } from './workflow-state.defaults.js';

/*
 * The petition statute's own steps (信访工作条例): the unit decides in writing whether it accepts
 * the matter (受理 / 不予受理), and records when each written notice reached the petitioner.
 */

/**
 * 受理: the matter is accepted. The kind's statutory clock (60 days for a petition) starts now,
 * and the item goes to routing (usually a fresh assign entry, so the routing rule runs).
 */
export const acceptMatterHandler: ActionHandler = {
  moves: 'to',
  apply(ctx) {
    const { kind, actor, input, now, at, calendar } = ctx;
    const note = textInput(input, 'note') ?? null;
    const entry = moveTo(ctx, targetOf(ctx));
    const started = kind.statutoryClock?.startsOn === 'acceptance' ? startStatutoryClock(entry.next, kind, now, calendar) : null;
    const next: WorkflowItem = {
      ...entry.next,
      acceptance: { decision: 'accepted', decidedAt: at, decidedById: actor.id, reasonCode: null, note },
      statutoryClock: started ? started.clock : entry.next.statutoryClock,
    };
    return accepted(
      next,
      [eventOf(ctx, 'matter_accepted', { note, statutoryDueAt: started?.clock.dueAt ?? null })],
      [...entry.effects, ...(started ? timersFor(next.id, started.clock, kind, calendar) : [])],
      [...entry.warnings, ...uncoveredYearWarnings('statutory_deadline_uncovered', started?.uncoveredYears ?? [])],
    );
  },
};

/**
 * 不予受理 / 不再受理: the matter is refused with a reason of the kind's list. It ends here with its
 * written notice and never reaches handling: every deadline is met and every timer goes.
 */
export const declineMatterHandler: ActionHandler = {
  requires: { reason: 'enum' },
  moves: 'closes',
  endsBeforeHandling: true,
  // "Other" is no reason the notice can state: the note must say it.
  validate: ({ input }) => (textInput(input, 'reason') === 'other' && textInput(input, 'note') === undefined ? { note: 'say why the matter is not accepted' } : null),
  apply(ctx) {
    const { actor, input, at } = ctx;
    const reason = requiredText(input, 'reason');
    const note = textInput(input, 'note') ?? null;
    const closed = closeItem(ctx);
    const next: WorkflowItem = {
      ...closed.next,
      stage: 'close',
      acceptance: { decision: 'not_accepted', decidedAt: at, decidedById: actor.id, reasonCode: reason, note },
    };
    return accepted(next, [eventOf(ctx, 'matter_declined', { reason, note })], closed.effects);
  },
};

/**
 * 送达: a written notice reached the petitioner, by `channel` on `sentOn`. The date matters: the
 * 处理意见书's starts the petitioner's 30 days to ask for 复查. A later sending of the same notice
 * (sent again by another channel) replaces the date; every sending stays on the timeline.
 */
export const recordNoticeSentHandler: ActionHandler = {
  requires: { notice: 'enum', channel: 'enum', sentOn: 'date' },
  // Which notice is input: one that does not exist yet is a wrong choice, told on the field.
  validate({ item, input, now }): Record<string, string> | null {
    const notice = requiredText(input, 'notice') as NoticeType;
    if (noticeSince(item, notice) === null) return { notice: 'this item has no such notice yet (no decision, extension or answer it would tell)' };
    const problem = sentOnProblem(item, notice, requiredText(input, 'sentOn'), now);
    return problem ? { sentOn: problem } : null;
  },
  apply(ctx) {
    const { item, actor, input, at } = ctx;
    const notice = requiredText(input, 'notice') as NoticeType;
    const channel = requiredText(input, 'channel') as NoticeChannel;
    const sentOn = requiredText(input, 'sentOn');
    const next: WorkflowItem = {
      ...item,
      notices: { ...item.notices, [notice]: { sentOn, channel, recordedAt: at, recordedById: actor.id } },
      updatedAt: at,
    };
    return accepted(next, [eventOf(ctx, 'notice_sent', { notice, channel, sentOn })], []);
  },
};

import { STANDARD_STATUS_LABELS } from '../catalog/standard-statuses.catalog.js';
import { OPEN_STATUSES, STANDARD_ACTIONS } from '../workflow/standard-actions.catalog.js';
import { recordNoticeSent } from '../workflow/statute-actions.catalog.js';
import type { ActionDefinition } from '../workflow/action-definition.types.js';
import type { KindDefinition } from './kind-definition.js';

/*
 * 复查 and 复核 (信访工作条例 第三十五条): a petitioner who disagrees with the written answer asks the
 * body one level up for a review within 30 days of receiving it; that body answers within 30
 * days of the request. Against the review's opinion, the next level re-reviews on the same
 * terms, and may hold a hearing (听证) whose time does not count. Each is an item of its own,
 * linked to the one it reviews (WorkItemState.reviewOfId), so the chain original → 复查 → 复核
 * is visible from each. No extension: the statute gives these bodies none.
 */

const {
  pause_clock: pauseClock,
  resume_clock: resumeClock,
  request_extension: _request,
  approve_extension: _approve,
  reject_extension: _reject,
  ...REVIEW_ACTIONS
} = STANDARD_ACTIONS;

/** A review's only notice is its opinion (复查意见书 / 复核意见书), which opens the next window. */
const reviewNotice = (kind: string) => recordNoticeSent([...OPEN_STATUSES, 'closed'], ['opinion'], kind);

const REVIEW_STAGES: KindDefinition['stages'] = {
  // The body's own time to route and sign for the request; the statute's 30 days are the statutory clock.
  assign: { statuses: ['pending_assignment', 'pending_acceptance'], deadline: { amount: 3, unit: 'working_days' } },
  handle: { statuses: ['in_progress'], deadline: { amount: 30, unit: 'calendar_days' } },
  feedback: { statuses: ['awaiting_feedback'], deadline: { amount: 10, unit: 'working_days' }, onDue: { timeout: 'feedback_timeout' } },
  close: { statuses: ['awaiting_approval', 'closed'], deadline: { amount: 5, unit: 'working_days' } },
};

const REVIEW_COMMON = {
  registerRoles: ['dispatcher', 'admin'],
  stages: REVIEW_STAGES,
  statusLabels: STANDARD_STATUS_LABELS,
  warnShare: 0.8,
  extensionCapDays: 0,
  extensionLimit: 0,
  periodEnd: 'next_working_day',
  links: { petitioner: 'required', enterprise: 'optional' },
  enterpriseLink: 'concerns',
  escalation: [
    { after: { amount: 1, unit: 'working_days' }, audience: 'department_head' },
    { after: { amount: 3, unit: 'working_days' }, audience: 'leader' },
  ],
} as const satisfies Partial<KindDefinition>;

const REVIEW_WINDOW = { amount: 30, unit: 'calendar_days' } as const;

export const PETITION_REVIEW_KIND: KindDefinition = {
  ...REVIEW_COMMON,
  id: 'petition_review',
  label: { zh: '信访复查', en: 'Petition review' },
  codePrefix: 'FC',
  statutoryClock: { label: { zh: '复查期限', en: 'Review time limit' }, amount: 30, unit: 'calendar_days', startsOn: 'received' },
  review: { of: 'petition', window: REVIEW_WINDOW },
  actions: { ...REVIEW_ACTIONS, record_notice_sent: reviewNotice('petition_review') },
};

/** 听证: the one reason a 复核's clock may stand still. */
const HEARING_PAUSE: ActionDefinition = {
  ...pauseClock,
  label: { zh: '听证（暂停计时）', en: 'Hearing (pause clock)' },
  inputs: {
    reason: { type: 'enum', required: true, values: ['hearing'], labels: { hearing: { zh: '听证', en: 'Hearing' } } },
    note: { type: 'text', required: false, maxLength: 2000 },
  },
};

export const PETITION_REREVIEW_KIND: KindDefinition = {
  ...REVIEW_COMMON,
  id: 'petition_rereview',
  label: { zh: '信访复核', en: 'Petition re-review' },
  codePrefix: 'FH',
  statutoryClock: { label: { zh: '复核期限', en: 'Re-review time limit' }, amount: 30, unit: 'calendar_days', startsOn: 'received' },
  review: { of: 'petition_review', window: REVIEW_WINDOW },
  actions: {
    ...REVIEW_ACTIONS,
    pause_clock: HEARING_PAUSE,
    resume_clock: { ...resumeClock, label: { zh: '听证结束（恢复计时）', en: 'Hearing over (resume clock)' } },
    record_notice_sent: reviewNotice('petition_rereview'),
  },
};

import type { Label } from '../catalog/label.js';
import { noticeTypeLabel } from '../notices/notice-type.catalog.js';
import { NOTICE_CHANNELS, NOTICE_TYPES, type KindId, type NoticeChannel, type NoticeType, type Status } from '../work-item/work-item.types.js';
import type { ActionDefinition, FieldSpec } from './action-definition.types.js';

/*
 * The petition statute's steps as data (信访工作条例): the acceptance decision and the record of
 * each written notice's sending. The petition kind binds them; a park may relabel the reasons.
 */

/** 不予受理 / 不再受理 reasons, as the statute and practice name them (第三十一条 and 第三十二条 of the 条例). */
export const DECLINE_REASON_LABELS: Readonly<Record<string, Label>> = {
  outside_remit: { zh: '不属于本机关职权范围', en: 'Outside this body’s remit' },
  legal_channel: { zh: '应当通过诉讼、仲裁、行政复议等法定途径解决', en: 'Belongs to a court, arbitration or administrative review' },
  in_process: { zh: '已经受理或者正在办理', en: 'Already accepted or being handled' },
  concluded: { zh: '已经复查复核终结，不再受理', en: 'Concluded after review; not accepted again' },
  other: { zh: '其他', en: 'Other' },
};

export const NOTICE_CHANNEL_LABELS: Readonly<Record<NoticeChannel, Label>> = {
  mail: { zh: '邮寄', en: 'By post' },
  in_person: { zh: '当面送达', en: 'In person' },
  sms: { zh: '短信', en: 'By SMS' },
  online: { zh: '网上送达', en: 'Online' },
};

const NOTE: FieldSpec = { type: 'text', required: false, maxLength: 2000 };

/** 受理 → routing, with the statutory clock started (a fresh assign entry: the routing rule runs). */
export const ACCEPT_MATTER: ActionDefinition = {
  label: { zh: '受理', en: 'Accept the matter' },
  handler: 'accept_matter',
  parties: ['dispatcher'],
  statuses: ['pending_decision'],
  inputs: { note: NOTE },
  to: { stage: 'assign', status: 'pending_assignment', newEntry: true },
};

export const DECLINE_MATTER: ActionDefinition = {
  label: { zh: '不予受理', en: 'Decline the matter' },
  handler: 'decline_matter',
  parties: ['dispatcher'],
  statuses: ['pending_decision'],
  inputs: {
    reason: { type: 'enum', required: true, values: Object.keys(DECLINE_REASON_LABELS), labels: DECLINE_REASON_LABELS },
    note: NOTE,
  },
};

/**
 * Recording that a notice reached the petitioner; valid in every status the kind lists, closed
 * included. `kind` names the notices as that kind does (a 复查's answer is its 复查意见书).
 */
export function recordNoticeSent(statuses: readonly Status[], notices: readonly NoticeType[] = NOTICE_TYPES, kind: KindId = ''): ActionDefinition {
  const noticeLabels = Object.fromEntries(notices.map((n) => [n, noticeTypeLabel(n, kind)]));
  return {
    label: { zh: '登记送达', en: 'Record notice sent' },
    handler: 'record_notice_sent',
    parties: ['dispatcher', 'item_handler'],
    statuses,
    inputs: {
      notice: { type: 'enum', required: true, values: notices, labels: noticeLabels },
      channel: { type: 'enum', required: true, values: NOTICE_CHANNELS, labels: NOTICE_CHANNEL_LABELS },
      sentOn: { type: 'date', required: true },
    },
  };
}

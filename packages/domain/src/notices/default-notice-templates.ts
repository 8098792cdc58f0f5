import type { KindId } from '../work-item/work-item.types.js';
import type { NoticeTemplate } from './notice-template.js';
import type { NoticeType } from '../work-item/work-item.types.js';
import { REVIEW_KIND_IDS } from './notice-type.catalog.js';

/*
 * 默认告知书模板：the wording an office starts from, in the plain style of a 信访 office's
 * written notices. Offices replace them per kind and type (the notice_template table); a kind
 * without a row of its own uses these. The unit name and date at the foot are laid out by the
 * document itself, so the templates end with the closing formula (特此告知 / 特此答复).
 * The statute is named without article numbers: they move between editions, the wording does not.
 */

const PETITION: Record<NoticeType, NoticeTemplate> = {
  acceptance: {
    title: '受理告知书',
    body: [
      '{{petitionerName}}：',
      '您于{{receivedOn}}反映的“{{title}}”问题（事项编号：{{code}}）收悉。经审查，该事项符合《信访工作条例》规定的受理条件，本机关已于{{decidedOn}}受理，并交由{{departmentName}}办理。',
      '本机关将在受理之日起60日内（即{{statutoryDueOn}}前）办结，并向您出具书面处理意见；情况复杂的，经本机关负责人批准，可以适当延长办理期限，但延长期限不超过30日，届时将告知您延期理由。',
      '办理期间，请您依法、有序反映诉求。如有新的情况或材料，可及时向本机关补充提供。',
      '特此告知。',
    ].join('\n'),
  },
  rejection: {
    title: '不予受理告知书',
    body: [
      '{{petitionerName}}：',
      '您于{{receivedOn}}反映的“{{title}}”问题（事项编号：{{code}}）收悉。经审查，本机关于{{decidedOn}}决定不予受理，理由是：{{rejectionReason}}。',
      '具体说明：{{rejectionNote}}',
      '根据《信访工作条例》的规定，对依法应当通过诉讼、仲裁、行政复议等法定途径解决的投诉请求，请您依照有关法律、行政法规规定的程序向有关机关提出；对属于其他机关、单位职责范围的事项，请您向有权处理的机关、单位提出。',
      '如对本告知有疑问，可向本机关信访工作机构咨询。',
      '特此告知。',
    ].join('\n'),
  },
  extension: {
    title: '延期告知书',
    body: [
      '{{petitionerName}}：',
      '您于{{receivedOn}}反映的“{{title}}”问题（事项编号：{{code}}），本机关已于{{decidedOn}}受理，法定办结期限为{{statutoryDueOn}}。',
      '因{{extensionReason}}，该事项情况较为复杂，难以在法定期限内办结。根据《信访工作条例》的规定，经本机关负责人批准，办理期限延长{{extensionDays}}日，延长后的办结期限为{{extendedDueOn}}。',
      '本机关将在延长期限内办结，并向您出具书面处理意见。感谢您的理解与支持。',
      '特此告知。',
    ].join('\n'),
  },
  opinion: {
    title: '处理意见书',
    body: [
      '{{petitionerName}}：',
      '您于{{receivedOn}}反映的“{{title}}”问题（事项编号：{{code}}），本机关已于{{decidedOn}}受理，并交由{{departmentName}}调查办理。现将处理意见答复如下：',
      '{{answer}}',
      '如对本处理意见不服，可自收到本意见书之日起{{reviewDeadlineDays}}日内向{{reviewBody}}请求复查。',
      '特此答复。',
    ].join('\n'),
  },
};

/** 复查 and 复核 are asked for, not reported: the notices speak of the request, and of the review's own 30 days. */
function reviewTemplates(review: '复查' | '复核'): Record<NoticeType, NoticeTemplate> {
  const request = `您于{{receivedOn}}提出的${review}请求（事项编号：{{code}}，原事项：“{{title}}”）收悉。`;
  const opinionClosing =
    review === '复查'
      ? '如对本复查意见不服，可自收到本意见书之日起{{reviewDeadlineDays}}日内向{{reviewBody}}请求复核。'
      : '本复核意见为最终意见。根据《信访工作条例》的规定，信访人对复核意见不服，仍然以同一事实和理由提出投诉请求的，各级党委和政府信访部门和其他机关、单位不再受理。';
  return {
    acceptance: {
      title: `${review}受理告知书`,
      body: [
        '{{petitionerName}}：',
        `${request}经审查，本机关已于{{decidedOn}}受理。`,
        `本机关将自收到${review}请求之日起30日内提出${review}意见，并书面答复您。`,
        '特此告知。',
      ].join('\n'),
    },
    rejection: {
      title: `${review}不予受理告知书`,
      body: [
        '{{petitionerName}}：',
        `${request}经审查，本机关于{{decidedOn}}决定不予受理，理由是：{{rejectionReason}}。`,
        '具体说明：{{rejectionNote}}',
        '如对本告知有疑问，可向本机关信访工作机构咨询。',
        '特此告知。',
      ].join('\n'),
    },
    extension: {
      title: `${review}延期告知书`,
      body: [
        '{{petitionerName}}：',
        `${request}本机关已于{{decidedOn}}受理。`,
        `因{{extensionReason}}，经本机关负责人批准，${review}期限延长{{extensionDays}}日，延长后的期限为{{extendedDueOn}}。`,
        `本机关将在延长期限内提出${review}意见，并书面答复您。`,
        '特此告知。',
      ].join('\n'),
    },
    opinion: {
      title: `${review}意见书`,
      body: ['{{petitionerName}}：', `${request}本机关已于{{decidedOn}}受理。经${review}，现提出${review}意见如下：`, '{{answer}}', opinionClosing, '特此答复。'].join('\n'),
    },
  };
}

const BY_KIND: Readonly<Record<string, Record<NoticeType, NoticeTemplate>>> = {
  [REVIEW_KIND_IDS.review]: reviewTemplates('复查'),
  [REVIEW_KIND_IDS.rereview]: reviewTemplates('复核'),
};

/** The default template of a notice for items of a kind: the review kinds' own, else the petition wording. */
export function defaultNoticeTemplate(kind: KindId, type: NoticeType): NoticeTemplate {
  return (Object.hasOwn(BY_KIND, kind) ? BY_KIND[kind]! : PETITION)[type];
}

/** Kinds with defaults of their own (the rest use the petition wording), for the specs and the docs. */
export const KINDS_WITH_OWN_DEFAULTS: readonly KindId[] = Object.keys(BY_KIND);

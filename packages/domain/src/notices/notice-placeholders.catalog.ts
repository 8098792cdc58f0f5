import type { Label } from '../catalog/label.js';

/** One placeholder a notice template may use, written `{{name}}`. */
export interface NoticePlaceholder {
  label: Label;
  description: Label;
}

/*
 * 模板占位符：the names a template may use. English keys, so a template survives a change of the
 * UI language and the office's own wording around them stays free text. Dates print in Chinese
 * form (2026年12月2日) in Asia/Shanghai (notice-facts.ts).
 */
export const NOTICE_PLACEHOLDERS = {
  code: { label: { zh: '事项编号', en: 'Item code' }, description: { zh: '登记时分配的编号', en: 'The code given at registration' } },
  title: { label: { zh: '事项标题', en: 'Title' }, description: { zh: '反映问题的标题', en: 'What the matter is about' } },
  petitionerName: { label: { zh: '信访人姓名', en: 'Petitioner' }, description: { zh: '信访人（或企业）名称', en: 'The petitioner’s (or company’s) name' } },
  receivedOn: { label: { zh: '收到日期', en: 'Received on' }, description: { zh: '收到信访事项的日期', en: 'The date the matter was received' } },
  registeredOn: { label: { zh: '登记日期', en: 'Registered on' }, description: { zh: '登记入系统的日期', en: 'The date it was registered' } },
  departmentName: { label: { zh: '承办部门', en: 'Department' }, description: { zh: '交办的承办部门名称', en: 'The department handling it' } },
  decidedOn: { label: { zh: '受理决定日期', en: 'Decided on' }, description: { zh: '作出受理或不予受理决定的日期', en: 'The date of the decision to accept or not accept' } },
  rejectionReason: { label: { zh: '不予受理理由', en: 'Reason for non-acceptance' }, description: { zh: '不予受理的理由', en: 'Why the matter is not accepted' } },
  rejectionNote: { label: { zh: '不予受理说明', en: 'Non-acceptance note' }, description: { zh: '不予受理时的补充说明', en: 'Further explanation of the non-acceptance' } },
  statutoryDueOn: { label: { zh: '法定办结期限', en: 'Statutory due date' }, description: { zh: '受理之日起60日的法定办结日期', en: 'The 60-day statutory due date from acceptance' } },
  extensionDays: { label: { zh: '延长天数', en: 'Extension days' }, description: { zh: '批准延长的天数', en: 'Days of the approved extension' } },
  extensionReason: { label: { zh: '延期理由', en: 'Extension reason' }, description: { zh: '申请延期的理由', en: 'Why handling was extended' } },
  extendedDueOn: { label: { zh: '延长后期限', en: 'Extended due date' }, description: { zh: '延期后的办结日期', en: 'The due date after the extension' } },
  answer: { label: { zh: '答复内容', en: 'Answer' }, description: { zh: '处理意见（答复）正文', en: 'The text of the reply' } },
  answeredOn: { label: { zh: '答复日期', en: 'Answered on' }, description: { zh: '作出答复的日期', en: 'The date of the reply' } },
  reviewDeadlineDays: { label: { zh: '复查/复核申请期限', en: 'Days to ask for review' }, description: { zh: '请求复查或复核的期限（30日）', en: 'Days within which a review may be asked for (30)' } },
  reviewBody: { label: { zh: '复查/复核机关', en: 'Review body' }, description: { zh: '可请求复查或复核的机关', en: 'Where to ask for the review' } },
  unitName: { label: { zh: '本机关名称', en: 'Unit name' }, description: { zh: '发文机关（园区管理机构）名称', en: 'The issuing office' } },
  today: { label: { zh: '今日日期', en: 'Today' }, description: { zh: '生成告知书的日期', en: 'The date the notice is made' } },
} as const satisfies Record<string, NoticePlaceholder>;

export type NoticePlaceholderName = keyof typeof NOTICE_PLACEHOLDERS;
export const NOTICE_PLACEHOLDER_NAMES = Object.keys(NOTICE_PLACEHOLDERS) as NoticePlaceholderName[];

export function isNoticePlaceholder(name: string): name is NoticePlaceholderName {
  return Object.hasOwn(NOTICE_PLACEHOLDERS, name);
}

/** A value for each placeholder a notice can fill; one left out prints as a blank to fill by hand. */
export type NoticeValues = Partial<Record<NoticePlaceholderName, string>>;

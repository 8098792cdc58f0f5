import { NOTICE_TYPE_IDS } from '@parkflow/domain';
import { z } from 'zod';

const LabelSchema = z.object({ zh: z.string(), en: z.string() });

export const NoticeTypeSchema = z.enum(NOTICE_TYPE_IDS as [string, ...string[]]);

/**
 * `PUT /api/notice-templates/:kind/:type`. The lengths and placeholders are checked by the
 * domain (`checkTemplate`), which names the offending placeholder and where it is; this only
 * holds the shape.
 */
export const NoticeTemplateRequestSchema = z.object({ title: z.string(), body: z.string() });
export type NoticeTemplateRequest = z.infer<typeof NoticeTemplateRequestSchema>;

/** One kind's template of one notice: the park's own (`isDefault: false`) or the domain's default. */
export const NoticeTemplateSchema = z.object({
  kind: z.string(),
  kindLabel: LabelSchema,
  type: NoticeTypeSchema,
  typeLabel: LabelSchema,
  title: z.string(),
  body: z.string(),
  isDefault: z.boolean(),
  updatedAt: z.string().nullable(),
  updatedBy: z.string().nullable(),
});
export type NoticeTemplateView = z.infer<typeof NoticeTemplateSchema>;

/** `GET /api/notice-templates` (administrators): every kind × notice type. */
export const NoticeTemplateListSchema = z.object({ templates: z.array(NoticeTemplateSchema) });
export type NoticeTemplateList = z.infer<typeof NoticeTemplateListSchema>;

/** `GET /api/work-items/:id/notices`: which notices the item has reached. */
export const WorkItemNoticeSchema = z.object({
  type: NoticeTypeSchema,
  label: LabelSchema,
  available: z.boolean(),
  /** When and how it was sent to the petitioner: not recorded yet (always null for now). */
  sentOn: z.string().nullable(),
  channel: z.string().nullable(),
});
export const WorkItemNoticeListSchema = z.object({ notices: z.array(WorkItemNoticeSchema) });
export type WorkItemNoticeList = z.infer<typeof WorkItemNoticeListSchema>;

export const DOCX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

import type { zhCNWrittenNotices } from './zh-cn-written-notices.messages';

/** English texts of the written notices; typed by the zh-CN ones so no key is missing. */
export const enWrittenNotices: typeof zhCNWrittenNotices = {
  noticeTemplates: {
    title: 'Notice templates',
    intro: 'The text of the written notices (acceptance, non-acceptance, extension, written opinion) for each kind. A template nobody changed uses the default text; the issuing unit and the date are added at the foot.',
    kind: 'Kind',
    type: 'Notice',
    templateTitle: 'Title',
    body: 'Body',
    bodyHint: 'Each line is a paragraph; a placeholder such as {{example}} inserts the item’s details. A value not known yet prints as a blank line to fill in by hand.',
    placeholders: 'Placeholders',
    placeholdersHint: 'Click to insert at the cursor',
    insert: 'Insert {{name}}',
    isDefault: 'Default',
    isCustom: 'Changed',
    updatedAt: 'Last changed {{at}}',
    save: 'Save',
    saved: 'Template saved',
    reset: 'Reset to default',
    resetConfirm: 'Reset to the default template? This park’s changes to it are deleted.',
    resetDone: 'Back to the default template',
    adminOnly: 'Only an administrator edits the notice templates',
    errors: {
      unknown_placeholder: 'Line {{line}}, column {{column}}: unknown placeholder {{name}}',
      unclosed_placeholder: 'Line {{line}}, column {{column}}: “{{open}}” without “{{close}}”',
      too_long: 'Too long: {{length}} characters, at most {{max}}',
      empty: 'Must not be empty',
    },
  },
  itemNotices: {
    title: 'Written notices',
    download: 'Download',
    downloading: 'Preparing…',
    notYet: 'Not reached yet',
    sent: 'Sent {{date}} ({{channel}})',
    sentOn: 'Sent {{date}}',
    notSent: 'Not sent yet',
    downloadFailed: 'Download failed: {{reason}}',
    empty: 'No written notices',
  },
};

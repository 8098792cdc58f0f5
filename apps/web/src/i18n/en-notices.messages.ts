import type { zhCNNotices } from './zh-cn-notices.messages';

/** English texts of warnings; typed by the zh-CN ones so no key is missing. */
export const enNotices: typeof zhCNNotices = {
  warning: {
    stage_deadline_uncovered: 'The deadline of the {{stage}} stage falls in {{year}}, which the official calendar does not cover yet; weekends only are assumed.',
    extended_deadline_uncovered: 'The extended deadline falls in {{year}}, which the official calendar does not cover yet.',
    moved_deadline_uncovered: 'The moved deadline falls in {{year}}, which the official calendar does not cover yet.',
    unknown: 'Note: {{code}}',
  },
};

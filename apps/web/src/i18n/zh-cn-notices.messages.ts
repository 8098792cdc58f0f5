import type { WarningCode } from '@parkflow/domain';

/*
 * zh-CN texts of what the domain tells people as codes: the warnings of an action. Keyed by the
 * domain's codes (the `satisfies` below), so a code the domain adds does not compile until it has
 * its sentence here and in English.
 */
export const zhCNNotices = {
  warning: {
    stage_deadline_uncovered: '{{stage}}阶段的期限落在 {{year}} 年，该年官方节假日安排尚未发布，暂只按周末计算',
    extended_deadline_uncovered: '延期后的期限落在 {{year}} 年，该年官方节假日安排尚未发布',
    moved_deadline_uncovered: '顺延后的期限落在 {{year}} 年，该年官方节假日安排尚未发布',
    unknown: '提示：{{code}}',
  } satisfies Record<WarningCode | 'unknown', string>,
};

import type { DecisionWarningView } from '@parkflow/contracts';
import { STAGES, type WarningCode } from '@parkflow/domain';
import type { TFunction } from 'i18next';

/*
 * An action's warnings (e.g. a deadline in a year the official calendar does not cover yet) in
 * the UI language, from the domain's code and params. The switch over the domain's codes is
 * exhaustive; a code this client does not know, or params that do not fit, show as the code.
 */

const WARNING_CODES: Record<WarningCode, true> = {
  stage_deadline_uncovered: true,
  extended_deadline_uncovered: true,
  moved_deadline_uncovered: true,
  statutory_deadline_uncovered: true,
};

function isWarningCode(code: string): code is WarningCode {
  return Object.hasOwn(WARNING_CODES, code);
}

export function warningText(t: TFunction, warning: DecisionWarningView): string {
  const fallback = t('warning.unknown', { code: warning.code });
  if (!isWarningCode(warning.code)) return fallback;
  const year = typeof warning.params.year === 'number' ? warning.params.year : null;
  if (year === null) return fallback;
  switch (warning.code) {
    case 'stage_deadline_uncovered': {
      const stage = STAGES.find((s) => s === warning.params.stage);
      return stage ? t('warning.stage_deadline_uncovered', { stage: t(`stage.${stage}`), year }) : fallback;
    }
    case 'extended_deadline_uncovered':
    case 'moved_deadline_uncovered':
    case 'statutory_deadline_uncovered':
      return t(`warning.${warning.code}`, { year });
    default: {
      const unhandled: never = warning.code;
      return unhandled;
    }
  }
}

import type { DurationUnit, KindDefinition } from '@parkflow/domain';
import { useTranslation } from 'react-i18next';
import { stageLimits } from './register-form.mapper';

/**
 * The kind's time limits in one line for the register form, e.g. "时限：交办 当日；办理 5 个工作日（紧急
 * 1 个工作日）；…". They come from the served kind, so a park's own limits show as configured.
 */
export function useStageLimitsText(kind: KindDefinition | undefined): string | undefined {
  const { t } = useTranslation();
  if (!kind) return undefined;
  // 0 days is "by the end of today's office hours" (问题不过夜), not "no time at all".
  const limit = (amount: number, unit: DurationUnit) =>
    amount === 0 && (unit === 'working_days' || unit === 'calendar_days') ? t('register.sameDay') : t(`unit.${unit}`, { amount });
  const parts = stageLimits(kind).map(({ stage, amount, unit, urgentAmount }) => {
    const text = t('register.stageLimit', { stage: t(`stage.${stage}`), limit: limit(amount, unit) });
    return urgentAmount === undefined || urgentAmount === amount ? text : `${text}${t('register.urgentLimit', { limit: limit(urgentAmount, unit) })}`;
  });
  return t('register.limits', { limits: parts.join(t('register.limitSeparator')) });
}

export { CalendarInputError } from './calendar-input.error.js';
export { addDuration, computeDeadline, type DeadlineResult } from './deadline.js';
export { DURATION_UNITS, type DurationUnit } from './duration-unit.js';
export { endOnWorkingDay, withPeriodEnd } from './period-end.rule.js';
export { elapsedShare } from './elapsed-share.js';
export { workingDaysUntil } from './working-days-until.js';
export { DEFAULT_OFFICE_HOURS, type OfficeHours, type OfficePeriod } from './office-hours.js';
export { shanghaiDate, SHANGHAI_OFFSET_MS } from './shanghai-time.js';
export {
  createWorkCalendar,
  type CalendarDayOverride,
  type DayInfo,
  type DayOverrideKind,
  type DaySource,
  type WorkCalendar,
} from './work-calendar.js';
export * from './arrangement.types.js';
export { parseArrangement, detectArrangementFormat } from './arrangement.parser.js';
export { parseArrangementNotice, noticeYear } from './arrangement-notice.parser.js';
export { parseArrangementJson } from './arrangement-json.parser.js';
export { parseArrangementIcs } from './arrangement-ics.parser.js';
export { diffArrangement, type ArrangementChange, type DayWorking } from './arrangement-diff.js';

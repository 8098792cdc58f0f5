/*
 * The State Council holiday arrangements (节假日 and 调休 make-up working days), taken from
 * the data file that `chinese-days` publishes for exactly this kind of reuse (its README
 * documents dist/chinese-days.json).
 *
 * Why the raw table and not the library's isWorkday/findWorkday: those parse 'YYYY-MM-DD'
 * as UTC midnight and then read the date back with local-time getters, so on any host west
 * of UTC they answer for the previous day (verified with chinese-days 1.5.7 under
 * TZ=America/New_York: isWorkday('2026-09-20') → false). Reading the table keeps this
 * module independent of the host time zone.
 */
import officialTable from 'chinese-days/dist/chinese-days.json' with { type: 'json' };

export interface OfficialDay {
  working: boolean;
  /** Chinese name of the festival, e.g. '国庆节' (also for its make-up working days). */
  name: string;
}

const holidays: Readonly<Record<string, string>> = officialTable.holidays;
const workdays: Readonly<Record<string, string>> = officialTable.workdays;

/** Entries look like "National Day,国庆节,3": English name, Chinese name, length in days. */
function chineseName(entry: string): string {
  const parts = entry.split(',');
  return parts[1] ?? parts[0] ?? entry;
}

/** Years for which an arrangement has been published (chinese-days 1.5.7: 2004-2026). */
export const OFFICIAL_YEARS: ReadonlySet<number> = new Set(
  [...Object.keys(holidays), ...Object.keys(workdays)].map((date) => Number(date.slice(0, 4))),
);

/** The official status of `date`, or null when the arrangement says nothing about it. */
export function officialDay(date: string): OfficialDay | null {
  // A make-up working day is listed in `workdays`; it wins, as in chinese-days itself.
  const work = workdays[date];
  if (work !== undefined) return { working: true, name: chineseName(work) };
  const rest = holidays[date];
  if (rest !== undefined) return { working: false, name: chineseName(rest) };
  return null;
}

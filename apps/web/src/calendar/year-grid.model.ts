/** One cell of a month grid: a date, or a blank before the 1st / after the last day. */
export type GridCell = string | null;

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** 'YYYY-MM-DD' of a civil date (month 1-12). */
export function isoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}`;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** 0 = Monday … 6 = Sunday (Chinese calendars start the week on Monday). */
export function mondayIndex(year: number, month: number, day: number): number {
  return (new Date(Date.UTC(year, month - 1, day)).getUTCDay() + 6) % 7;
}

/** A month as weeks of seven cells, Monday first. */
export function monthWeeks(year: number, month: number): GridCell[][] {
  const cells: GridCell[] = Array.from({ length: mondayIndex(year, month, 1) }, () => null);
  for (let day = 1; day <= daysInMonth(year, month); day++) cells.push(isoDate(year, month, day));
  while (cells.length % 7 !== 0) cells.push(null);
  const weeks: GridCell[][] = [];
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
  return weeks;
}

/** The current year in Asia/Shanghai (UTC+8, no daylight saving). */
export function shanghaiYear(now: Date): number {
  return new Date(now.getTime() + 8 * 3_600_000).getUTCFullYear();
}

export type DayChoice = 'holiday' | 'workday' | 'reset';

export type DayChange = { method: 'PUT'; body: { kind: 'holiday' | 'workday'; name: string | null } } | { method: 'DELETE' };

/** The `PUT /calendar/days/:date` or `DELETE /calendar/days/:date` an administrator's choice means. */
export function dayChange(choice: DayChoice, name?: string | null): DayChange {
  if (choice === 'reset') return { method: 'DELETE' };
  const trimmed = name?.trim();
  return { method: 'PUT', body: { kind: choice, name: trimmed ? trimmed : null } };
}

/** The choices that change something for a day in its current state. */
export function choicesFor(day: { working: boolean; source: string }): DayChoice[] {
  const choices: DayChoice[] = [day.working ? 'holiday' : 'workday'];
  if (day.source === 'override') choices.push('reset');
  return choices;
}

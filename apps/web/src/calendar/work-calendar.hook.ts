import type { CalendarYear } from '@parkflow/contracts';
import { createWorkCalendar, type CalendarDayOverride, type WorkCalendar, type YearArrangement } from '@parkflow/domain';
import { useEffect, useMemo, useState } from 'react';
import { useCalendarYear } from '../api/calendar.queries';
import { shanghaiYear } from './year-grid.model';

/** The administrators' corrections in a `GET /calendar/days` answer, as the domain's overrides. */
export function overridesOf(year: CalendarYear | undefined): CalendarDayOverride[] {
  return (year?.days ?? [])
    .filter((day) => day.source === 'override')
    .map((day) => ({ date: day.date, kind: day.working ? 'workday' : 'holiday', name: day.name }));
}

/**
 * The days of an arrangement an admin loaded for the year, as the domain's arrangement (the
 * year's days off and make-up days; any other day of it is a plain weekday). None when not loaded.
 */
export function arrangementsOf(year: CalendarYear | undefined): YearArrangement[] {
  const days = (year?.days ?? []).filter((day) => day.source === 'arrangement');
  if (!year || days.length === 0) return [];
  return [{ year: year.year, days: days.map((day) => ({ date: day.date, kind: day.working ? 'workday' : 'holiday', name: day.name ?? '' })) }];
}

/**
 * The working calendar countdowns run on: the domain's official calendar with this year's
 * overrides from the server. Until (or unless) they load, the official calendar alone.
 */
export function useWorkCalendar(): WorkCalendar {
  const year = shanghaiYear(new Date());
  const days = useCalendarYear(year);
  return useMemo(() => {
    try {
      return createWorkCalendar(overridesOf(days.data), undefined, arrangementsOf(days.data));
    } catch {
      return createWorkCalendar();
    }
  }, [days.data]);
}

/** The current time, re-read every `intervalMs` (countdowns tick by the minute). */
export function useNow(intervalMs = 30_000): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(new Date()), intervalMs);
    return () => window.clearInterval(timer);
  }, [intervalMs]);
  return now;
}

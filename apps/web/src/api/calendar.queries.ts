import type { CalendarYear } from '@parkflow/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { DayChange } from '../calendar/year-grid.model';
import { apiRequest } from './api-client';
import { lazyContract } from './lazy-contract';

// Checked when zod has loaded (lazy-contract.ts): the queue route does not download it first.
const CalendarYearSchema = lazyContract('CalendarYearSchema');

export const calendarKeys = {
  all: ['calendar'] as const,
  year: (year: number) => ['calendar', 'days', year] as const,
};

/** `GET /api/calendar/days?year=`: every day of the year, working or not, and why. */
export function useCalendarYear(year: number, enabled = true) {
  return useQuery({
    queryKey: calendarKeys.year(year),
    queryFn: ({ signal }) => apiRequest<CalendarYear>('/calendar/days', { query: { year }, schema: CalendarYearSchema, signal }),
    staleTime: 10 * 60_000,
    retry: false,
    enabled,
  });
}

/** `PUT` or `DELETE /api/calendar/days/:date` (administrators only). */
export function useChangeCalendarDay() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ date, change }: { date: string; change: DayChange }) =>
      apiRequest(`/calendar/days/${encodeURIComponent(date)}`, change.method === 'PUT' ? { method: 'PUT', body: change.body } : { method: 'DELETE' }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: calendarKeys.all }),
  });
}

import { ArrangementListSchema, ArrangementPreviewSchema, ArrangementSavedSchema, type ArrangementList, type ArrangementPreview, type ArrangementRequest, type ArrangementSaved } from '@parkflow/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from './api-client';
import { calendarKeys } from './calendar.queries';

const arrangementKeys = { list: ['calendar', 'arrangements'] as const };

/** `GET /api/calendar/arrangements`: the years whose official arrangement has been loaded. */
export function useArrangements(enabled = true) {
  return useQuery({
    queryKey: arrangementKeys.list,
    queryFn: ({ signal }) => apiRequest<ArrangementList>('/calendar/arrangements', { schema: ArrangementListSchema, signal }),
    retry: false,
    enabled,
  });
}

/** `POST /api/calendar/arrangements/preview`: what loading the text would change; writes nothing. */
export function usePreviewArrangement() {
  return useMutation({
    mutationFn: (body: ArrangementRequest) => apiRequest<ArrangementPreview>('/calendar/arrangements/preview', { method: 'POST', body, schema: ArrangementPreviewSchema }),
  });
}

/** `POST /api/calendar/arrangements`: stores the year and re-times open items; every calendar view reloads. */
export function useSaveArrangement() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ArrangementRequest) => apiRequest<ArrangementSaved>('/calendar/arrangements', { method: 'POST', body, schema: ArrangementSavedSchema }),
    // calendarKeys.all covers the year grids and the arrangement list alike.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: calendarKeys.all }),
  });
}

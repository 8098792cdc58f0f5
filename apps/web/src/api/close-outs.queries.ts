import { CloseOutLedgerSchema, CloseOutPageSchema, type CloseOutLedger, type CloseOutPage } from '@parkflow/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiRequest } from './api-client';

export const closeOutKeys = { all: ['close-outs'] as const };

/** `GET /api/close-outs?page=&pageSize=`: the days whose close-out ran, newest first, and the next close-out. */
export function useCloseOuts(page: number, pageSize: number) {
  return useQuery({
    queryKey: [...closeOutKeys.all, 'list', page, pageSize],
    queryFn: ({ signal }) => apiRequest<CloseOutPage>('/close-outs', { query: { page, pageSize }, schema: CloseOutPageSchema, signal }),
    placeholderData: keepPreviousData,
    retry: false,
  });
}

/** `GET /api/close-outs/:day`: one day's list; a 404 is a day without a close-out, not a failure to retry. */
export function useCloseOut(day: string | null) {
  return useQuery({
    queryKey: [...closeOutKeys.all, 'day', day],
    queryFn: ({ signal }) => apiRequest<CloseOutLedger>(`/close-outs/${encodeURIComponent(day ?? '')}`, { schema: CloseOutLedgerSchema, signal }),
    enabled: day !== null,
    retry: false,
  });
}

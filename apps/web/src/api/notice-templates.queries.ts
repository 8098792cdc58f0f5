import { NoticeTemplateListSchema, NoticeTemplateSchema, type NoticeTemplateList, type NoticeTemplateRequest, type NoticeTemplateView } from '@parkflow/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from './api-client';

export const noticeTemplateKeys = { all: ['notice-templates'] as const };

/** `GET /api/notice-templates` (administrators): every kind × notice type. */
export function useNoticeTemplates() {
  return useQuery({
    queryKey: noticeTemplateKeys.all,
    queryFn: ({ signal }) => apiRequest<NoticeTemplateList>('/notice-templates', { schema: NoticeTemplateListSchema, signal }),
    retry: false,
  });
}

const path = (kind: string, type: string) => `/notice-templates/${encodeURIComponent(kind)}/${encodeURIComponent(type)}`;

/** `PUT /api/notice-templates/:kind/:type`; a 400 names the bad placeholder per field. */
export function useSaveNoticeTemplate() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ kind, type, template }: { kind: string; type: string; template: NoticeTemplateRequest }) =>
      apiRequest<NoticeTemplateView>(path(kind, type), { method: 'PUT', body: template, schema: NoticeTemplateSchema }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: noticeTemplateKeys.all }),
  });
}

/** `DELETE /api/notice-templates/:kind/:type`: back to the default. */
export function useResetNoticeTemplate() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ kind, type }: { kind: string; type: string }) => apiRequest<NoticeTemplateView>(path(kind, type), { method: 'DELETE', schema: NoticeTemplateSchema }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: noticeTemplateKeys.all }),
  });
}

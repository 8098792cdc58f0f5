import {
  PermitListSchema,
  ProgressReportViewSchema,
  ProjectDetailSchema,
  ProjectListSchema,
  ProjectTemplateListSchema,
  type CompleteNodeRequest,
  type CreateProjectRequest,
  type PermitList,
  type PermitListQuery,
  type ProgressReportView,
  type ProjectDetail,
  type ProjectFilterQuery,
  type ProjectList,
  type ProjectTemplateList,
  type PutProjectTemplateRequest,
  type UpdateProjectRequest,
} from '@parkflow/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from './api-client';

/* 重点项目: the list (with the leaders' figures), a project's detail, the templates and the writes (only the lazy project pages import this). */

export const projectKeys = {
  all: ['projects'] as const,
  list: (query: ProjectFilterQuery) => ['projects', 'list', query] as const,
  detail: (id: string) => ['projects', 'detail', id] as const,
  templates: ['project-templates'] as const,
};

const path = (id: string, rest = '') => `/projects/${encodeURIComponent(id)}${rest}`;

/** `GET /api/projects?phase=&departmentId=&chiefOfficerId=&archived=`; the previous answer stays on screen while a new filter loads. */
export function useProjectList(query: ProjectFilterQuery, enabled = true) {
  return useQuery({
    queryKey: projectKeys.list(query),
    queryFn: ({ signal }) =>
      apiRequest<ProjectList>('/projects', { query: { ...query, archived: query.archived === undefined ? undefined : String(query.archived) }, schema: ProjectListSchema, signal }),
    placeholderData: keepPreviousData,
    // Statuses move with the day and with other people's reports.
    refetchInterval: 5 * 60_000,
    retry: false,
    enabled,
  });
}

export function useProjectDetail(id: string) {
  return useQuery({
    queryKey: projectKeys.detail(id),
    queryFn: ({ signal }) => apiRequest<ProjectDetail>(path(id), { schema: ProjectDetailSchema, signal }),
    retry: false,
  });
}

/** `GET /api/project-templates`: the nodes a new project of each type gets. */
export function useProjectTemplates() {
  return useQuery({
    queryKey: projectKeys.templates,
    queryFn: ({ signal }) => apiRequest<ProjectTemplateList>('/project-templates', { schema: ProjectTemplateListSchema, signal }),
    staleTime: 10 * 60_000,
    retry: false,
  });
}

/** After any write: the answer is the new detail; every list is stale. */
function useProjectWrite<V>(call: (variables: V) => Promise<ProjectDetail>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: call,
    onSuccess: (detail) => {
      client.setQueryData(projectKeys.detail(detail.id), detail);
      void client.invalidateQueries({ queryKey: [...projectKeys.all, 'list'] });
    },
  });
}

export function useCreateProject() {
  return useProjectWrite((body: CreateProjectRequest) => apiRequest<ProjectDetail>('/projects', { method: 'POST', body, schema: ProjectDetailSchema }));
}

export function useUpdateProject(id: string) {
  return useProjectWrite((body: UpdateProjectRequest) => apiRequest<ProjectDetail>(path(id), { method: 'PATCH', body, schema: ProjectDetailSchema }));
}

export function useFreezeBaseline(id: string) {
  return useProjectWrite((version: number) => apiRequest<ProjectDetail>(path(id, '/baseline'), { method: 'POST', body: { version }, schema: ProjectDetailSchema }));
}

export function useArchiveProject(id: string) {
  return useProjectWrite((version: number) => apiRequest<ProjectDetail>(path(id, '/archive'), { method: 'POST', body: { version }, schema: ProjectDetailSchema }));
}

export function useCompleteNode(id: string) {
  return useProjectWrite(({ key, ...body }: CompleteNodeRequest & { key: string }) =>
    apiRequest<ProjectDetail>(path(id, `/nodes/${encodeURIComponent(key)}/complete`), { method: 'POST', body, schema: ProjectDetailSchema }),
  );
}

/** `POST /api/projects/:id/progress` (multipart: percent, note, reason?, reportedOn?, photos); the detail is read again after it. */
export function useReportProgress(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (form: FormData) => apiRequest<ProgressReportView>(path(id, '/progress'), { method: 'POST', body: form, schema: ProgressReportViewSchema }),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: projectKeys.detail(id) });
      void client.invalidateQueries({ queryKey: [...projectKeys.all, 'list'] });
    },
  });
}

/** `GET /api/projects/permits?view=department|date` (+ the list's filters): 责任清单 / 序时清单. */
export function usePermitList(query: PermitListQuery) {
  return useQuery({
    queryKey: ['projects', 'permits', query] as const,
    queryFn: ({ signal }) => apiRequest<PermitList>('/projects/permits', { query: { ...query, archived: undefined }, schema: PermitListSchema, signal }),
    placeholderData: keepPreviousData,
    retry: false,
  });
}

/** `PUT /api/project-templates/:type` (admins): the type's nodes from now on; projects already planned keep theirs. */
export function usePutProjectTemplate() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ type, nodes }: { type: string; nodes: PutProjectTemplateRequest['nodes'] }) =>
      apiRequest<ProjectTemplateList>(`/project-templates/${encodeURIComponent(type)}`, { method: 'PUT', body: { nodes }, schema: ProjectTemplateListSchema }),
    onSuccess: (list) => client.setQueryData(projectKeys.templates, list),
  });
}

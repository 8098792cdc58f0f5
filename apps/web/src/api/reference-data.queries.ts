import { DepartmentSchema, EnterpriseSchema, type Department, type Enterprise } from '@parkflow/contracts';
import { useQuery } from '@tanstack/react-query';
import { apiRequest } from './api-client';

const EnterpriseListSchema = EnterpriseSchema.array();
const DepartmentListSchema = DepartmentSchema.array();

/** `GET /api/enterprises` → `[{id, name}]`, for the appeal's enterprise select. */
export function useEnterprises(enabled = true) {
  return useQuery({
    queryKey: ['enterprises'],
    queryFn: ({ signal }) => apiRequest<Enterprise[]>('/enterprises', { schema: EnterpriseListSchema, signal }),
    staleTime: 10 * 60_000,
    enabled,
  });
}

/** `GET /api/departments`, to name the department an event refers to. */
export function useDepartments() {
  return useQuery({
    queryKey: ['departments'],
    queryFn: ({ signal }) => apiRequest<Department[]>('/departments', { schema: DepartmentListSchema, signal }),
    staleTime: 10 * 60_000,
    retry: false,
  });
}

import type { Department, Enterprise, User } from '@parkflow/contracts';
import type { Role } from '@parkflow/domain';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { apiRequest } from './api-client';
import { lazyArrayContract } from './lazy-contract';

// Checked when zod has loaded (lazy-contract.ts): the queue's drill-down names come from here.
const EnterpriseListSchema = lazyArrayContract('EnterpriseSchema');
const DepartmentListSchema = lazyArrayContract('DepartmentSchema');
const UserListSchema = lazyArrayContract('UserSchema');

/** `GET /api/enterprises` → `[{id, name}]`, for the appeal's enterprise select. */
export function useEnterprises(enabled = true) {
  return useQuery({
    queryKey: ['enterprises'],
    queryFn: ({ signal }) => apiRequest<Enterprise[]>('/enterprises', { schema: EnterpriseListSchema, signal }),
    staleTime: 10 * 60_000,
    enabled,
  });
}

/** `GET /api/departments`: names for ids, and the department picker. */
export function useDepartments() {
  return useQuery({
    queryKey: ['departments'],
    queryFn: ({ signal }) => apiRequest<Department[]>('/departments', { schema: DepartmentListSchema, signal }),
    staleTime: 10 * 60_000,
    retry: false,
  });
}

/** `GET /api/users?role=&departmentId=`: the handler and leader pickers, and names for ids. */
export function useUsers(filter: { role?: Role; departmentId?: string | null } = {}, enabled = true) {
  const { role, departmentId } = filter;
  return useQuery({
    queryKey: ['users', role ?? null, departmentId ?? null],
    queryFn: ({ signal }) => apiRequest<User[]>('/users', { query: { role, departmentId: departmentId ?? undefined }, schema: UserListSchema, signal }),
    staleTime: 5 * 60_000,
    retry: false,
    enabled,
  });
}

/** id → name lookups over departments and users, for the detail page and its timeline. */
export function useNameLookup() {
  const departments = useDepartments();
  const users = useUsers();
  return useMemo(() => {
    const departmentNames = new Map((departments.data ?? []).map((d) => [d.id, d.name]));
    const userNames = new Map((users.data ?? []).map((u) => [u.id, u.displayName]));
    return {
      department: (id: string): string | null => departmentNames.get(id) ?? null,
      user: (id: string): string | null => userNames.get(id) ?? null,
    };
  }, [departments.data, users.data]);
}

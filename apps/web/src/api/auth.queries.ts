import type { LoginRequest, LoginResponse, User } from '@parkflow/contracts';
import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { apiRequest } from './api-client';
import { lazyContract } from './lazy-contract';
import { META_QUERY_KEY } from './meta.queries';
import { session } from './session.store';

// Checked when zod has loaded (lazy-contract.ts): the shell and the guard are on the queue route.
const UserSchema = lazyContract('UserSchema');
const LoginResponseSchema = lazyContract('LoginResponseSchema');

export const ME_QUERY_KEY = ['me'] as const;

/** The signed-in user (`GET /api/me`); only runs while a session cookie is there. */
export function useMe() {
  return useQuery({
    queryKey: ME_QUERY_KEY,
    queryFn: ({ signal }) => apiRequest<User>('/me', { schema: UserSchema, signal }),
    enabled: session.present(),
    staleTime: 5 * 60_000,
  });
}

/** `POST /api/auth/login` as a browser session (HttpOnly cookie); primes the `me` query with the returned user. */
export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (credentials: LoginRequest) =>
      apiRequest<LoginResponse>('/auth/login', { method: 'POST', body: { ...credentials, session: 'cookie' }, schema: LoginResponseSchema, anonymous: true }),
    onSuccess: (response) => {
      dropSessionQueries(queryClient);
      queryClient.setQueryData(ME_QUERY_KEY, response.user);
    },
  });
}

/** Ends the session (the API clears its cookies) and drops everything cached under it. */
export function signOut(queryClient: QueryClient): void {
  session.forget();
  dropSessionQueries(queryClient);
}

/**
 * Forgets everything one user's session loaded (items, names, notifications, pending writes),
 * but not the public `/meta`: the kinds are the deployment's, not the user's, and dropping them
 * would blank the whole app while they load again.
 */
export function dropSessionQueries(queryClient: QueryClient): void {
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== META_QUERY_KEY[0] });
  queryClient.getMutationCache().clear();
}

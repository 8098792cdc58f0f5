import { LoginResponseSchema, UserSchema, type LoginRequest, type LoginResponse, type User } from '@parkflow/contracts';
import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { apiRequest } from './api-client';
import { session } from './session.store';

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
      queryClient.clear();
      queryClient.setQueryData(ME_QUERY_KEY, response.user);
    },
  });
}

/** Ends the session (the API clears its cookies) and drops everything cached under it. */
export function signOut(queryClient: QueryClient): void {
  session.forget();
  queryClient.clear();
}

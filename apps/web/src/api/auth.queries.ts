import { LoginResponseSchema, UserSchema, type LoginRequest, type LoginResponse, type User } from '@parkflow/contracts';
import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { apiRequest } from './api-client';
import { authToken } from './auth-token.store';

export const ME_QUERY_KEY = ['me'] as const;

/** The signed-in user (`GET /api/me`); only runs while a token is stored. */
export function useMe() {
  return useQuery({
    queryKey: ME_QUERY_KEY,
    queryFn: ({ signal }) => apiRequest<User>('/me', { schema: UserSchema, signal }),
    enabled: authToken.get() !== null,
    staleTime: 5 * 60_000,
  });
}

/** `POST /api/auth/login`: keeps the token and primes the `me` query with the returned user. */
export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (credentials: LoginRequest) =>
      apiRequest<LoginResponse>('/auth/login', { method: 'POST', body: credentials, schema: LoginResponseSchema, anonymous: true }),
    onSuccess: (response) => {
      queryClient.clear();
      authToken.set(response.accessToken);
      queryClient.setQueryData(ME_QUERY_KEY, response.user);
    },
  });
}

/** Drops the token and everything cached under it. */
export function signOut(queryClient: QueryClient): void {
  authToken.clear();
  queryClient.clear();
}

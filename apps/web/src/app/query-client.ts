import { QueryClient } from '@tanstack/react-query';
import { isApiError } from '../api/api-client';

/** Retries only what may succeed on a second try: network failures and 5xx, twice. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: (failures, error) => failures < 2 && !(isApiError(error) && error.status >= 400 && error.status < 500),
        refetchOnWindowFocus: false,
        staleTime: 10_000,
      },
      mutations: { retry: false },
    },
  });
}

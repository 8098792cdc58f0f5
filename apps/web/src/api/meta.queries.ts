import type { Meta } from '@parkflow/contracts';
import { useQuery } from '@tanstack/react-query';
import { apiRequest } from './api-client';
import { lazyContract } from './lazy-contract';

// Checked when zod has loaded (lazy-contract.ts): the queue route does not download it first.
const MetaSchema = lazyContract('MetaSchema');

/**
 * Public and the same for every user: a sign-in or sign-out keeps it (`dropSessionQueries` in
 * auth.queries.ts), so the kinds load once per page load.
 */
export const META_QUERY_KEY = ['meta'] as const;

/**
 * `GET /api/meta`: the kinds as this deployment runs them (with the park's overrides), channels,
 * categories and urgencies. The kinds change only when the api restarts with another
 * configuration, so the answer never goes stale within a page load.
 */
export function useMeta() {
  return useQuery({
    queryKey: META_QUERY_KEY,
    queryFn: ({ signal }) => apiRequest<Meta>('/meta', { schema: MetaSchema, signal, anonymous: true }),
    staleTime: Infinity,
    gcTime: Infinity,
  });
}

import type { KindRegistry } from '@parkflow/domain';
import { createContext, use } from 'react';

/** The kind registry built from `/meta`; `KindsProvider` (kinds-context.provider.tsx) fills it. */
export const KindsContext = createContext<KindRegistry | null>(null);

/**
 * The kinds this deployment runs, as served by `/meta`. Components read the registry here and
 * hand it (or one kind) to the pure mappers and models, which never reach for it themselves.
 */
export function useKinds(): KindRegistry {
  const registry = use(KindsContext);
  if (!registry) throw new Error('useKinds() outside <KindsProvider>: the kinds are loaded once at the root (app-root.component.tsx)');
  return registry;
}

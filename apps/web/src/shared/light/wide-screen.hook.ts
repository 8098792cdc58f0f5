import { useSyncExternalStore } from 'react';

/** antd's `md` breakpoint: at 768 px and wider the queue is a table, narrower a card list. */
const WIDE = '(min-width: 768px)';

function subscribe(onChange: () => void): () => void {
  const query = window.matchMedia(WIDE);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

/** Whether the screen is desk-wide (what antd's `Grid.useBreakpoint().md` said), following resizes. */
export function useWideScreen(): boolean {
  return useSyncExternalStore(subscribe, () => window.matchMedia(WIDE).matches, () => true);
}

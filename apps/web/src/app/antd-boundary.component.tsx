import { lazy, useState, type ReactNode } from 'react';
import { useLocation } from 'react-router';
import { ROUTES } from './route-paths';

const AntdScope = lazy(() => import('./antd-scope.component').then((m) => ({ default: m.AntdScope })));

/** The login page (outside the shell) in antd's providers. */
export function WithAntd({ children }: { children: ReactNode }) {
  return <AntdScope>{children}</AntdScope>;
}

/**
 * The queue (`/work-items`) is built without antd and renders as it is; any other page gets
 * antd's providers (`AntdScope`, its own chunk). Once they are there they stay, the queue
 * included: a message an antd page shows as it navigates (back to the queue, to another page)
 * keeps its holder, and the pages do not remount when the providers would come and go.
 */
export function AntdBoundary({ children }: { children: ReactNode }) {
  const { pathname } = useLocation();
  const needed = pathname !== ROUTES.queue;
  const [loaded, setLoaded] = useState(needed);
  // Derived state: set during render, as React allows for a value that only ever turns on.
  if (needed && !loaded) setLoaded(true);
  return loaded ? <AntdScope>{children}</AntdScope> : children;
}

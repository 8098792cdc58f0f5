import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { ROUTES } from '../app/route-paths';
import { drillDownHref, type QueueDrillDown } from '../work-items/stat-drill-down.state';

/** A number that opens the queue on the items it counted. */
export function DrillLink({ drill, kind, children, testId }: { drill: QueueDrillDown; kind?: string | undefined; children: ReactNode; testId?: string }) {
  return (
    <Link to={drillDownHref(ROUTES.queue, drill, kind)} data-testid={testId}>
      {children}
    </Link>
  );
}

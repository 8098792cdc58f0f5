import { useEffect } from 'react';

/** Names the browser tab after the page (WCAG 2.4.2), e.g. `登记事项 · ParkFlow`. */
export function useDocumentTitle(title: string | null | undefined): void {
  useEffect(() => {
    document.title = title ? `${title} · ParkFlow` : 'ParkFlow';
  }, [title]);
}

/** A page number to show, or a gap ("•••") between two runs of them. */
export type PageEntry = number | 'gap';

/**
 * Which page buttons a pager shows, as antd's does: all of them up to 9 pages, else the first,
 * the last, two either side of the current page, and a gap where pages are left out.
 */
export function pageWindow(page: number, pages: number): PageEntry[] {
  if (pages <= 9) return Array.from({ length: pages }, (_, i) => i + 1);
  const from = Math.max(2, Math.min(page - 2, pages - 5));
  const to = Math.min(pages - 1, Math.max(page + 2, 6));
  const entries: PageEntry[] = [1];
  // A gap that would hide a single page shows that page instead.
  if (from === 3) entries.push(2);
  else if (from > 3) entries.push('gap');
  for (let p = from; p <= to; p++) entries.push(p);
  if (to === pages - 2) entries.push(pages - 1);
  else if (to < pages - 2) entries.push('gap');
  entries.push(pages);
  return entries;
}

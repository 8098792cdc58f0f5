/** The client's URLs, in one place. */
export const ROUTES = {
  login: '/login',
  queue: '/work-items',
  register: '/work-items/new',
  board: '/board',
  approvals: '/approvals',
  calendar: '/admin/calendar',
  noticeTemplates: '/admin/notice-templates',
  stats: '/stats',
  closeOuts: '/close-outs',
  projects: '/projects',
  projectNew: '/projects/new',
  battleMap: '/projects/map',
  permits: '/projects/permits',
  project: (id: string) => `/projects/${encodeURIComponent(id)}`,
  closeOut: (day: string) => `/close-outs/${encodeURIComponent(day)}`,
  detail: (id: string) => `/work-items/${encodeURIComponent(id)}`,
} as const;

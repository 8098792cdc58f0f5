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
  detail: (id: string) => `/work-items/${encodeURIComponent(id)}`,
} as const;

import {
  ArrangementListSchema,
  ArrangementPreviewSchema,
  ArrangementRequestSchema,
  ArrangementSavedSchema,
  CalendarDayRequestSchema,
  CalendarYearQuerySchema,
  CalendarYearSchema,
  DeadlineQuerySchema,
  DeadlineResponseSchema,
  NotificationListSchema,
  NoticeTemplateListSchema,
  NoticeTemplateRequestSchema,
  NoticeTemplateSchema,
  WorkItemNoticeListSchema,
  DOCX_CONTENT_TYPE,
  NotificationSchema,
  type KindContracts,
  CreateWorkItemResponseSchema,
  DepartmentSchema,
  EnterpriseSchema,
  HealthSchema,
  LoginRequestSchema,
  LoginResponseSchema,
  AUDIT_EVENT_KINDS,
  AuditLogPageSchema,
  MeSchema,
  MetaSchema,
  UserSchema,
  WorkItemDetailSchema,
  RepeatCandidatesQuerySchema,
  RepeatCandidatesSchema,
  WorkItemListQuerySchema,
  WorkItemListSchema,
  MonthlyReportQuerySchema,
  MonthlyReportSchema,
  StatFiguresQuerySchema,
  StatFiguresResponseSchema,
  StatFilterQuerySchema,
  StatHeatmapResponseSchema,
  ExportRequestSchema,
  ReportExportSchema,
  XLSX_CONTENT_TYPE,
  CloseOutListQuerySchema,
  CloseOutPageSchema,
  CloseOutLedgerSchema,
} from '@parkflow/contracts';
import { NOTICE_TYPE_IDS, ROLES } from '@parkflow/domain';
import { z } from 'zod';
import { error, json, queryParameters, schema, type Json } from './openapi.helpers.js';
import { projectPaths } from './project-paths.openapi.js';

/**
 * The OpenAPI document, generated from the same zod contracts that validate requests: it cannot
 * drift from them. Registration and actions come from the kind registry the api runs with, so a
 * kind added as data is documented with its own actions and their fields.
 */
export function buildOpenApiDocument(contracts: KindContracts): Json {
  const secured = { security: [{ bearer: [] }] };
  const byKind = contracts.actionRequestsByKind();
  const kindNames = byKind.map(({ kind }) => `${kind.id} (${kind.label.zh} / ${kind.label.en})`).join(', ');
  const actionBody = {
    description: `The action and its fields depend on the item's kind: ${kindNames}. Each oneOf entry is one kind's actions.`,
    content: { 'application/json': { schema: { oneOf: byKind.map(({ kind, schema: s }) => ({ title: kind.id, ...schema(s, 'input') })) } } },
  };
  return {
    openapi: '3.1.0',
    info: { title: 'ParkFlow API', version: '0.1.0', description: '园区事项办理平台 — petitions, enterprise appeals and key-project tasks.' },
    servers: [{ url: '/api' }],
    components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
    paths: {
      '/auth/login': {
        post: {
          summary: 'Sign in (session "cookie" for browsers: HttpOnly session cookie + CSRF cookie; "bearer" for API clients). Throttled per account and address.',
          requestBody: json(LoginRequestSchema, 'input'),
          responses: { 200: { description: 'Signed in', ...json(LoginResponseSchema) }, 400: error('Bad input'), 401: error('Wrong username or password'), 429: error('Too many attempts: see Retry-After') },
        },
      },
      '/auth/logout': {
        post: { summary: 'Sign out everywhere: every token of the account issued until now stops working; the cookies are cleared', responses: { 200: { description: 'Signed out' } } },
      },
      '/admin/audit-log': {
        get: {
          ...secured,
          summary: 'The security audit log, newest first (administrators)',
          parameters: [
            { name: 'kind', in: 'query', schema: { type: 'string', enum: [...AUDIT_EVENT_KINDS] } },
            { name: 'username', in: 'query', schema: { type: 'string' } },
            { name: 'page', in: 'query', schema: { type: 'integer', minimum: 1 } },
            { name: 'pageSize', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 200 } },
          ],
          responses: { 200: { description: 'Entries', ...json(AuditLogPageSchema) }, 400: error('Bad query'), 403: error('Administrators only') },
        },
      },
      '/me': { get: { ...secured, summary: 'The signed-in user', responses: { 200: { description: 'User', ...json(MeSchema) }, 401: error('Not signed in') } } },
      '/meta': { get: { summary: 'Kinds, stages, statuses, channels, categories, urgencies (zh-CN and English)', responses: { 200: { description: 'Meta', ...json(MetaSchema) } } } },
      '/departments': { get: { ...secured, summary: 'Departments', responses: { 200: { description: 'Departments', ...json(z.array(DepartmentSchema)) } } } },
      '/enterprises': { get: { ...secured, summary: 'Enterprises', responses: { 200: { description: 'Enterprises', ...json(z.array(EnterpriseSchema)) } } } },
      '/users': {
        get: {
          ...secured,
          summary: 'Users by role and department (staff only: 403 for an enterprise contact)',
          parameters: [
            { name: 'role', in: 'query', schema: { type: 'string', enum: [...ROLES] } },
            { name: 'departmentId', in: 'query', schema: { type: 'string', format: 'uuid' } },
          ],
          responses: { 200: { description: 'Users', ...json(z.array(UserSchema)) }, 400: error('A malformed role or id'), 403: error('Not staff') },
        },
      },
      '/work-items': {
        get: { ...secured, summary: 'List work items visible to me', parameters: queryParameters(WorkItemListQuerySchema), responses: { 200: { description: 'A page of items', ...json(WorkItemListSchema) }, 400: error('Bad query') } },
        post: {
          ...secured,
          summary: `Register an item of one of the kinds: ${kindNames}`,
          requestBody: json(contracts.createWorkItem, 'input'),
          responses: { 201: { description: 'Registered', ...json(CreateWorkItemResponseSchema) }, 400: error('Bad input, a message per field'), 403: error('Your role may not register this kind') },
        },
      },
      '/work-items/repeat-candidates': {
        get: {
          ...secured,
          summary: '重复件: closed items a new item of the kind may repeat (same petitioner by ID number, else phone; same category), newest first, as far as I may see',
          parameters: queryParameters(RepeatCandidatesQuerySchema),
          responses: { 200: { description: 'Candidates', ...json(RepeatCandidatesSchema) }, 400: error('Bad query (no usable number, unknown kind or category)'), 403: error('Your role does not register repeats of this kind') },
        },
      },
      '/work-items/{id}': {
        get: {
          ...secured,
          summary: 'An item with its timeline and the actions I may take',
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } }],
          responses: { 200: { description: 'Item', ...json(WorkItemDetailSchema) }, 404: error('No such item, or not visible to you') },
        },
      },
      '/work-items/{id}/actions': {
        post: {
          ...secured,
          summary: 'Take an action (assign, accept, return, transfer, request_extension, …) on the version you have',
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } }],
          requestBody: actionBody,
          responses: {
            200: { description: 'The updated item, with warnings (e.g. a deadline in a year the calendar does not cover)', ...json(CreateWorkItemResponseSchema) },
            400: error('Bad input, a message per field'),
            403: error('Your role may not take this action'),
            404: error('No such item, or not visible to you'),
            409: error('Someone changed the item first: reload it'),
            422: error('Not valid in the item\'s current status'),
          },
        },
      },
      '/work-items/{id}/notices': {
        get: {
          ...secured,
          summary: 'The written notices (告知书) of an item and whether it has reached each',
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } }],
          responses: { 200: { description: 'Notices', ...json(WorkItemNoticeListSchema) }, 404: error('No such item, or not visible to you') },
        },
      },
      '/work-items/{id}/notices/{type}': {
        get: {
          ...secured,
          summary: 'One written notice of an item as a .docx, from the park\'s template for the item\'s kind (attachment; filename* is <code>-<notice name>.docx)',
          parameters: [
            { name: 'id', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } },
            { name: 'type', in: 'path', required: true, schema: { type: 'string', enum: [...NOTICE_TYPE_IDS] } },
          ],
          responses: {
            200: { description: 'The notice', content: { [DOCX_CONTENT_TYPE]: { schema: { type: 'string', format: 'binary' } } } },
            404: error('No such item or notice type, not visible to you, or the item has not reached this notice yet'),
          },
        },
      },
      '/notice-templates': {
        get: { ...secured, summary: 'Every kind × notice type template, with isDefault (administrators)', responses: { 200: { description: 'Templates', ...json(NoticeTemplateListSchema) }, 403: error('Administrators only') } },
      },
      '/notice-templates/{kind}/{type}': {
        put: {
          ...secured,
          summary: 'Save a park\'s own template of a notice for a kind (administrators); placeholders are {{name}} from the domain\'s list',
          parameters: [
            { name: 'kind', in: 'path', required: true, schema: { type: 'string' } },
            { name: 'type', in: 'path', required: true, schema: { type: 'string', enum: [...NOTICE_TYPE_IDS] } },
          ],
          requestBody: json(NoticeTemplateRequestSchema, 'input'),
          responses: {
            200: { description: 'Saved', ...json(NoticeTemplateSchema) },
            400: error('An unknown placeholder (named, with its line and column), an unclosed {{, empty or too long: nothing saved'),
            403: error('Administrators only'),
            404: error('No such kind or notice type'),
          },
        },
        delete: {
          ...secured,
          summary: 'Put a template back to the default (administrators)',
          parameters: [
            { name: 'kind', in: 'path', required: true, schema: { type: 'string' } },
            { name: 'type', in: 'path', required: true, schema: { type: 'string', enum: [...NOTICE_TYPE_IDS] } },
          ],
          responses: { 200: { description: 'The default', ...json(NoticeTemplateSchema) }, 403: error('Administrators only'), 404: error('No such kind or notice type') },
        },
      },
      ...statsPaths(secured),
      ...exportPaths(secured),
      ...closeOutPaths(secured),
      ...projectPaths(secured),
      '/calendar/deadline': {
        get: { ...secured, summary: 'When a time limit ends (Asia/Shanghai, official calendar with overrides)', parameters: queryParameters(DeadlineQuerySchema), responses: { 200: { description: 'Due', ...json(DeadlineResponseSchema) }, 400: error('Bad query') } },
      },
      '/calendar/days': {
        get: { ...secured, summary: 'Every day of a year: working or not, and why', parameters: queryParameters(CalendarYearQuerySchema), responses: { 200: { description: 'Year', ...json(CalendarYearSchema) } } },
      },
      '/calendar/days/{date}': {
        put: { ...secured, summary: 'Mark a holiday or a make-up working day (admin)', parameters: [{ name: 'date', in: 'path', required: true, schema: { type: 'string', format: 'date' } }], requestBody: json(CalendarDayRequestSchema, 'input'), responses: { 200: { description: 'The day' }, 403: error('Administrators only') } },
        delete: { ...secured, summary: 'Remove an override (admin)', parameters: [{ name: 'date', in: 'path', required: true, schema: { type: 'string', format: 'date' } }], responses: { 200: { description: 'The day' }, 403: error('Administrators only') } },
      },
      // The year's official holiday arrangement (年度放假安排): calendar-arrangement.controller.ts.
      '/calendar/arrangements': {
        get: { ...secured, summary: 'The years whose official arrangement was loaded', responses: { 200: { description: 'Years', ...json(ArrangementListSchema) } } },
        post: {
          ...secured,
          summary: 'Load a year’s arrangement and re-time the open items, in one transaction (admin)',
          requestBody: json(ArrangementRequestSchema, 'input'),
          responses: { 200: { description: 'Saved', ...json(ArrangementSavedSchema) }, 400: error('Not a valid arrangement: every problem listed in errors'), 403: error('Administrators only') },
        },
      },
      '/calendar/arrangements/preview': {
        post: {
          ...secured,
          summary: 'What loading a year’s arrangement would change; writes nothing (admin)',
          requestBody: json(ArrangementRequestSchema, 'input'),
          responses: { 200: { description: 'Preview', ...json(ArrangementPreviewSchema) }, 400: error('Not a valid arrangement: every problem listed in errors'), 403: error('Administrators only') },
        },
      },
      '/notifications': { get: { ...secured, summary: 'My latest notifications and the unread count', responses: { 200: { description: 'Notifications', ...json(NotificationListSchema) } } } },
      '/notifications/{id}/read': { post: { ...secured, summary: 'Mark one read', parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } }], responses: { 200: { description: 'Read', ...json(NotificationSchema) }, 404: error('Not yours or not found') } } },
      '/notifications/read-all': { post: { ...secured, summary: 'Mark all read', responses: { 200: { description: 'How many' } } } },
      '/notifications/stream': { get: { summary: 'Server-sent events: {type:"notification"} when something new arrives (token as ?access_token=)', parameters: [{ name: 'access_token', in: 'query', required: true, schema: { type: 'string' } }], responses: { 200: { description: 'text/event-stream' } } } },
      '/health': { get: { summary: 'Database and queue backend state', responses: { 200: { description: 'Healthy', ...json(HealthSchema) }, 503: { description: 'Degraded', ...json(HealthSchema) } } } },
    },
  };
}

/** The 每日清零 ledger: dispatchers, admins and leaders (403 for the others, before the request is read). */
function closeOutPaths(secured: Json): Json {
  const forbidden = { 403: error('Your role does not read the close-out ledger (dispatchers, administrators and leaders do)') };
  return {
    '/close-outs': {
      get: { ...secured, summary: '每日清零台账: the days whose close-out ran (17:30 Beijing on working days), newest first, with their counts, and the next close-out', parameters: queryParameters(CloseOutListQuerySchema), responses: { 200: { description: 'Days', ...json(CloseOutPageSchema) }, 400: error('A bad page or pageSize'), ...forbidden } },
    },
    '/close-outs/{day}': {
      get: {
        ...secured,
        summary: 'One day’s close-out: the items registered that day and not signed for, and those overdue when it ran, as they stood then',
        parameters: [{ name: 'day', in: 'path', required: true, schema: { type: 'string', format: 'date' } }],
        responses: { 200: { description: 'Ledger', ...json(CloseOutLedgerSchema) }, 400: error('Not a date (YYYY-MM-DD)'), ...forbidden, 404: error('No ledger for that day (a rest day, or the close-out did not run)') },
      },
    },
  };
}

/** GET /stats/:report: 403 for roles without statistics or a department they may not read, 400 for a bad period. */
function statsPaths(secured: Json): Json {
  const refused = {
    400: error('A malformed date, a period the wrong way round or longer than 1,096 days, an unknown grouping'),
    403: error('Your role reads no statistics, or not this department (a head reads their own, a leader those in their charge)'),
  };
  const workbook = (description: string) => ({ description, content: { [XLSX_CONTENT_TYPE]: { schema: { type: 'string', format: 'binary' } } } });
  return {
    '/stats/figures': { get: { ...secured, summary: '三率 and the counts (registered, overdue, extended, returned, handling time) over a period, total and by department, category, channel, kind, handler or month', parameters: queryParameters(StatFiguresQuerySchema), responses: { 200: { description: 'Figures', ...json(StatFiguresResponseSchema) }, ...refused } } },
    '/stats/heatmap': { get: { ...secured, summary: 'Category × department: items registered in the period, and of them those that went overdue', parameters: queryParameters(StatFilterQuerySchema), responses: { 200: { description: 'Cells', ...json(StatHeatmapResponseSchema) }, ...refused } } },
    '/stats/figures/xlsx': { get: { ...secured, summary: 'The figures table of GET /stats/figures as an .xlsx: a row per department (category, channel, kind, handler or month) by its name, every figure a column (rates as 95.0% (19/20) or 暂无数据), the total last', parameters: queryParameters(StatFiguresQuerySchema), responses: { 200: workbook('The table'), ...refused } } },
    '/stats/heatmap/xlsx': { get: { ...secured, summary: 'GET /stats/heatmap as an .xlsx: two sheets (登记数, 其中超期), category rows × department columns with row and column totals', parameters: queryParameters(StatFilterQuerySchema), responses: { 200: workbook('The matrices'), ...refused } } },
    '/stats/monthly/xlsx': { get: { ...secured, summary: '信访月报 as an .xlsx, a sheet per table: 总体情况 (every figure in the four periods), 按渠道, 按类别, 按部门 (with the three rates), 逾期件; Chinese headers, frozen header rows', parameters: queryParameters(MonthlyReportQuerySchema), responses: { 200: workbook('The workbook'), ...refused } } },
    '/stats/monthly': { get: { ...secured, summary: '信访月报: a month and the year to date against the same periods a year before; counts by channel, category and department, the three rates, the overdue items', parameters: queryParameters(MonthlyReportQuerySchema), responses: { 200: { description: 'Report', ...json(MonthlyReportSchema) }, ...refused } } },
  };
}

/** Ledger exports (台账): a job writes the .xlsx; only the one who asked sees or downloads it. */
function exportPaths(secured: Json): Json {
  const id = [{ name: 'id', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } }];
  return {
    '/exports': {
      post: {
        ...secured,
        summary: 'Export a queue view with its filters to .xlsx (at most 100,000 rows), as a job',
        requestBody: json(ExportRequestSchema, 'input'),
        responses: { 202: { description: 'Queued', ...json(ReportExportSchema) }, 400: error('Bad filters'), 422: error('More rows than one ledger holds'), 429: error('Three exports of yours are under way') },
      },
    },
    '/exports/{id}': { get: { ...secured, summary: 'Status and progress (rows written of the total)', parameters: id, responses: { 200: { description: 'The export', ...json(ReportExportSchema) }, 404: error('Not yours, or none') } } },
    '/exports/{id}/file': {
      get: {
        ...secured,
        summary: 'The .xlsx of a finished export',
        parameters: id,
        responses: { 200: { description: 'The ledger', content: { [XLSX_CONTENT_TYPE]: { schema: { type: 'string', format: 'binary' } } } }, 404: error('Not yours, or none'), 409: error('Not finished, or failed'), 410: error('Expired') },
      },
    },
  };
}

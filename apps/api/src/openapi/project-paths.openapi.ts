import {
  CompleteNodeRequestSchema,
  CreateProjectRequestSchema,
  PermitListQuerySchema,
  PermitListSchema,
  ProjectDetailSchema,
  ProjectFilterQuerySchema,
  ProjectListSchema,
  ProjectTemplateListSchema,
  ProjectVersionRequestSchema,
  PutProjectTemplateRequestSchema,
  UpdateProjectRequestSchema,
  XLSX_CONTENT_TYPE,
} from '@parkflow/contracts';
import { PROJECT_TYPE_IDS } from '@parkflow/domain';
import { error, json, queryParameters, type Json } from './openapi.helpers.js';

/** 重点项目 (docs/projects.md): the projects, their permit lists and node templates. */
export function projectPaths(secured: Json): Json {
  const id = { name: 'id', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } };
  const detail = { description: 'The project', ...json(ProjectDetailSchema) };
  const write = {
    403: error('Your role may not do this to the project (dispatchers, administrators and its chief service officer write; the push team also completes nodes)'),
    404: error('No such project, or not one you may read'),
    409: error('Someone changed the project first (stale version)'),
    422: error('The project is archived, or the node is already finished / waits for open predecessors'),
  };
  const planRefused = error('Bad input; a target the nodes cannot fit: reason does_not_fit with params { node, shortBy, earliestTarget }');
  return {
    '/projects': {
      get: { ...secured, summary: 'The key projects (挂图作战) with status, slack and drift as of today, and the share of this year’s new projects started by 30 June', parameters: queryParameters(ProjectFilterQuerySchema), responses: { 200: { description: 'Projects', ...json(ProjectListSchema) }, 400: error('A bad filter'), 403: error('Enterprise contacts read no projects') } },
      post: { ...secured, summary: 'Create a project; its nodes come from the type’s template, scheduled backwards (倒排工期) from the target', requestBody: json(CreateProjectRequestSchema, 'input'), responses: { 201: detail, 400: planRefused, 403: error('Dispatchers and administrators create projects') } },
    },
    '/projects/permits': { get: { ...secured, summary: '责任清单 (view=department) / 序时清单 (view=date): the permit nodes of the projects', parameters: queryParameters(PermitListQuerySchema), responses: { 200: { description: 'Permits', ...json(PermitListSchema) }, 400: error('A bad filter'), 403: error('Enterprise contacts read no projects') } } },
    '/projects/permits/xlsx': { get: { ...secured, summary: 'The same list as an .xlsx (Chinese headers, frozen header row)', parameters: queryParameters(PermitListQuerySchema), responses: { 200: { description: 'The workbook', content: { [XLSX_CONTENT_TYPE]: { schema: { type: 'string', format: 'binary' } } } }, 400: error('A bad filter'), 403: error('Enterprise contacts read no projects') } } },
    '/projects/{id}': {
      get: { ...secured, summary: 'A project with its nodes, history and problems (问题清单)', parameters: [id], responses: { 200: detail, 404: error('No such project, or not one you may read') } },
      patch: { ...secured, summary: 'Edit a project; moving the schedule target (or the start) re-plans the unfinished nodes and re-times their project tasks', parameters: [id], requestBody: json(UpdateProjectRequestSchema, 'input'), responses: { 200: detail, 400: planRefused, ...write } },
    },
    '/projects/{id}/baseline': { post: { ...secured, summary: 'Freeze the current plan as the baseline (基线)', parameters: [id], requestBody: json(ProjectVersionRequestSchema, 'input'), responses: { 200: detail, 400: error('Bad input'), ...write } } },
    '/projects/{id}/nodes/{key}/complete': {
      post: { ...secured, summary: 'Record a node’s completion with its date and evidence; the rest is re-planned from today', parameters: [id, { name: 'key', in: 'path', required: true, schema: { type: 'string' } }], requestBody: json(CompleteNodeRequestSchema, 'input'), responses: { 200: detail, 400: error('Bad input (a date after today, no evidence)'), ...write } },
    },
    '/projects/{id}/archive': { post: { ...secured, summary: 'Archive the project (read-only from then on)', parameters: [id], requestBody: json(ProjectVersionRequestSchema, 'input'), responses: { 200: detail, 400: error('Bad input'), ...write } } },
    '/project-templates': { get: { ...secured, summary: 'The node templates per project type (the park’s own, else the defaults)', responses: { 200: { description: 'Templates', ...json(ProjectTemplateListSchema) }, 403: error('Enterprise contacts read no templates') } } },
    '/project-templates/{type}': {
      put: {
        ...secured,
        summary: 'Replace a type’s node template (admin); checked by the domain (a cycle is named)',
        parameters: [{ name: 'type', in: 'path', required: true, schema: { type: 'string', enum: [...PROJECT_TYPE_IDS] } }],
        requestBody: json(PutProjectTemplateRequestSchema, 'input'),
        responses: { 200: { description: 'Templates', ...json(ProjectTemplateListSchema) }, 400: error('A template with problems: reason is the first problem’s code (cycle, duplicate_key, …)'), 403: error('Administrators only'), 404: error('No such project type') },
      },
    },
  };
}

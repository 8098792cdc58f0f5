import {
  ApiErrorSchema,
  CreateWorkItemRequestSchema,
  CreateWorkItemResponseSchema,
  DepartmentSchema,
  EnterpriseSchema,
  HealthSchema,
  LoginRequestSchema,
  LoginResponseSchema,
  MetaSchema,
  UserSchema,
  WorkItemDetailSchema,
  WorkItemListQuerySchema,
  WorkItemListSchema,
} from '@parkflow/contracts';
import { z } from 'zod';

type Json = Record<string, unknown>;
const schema = (s: z.ZodType, io: 'input' | 'output' = 'output'): Json => z.toJSONSchema(s, { io, unrepresentable: 'any' }) as Json;
const json = (s: z.ZodType, io: 'input' | 'output' = 'output') => ({ content: { 'application/json': { schema: schema(s, io) } } });
const error = (description: string) => ({ description, ...json(ApiErrorSchema) });

function queryParameters(s: z.ZodObject): Json[] {
  const props = (schema(s, 'input').properties ?? {}) as Record<string, Json>;
  return Object.entries(props).map(([name, p]) => ({ name, in: 'query', required: false, schema: p }));
}

/** The OpenAPI document, generated from the same zod contracts that validate requests: it cannot drift from them. */
export function buildOpenApiDocument(): Json {
  const secured = { security: [{ bearer: [] }] };
  return {
    openapi: '3.1.0',
    info: { title: 'ParkFlow API', version: '0.1.0', description: '园区事项办理平台 — petitions, enterprise appeals and key-project tasks.' },
    servers: [{ url: '/api' }],
    components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
    paths: {
      '/auth/login': {
        post: { summary: 'Sign in', requestBody: json(LoginRequestSchema, 'input'), responses: { 200: { description: 'Signed in', ...json(LoginResponseSchema) }, 400: error('Bad input'), 401: error('Wrong username or password') } },
      },
      '/me': { get: { ...secured, summary: 'The signed-in user', responses: { 200: { description: 'User', ...json(UserSchema) }, 401: error('Not signed in') } } },
      '/meta': { get: { summary: 'Kinds, stages, statuses, channels, categories, urgencies (zh-CN and English)', responses: { 200: { description: 'Meta', ...json(MetaSchema) } } } },
      '/departments': { get: { ...secured, summary: 'Departments', responses: { 200: { description: 'Departments', ...json(z.array(DepartmentSchema)) } } } },
      '/enterprises': { get: { ...secured, summary: 'Enterprises', responses: { 200: { description: 'Enterprises', ...json(z.array(EnterpriseSchema)) } } } },
      '/users': {
        get: {
          ...secured,
          summary: 'Users by role and department',
          parameters: [
            { name: 'role', in: 'query', schema: { type: 'string' } },
            { name: 'departmentId', in: 'query', schema: { type: 'string', format: 'uuid' } },
          ],
          responses: { 200: { description: 'Users', ...json(z.array(UserSchema)) } },
        },
      },
      '/work-items': {
        get: { ...secured, summary: 'List work items visible to me', parameters: queryParameters(WorkItemListQuerySchema), responses: { 200: { description: 'A page of items', ...json(WorkItemListSchema) }, 400: error('Bad query') } },
        post: {
          ...secured,
          summary: 'Register a petition or an enterprise appeal',
          requestBody: json(CreateWorkItemRequestSchema, 'input'),
          responses: { 201: { description: 'Registered', ...json(CreateWorkItemResponseSchema) }, 400: error('Bad input, a message per field'), 403: error('Your role may not register this kind') },
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
      '/health': { get: { summary: 'Database and queue backend state', responses: { 200: { description: 'Healthy', ...json(HealthSchema) }, 503: { description: 'Degraded', ...json(HealthSchema) } } } },
    },
  };
}

/**
 * The OpenAPI 3.1 description served at /api/openapi.json. The case schema comes from the zod case
 * model and each calculator's request body from its input definitions, so neither can drift.
 * @module
 */
import { DEFAULT_PRETEST, PRETEST_RANGE } from '../cancer/probability/probability.js';
import { z } from 'zod';
import { calculators } from '../sets/registry.js';
import { CaseSchema } from '../case/schema.js';
import type { InputDef } from '../engine/inputs.js';
import { ENGINE_VERSION } from '../version.js';

type Json = Record<string, unknown>;

function inputSchema(d: InputDef): Json {
  const k = d.kind;
  const base = { description: `${d.label}. ${d.description}` };
  switch (k.type) {
    case 'tri':
      return { ...base, enum: ['yes', 'no', 'unknown'] };
    case 'enum':
      return { ...base, enum: [...new Set([...k.values, 'unknown'])] };
    case 'number':
      return {
        ...base,
        oneOf: [
          { type: k.integer ? 'integer' : 'number', minimum: k.min, maximum: k.max },
          { const: 'unknown' },
          { type: 'null' },
        ],
      };
  }
}

const problem = {
  description: 'Problem (RFC 9457)',
  content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
};
const json = (schema: Json, description = 'OK') => ({
  description,
  content: { 'application/json': { schema } },
});
const errors = (...codes: number[]) => Object.fromEntries(codes.map((c) => [String(c), problem]));
const body = (schema: Json) => ({ required: true, content: { 'application/json': { schema } } });
const obj = { type: 'object' };
const caseRef = { $ref: '#/components/schemas/Case' };
const stored = { $ref: '#/components/schemas/StoredCase' };
const idParam = { name: 'id', in: 'path', required: true, schema: { type: 'string' } };
const ifMatch = {
  name: 'If-Match',
  in: 'header',
  required: true,
  schema: { type: 'string' },
  description: 'the ETag (version) the change is based on, e.g. "3"',
};

/** Builds the OpenAPI document. */
export function buildOpenApi(): Json {
  const calcPaths: Json = {};
  for (const c of calculators) {
    calcPaths[`/api/calc/${c.id}`] = {
      post: {
        tags: ['calculators'],
        summary: c.title,
        description: `Source: ${c.citations[0].label}${c.citations[0].doi ? ` (doi:${c.citations[0].doi})` : ''}. Items not given are unknown.`,
        requestBody: body(
          c.calculator.kind === 'document'
            ? { ...obj, description: c.calculator.description }
            : {
                type: 'object',
                additionalProperties: false,
                properties: Object.fromEntries(c.calculator.inputs.map((d) => [d.id, inputSchema(d)])),
              },
        ),
        responses: { '200': json(obj, 'the calculator result'), ...errors(400, 401, 413, 415, 422) },
      },
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Heliotrope API',
      version: ENGINE_VERSION,
      description:
        'Clinical decision support for dermatomyositis and cancer-associated myositis. Authenticate with a session cookie (POST /api/auth/login; send X-CSRF-Token on changes) or an API token (Authorization: Bearer). Errors are RFC 9457 problem documents with the field paths at fault.',
    },
    servers: [{ url: '/' }],
    security: [{ bearer: [] }, { session: [] }],
    tags: [
      { name: 'cases' },
      { name: 'assessment' },
      { name: 'calculators' },
      { name: 'auth' },
      { name: 'admin' },
      { name: 'operations' },
    ],
    paths: {
      '/api/health': {
        get: {
          tags: ['operations'],
          security: [],
          summary: 'Liveness probe',
          responses: { '200': json(obj) },
        },
      },
      '/api/ready': {
        get: {
          tags: ['operations'],
          security: [],
          summary: 'Readiness probe (database reachable, not shutting down)',
          responses: { '200': json(obj), ...errors(503) },
        },
      },
      '/api/openapi.json': {
        get: {
          tags: ['operations'],
          security: [],
          summary: 'This document',
          responses: { '200': json(obj) },
        },
      },
      '/api/auth/login': {
        post: {
          tags: ['auth'],
          security: [],
          summary: 'Log in: sets the HttpOnly session cookie and returns the CSRF token',
          requestBody: body({
            type: 'object',
            required: ['username', 'password'],
            properties: { username: { type: 'string' }, password: { type: 'string' } },
          }),
          responses: {
            '200': json({
              type: 'object',
              properties: { user: { $ref: '#/components/schemas/User' }, csrfToken: { type: 'string' } },
            }),
            ...errors(401, 422, 429),
          },
        },
      },
      '/api/auth/logout': {
        post: { tags: ['auth'], summary: 'Log out', responses: { '204': { description: 'logged out' } } },
      },
      '/api/auth/session': {
        get: {
          tags: ['auth'],
          summary: 'The current user and CSRF token',
          responses: { '200': json(obj), ...errors(401) },
        },
      },
      '/api/auth/password': {
        post: {
          tags: ['auth'],
          summary: 'Change your password',
          requestBody: body({
            type: 'object',
            properties: {
              currentPassword: { type: 'string' },
              newPassword: { type: 'string', minLength: 10 },
            },
          }),
          responses: { '204': { description: 'changed' }, ...errors(401, 422) },
        },
      },
      '/api/tokens': {
        get: { tags: ['auth'], summary: 'Your API tokens (names only)', responses: { '200': json(obj) } },
        post: {
          tags: ['auth'],
          summary: 'Create an API token (the token is shown once)',
          requestBody: body({ type: 'object', properties: { name: { type: 'string' } } }),
          responses: { '201': json(obj), ...errors(401, 422) },
        },
      },
      '/api/tokens/{id}': {
        delete: {
          tags: ['auth'],
          parameters: [idParam],
          summary: 'Revoke an API token',
          responses: { '204': { description: 'revoked' }, ...errors(404) },
        },
      },
      '/api/users': {
        get: {
          tags: ['admin'],
          summary: 'Accounts (admin)',
          responses: { '200': json(obj), ...errors(401, 403) },
        },
        post: {
          tags: ['admin'],
          summary: 'Create an account (admin)',
          requestBody: body({
            type: 'object',
            properties: {
              username: { type: 'string' },
              password: { type: 'string', minLength: 10 },
              role: { enum: ['viewer', 'clinician', 'admin'] },
            },
          }),
          responses: { '201': json({ $ref: '#/components/schemas/User' }), ...errors(403, 409, 422) },
        },
      },
      '/api/users/{id}': {
        patch: {
          tags: ['admin'],
          parameters: [idParam],
          summary: 'Change role, disable, reset password (admin)',
          requestBody: body(obj),
          responses: { '200': json({ $ref: '#/components/schemas/User' }), ...errors(403, 404, 409, 422) },
        },
      },
      '/api/audit': {
        get: {
          tags: ['admin'],
          summary: 'The audit log, newest first (admin)',
          parameters: [
            { name: 'resourceId', in: 'query', schema: { type: 'string' } },
            { name: 'limit', in: 'query', schema: { type: 'integer' } },
          ],
          responses: { '200': json(obj), ...errors(403) },
        },
      },
      '/api/cases': {
        get: {
          tags: ['cases'],
          summary: 'List cases with key results, most recently updated first',
          parameters: [
            { name: 'q', in: 'query', schema: { type: 'string' }, description: 'text in the title' },
            { name: 'limit', in: 'query', schema: { type: 'integer', maximum: 500 } },
            { name: 'offset', in: 'query', schema: { type: 'integer' } },
          ],
          responses: {
            '200': json({
              type: 'object',
              properties: { total: { type: 'integer' }, items: { type: 'array' } },
            }),
            ...errors(401, 422),
          },
        },
        post: {
          tags: ['cases'],
          summary: 'Create a case (clinician); it is assessed and the assessment stored',
          requestBody: body(caseRef),
          responses: { '201': json(stored), ...errors(400, 401, 403, 413, 415, 422) },
        },
      },
      '/api/cases/{id}': {
        get: {
          tags: ['cases'],
          parameters: [idParam],
          summary: 'Read the current version (ETag = version)',
          responses: { '200': json(stored), ...errors(401, 404) },
        },
        put: {
          tags: ['cases'],
          parameters: [idParam, ifMatch],
          summary: 'Save a new version (clinician); 409 with the current case when If-Match is stale',
          requestBody: body(caseRef),
          responses: { '200': json(stored), ...errors(400, 401, 403, 404, 409, 422, 428) },
        },
        delete: {
          tags: ['cases'],
          parameters: [idParam, ifMatch],
          summary: 'Delete (kept as a final version)',
          responses: { '204': { description: 'deleted' }, ...errors(403, 404, 409, 428) },
        },
      },
      '/api/cases/{id}/history': {
        get: {
          tags: ['cases'],
          parameters: [idParam],
          summary: 'Every version: who, when, which fields changed',
          responses: { '200': json(obj), ...errors(404) },
        },
      },
      '/api/cases/{id}/versions/{version}': {
        get: {
          tags: ['cases'],
          parameters: [idParam, { name: 'version', in: 'path', required: true, schema: { type: 'integer' } }],
          summary: 'Read an earlier version',
          responses: { '200': json(stored), ...errors(404, 422) },
        },
      },
      '/api/cases/{id}/assess': {
        post: {
          tags: ['assessment'],
          parameters: [idParam],
          summary: 'Assess the current version and store the result',
          responses: { '201': json(obj), ...errors(403, 404) },
        },
      },
      '/api/cases/{id}/assessments': {
        get: {
          tags: ['assessment'],
          parameters: [idParam],
          summary: 'Stored assessments with engine and case version',
          responses: { '200': json(obj) },
        },
      },
      '/api/assess': {
        post: {
          tags: ['assessment'],
          summary: 'Assess a posted case (not stored). Each top-level key of the report is a section.',
          parameters: [
            { name: 'asOf', in: 'query', schema: { type: 'string', format: 'date' } },
            {
              name: 'prior',
              in: 'query',
              description: `pre-test probability of cancer for the probability model (${PRETEST_RANGE.min}–${PRETEST_RANGE.max}; default ${DEFAULT_PRETEST})`,
              schema: { type: 'number', minimum: PRETEST_RANGE.min, maximum: PRETEST_RANGE.max },
            },
            {
              name: 'strict',
              in: 'query',
              description:
                'true: validation warnings (unknown finding ids, inconsistent dates) are errors (422)',
              schema: { type: 'boolean' },
            },
            {
              name: 'headlines',
              in: 'query',
              description:
                'true: add `headlines`, each computed section in one line (code, reachable codes, score and probability with their ranges)',
              schema: { type: 'string', enum: ['true', 'false'] },
            },
          ],
          requestBody: body(caseRef),
          responses: { '200': json(obj, 'the assessment report'), ...errors(400, 401, 413, 415, 422) },
        },
      },
      '/api/calc': {
        get: {
          tags: ['calculators'],
          summary: 'Every calculator with its inputs',
          responses: { '200': json(obj) },
        },
      },
      ...calcPaths,
      '/api/extract': {
        post: {
          tags: ['assessment'],
          summary: 'Extract a draft case from a clinical narrative (501 when extraction is not installed)',
          requestBody: body({ type: 'object', properties: { text: { type: 'string' } } }),
          responses: { '200': json(obj), ...errors(422, 501) },
        },
      },
      '/api/capabilities': {
        get: {
          tags: ['operations'],
          summary: 'Optional features available on this server',
          responses: { '200': json(obj) },
        },
      },
    },
    components: {
      securitySchemes: {
        bearer: { type: 'http', scheme: 'bearer', description: 'API token (hlt_…)' },
        session: { type: 'apiKey', in: 'cookie', name: 'heliotrope_session' },
      },
      schemas: {
        Case: z.toJSONSchema(CaseSchema, { io: 'input', unrepresentable: 'any' }),
        StoredCase: {
          type: 'object',
          properties: {
            id: { type: 'string' },
            version: { type: 'integer' },
            title: { type: 'string' },
            summary: obj,
            data: caseRef,
            createdAt: { type: 'string' },
            createdBy: { type: 'string' },
            updatedAt: { type: 'string' },
            updatedBy: { type: 'string' },
          },
        },
        User: {
          type: 'object',
          properties: {
            id: { type: 'string' },
            username: { type: 'string' },
            role: { enum: ['viewer', 'clinician', 'admin'] },
            disabled: { type: 'boolean' },
            createdAt: { type: 'string' },
          },
        },
        Problem: {
          type: 'object',
          required: ['type', 'title', 'status'],
          properties: {
            type: { type: 'string' },
            title: { type: 'string' },
            status: { type: 'integer' },
            detail: { type: 'string' },
            instance: { type: 'string' },
            issues: {
              type: 'array',
              items: {
                type: 'object',
                properties: {
                  path: { type: 'string' },
                  code: { type: 'string' },
                  message: { type: 'string' },
                  line: { type: 'integer' },
                  column: { type: 'integer' },
                },
              },
            },
          },
        },
      },
    },
  };
}

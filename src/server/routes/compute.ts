/**
 * Stateless computation: assess a posted case, list and run calculators, extract a draft case from a
 * narrative. Nothing is stored (the audit log records that it happened, never the content).
 * @module
 */
import { createRoute } from '@hono/zod-openapi';
import { assessCase } from '../../assess/assess.js';
import { reportHeadlines } from '../../assess/headlines.js';
import { pretestIssues } from '../../cancer/probability/probability.js';
import { calculators, findCalculator } from '../../sets/registry.js';
import { evaluateRaw } from '../../calc/run.js';
import { planMerge } from '../../case/merge.js';
import { mergeImpact } from '../../assess/merge-impact.js';
import { validateCase } from '../../case/validate.js';
import { isPlausibleIsoDay } from '../../core/dates.js';
import { HeliotropeError, InputError, issue } from '../../core/issues.js';
import type { InputDef } from '../../engine/inputs.js';
import { assessOptions, type RouteGroup } from '../context.js';
import {
  caseBody,
  jsonBodyOf,
  jsonBytes,
  jsonResponse,
  objectResponse,
  problemOf,
  recordOk,
  secured,
  withWarnings,
  zodBody,
} from '../http.js';
import { HttpProblem } from '../problem.js';
import {
  FHIR_INPUT_SCHEMA,
  fhirAssessmentResponse,
  importFhirBody,
  wantsFhir,
  withFhirImport,
} from './fhir.js';
import { AssessQuery, CalculatorListResponse, ExtractBody, ExtractResponse, IdParam } from '../schemas.js';

/** The JSON Schema of one calculator item, from its input definition (what the calculator accepts). */
function inputSchema(d: InputDef): Record<string, unknown> {
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

/** Every evidence span in an extracted case, with the path of the record it supports. */
export function collectSpans(doc: unknown): { path: string; start: number; end: number; text: string }[] {
  const out: { path: string; start: number; end: number; text: string }[] = [];
  const visit = (v: unknown, path: string) => {
    if (v === null || typeof v !== 'object') return;
    if (Array.isArray(v)) {
      v.forEach((x, i) => visit(x, `${path}[${i}]`));
      return;
    }
    const rec = v as Record<string, unknown>;
    if (Array.isArray(rec.evidence)) {
      for (const ev of rec.evidence as { spans?: { start: number; end: number; text: string }[] }[]) {
        for (const s of ev?.spans ?? [])
          if (typeof s?.start === 'number' && typeof s.end === 'number')
            out.push({ path, start: s.start, end: s.end, text: String(s.text ?? '') });
      }
    }
    for (const [k, x] of Object.entries(rec)) if (k !== 'evidence') visit(x, path ? `${path}.${k}` : k);
  };
  visit(doc, '');
  return out.sort((a, b) => a.start - b.start);
}

/** The computation routes. */
export const computeRoutes: RouteGroup = {
  name: 'compute',
  register(app, ctx) {
    app.openapi(
      secured(
        ctx,
        { role: 'viewer', audit: { action: 'assess.adhoc', resource: 'case' } },
        createRoute({
          method: 'post',
          path: '/api/assess',
          tags: ['assessment'],
          summary:
            'Assess a posted case, or FHIR R4 input (a Bundle, a Patient, an array of resources; imported first, its notes under `fhirImport`); not stored. Each top-level key of the report is a section; `warnings` when validation has any. With ?format=fhir or Accept: application/fhir+json the answer is a FHIR R4 Bundle (docs/fhir.md).',
          request: {
            query: AssessQuery,
            body: {
              ...caseBody,
              content: { ...caseBody.content, 'application/fhir+json': { schema: FHIR_INPUT_SCHEMA } },
            },
          },
          responses: {
            200: {
              description:
                'the assessment report: one top-level key per section, then `warnings` when the case has any; or a FHIR R4 Bundle',
              content: {
                'application/json': { schema: { type: 'object' as const } },
                'application/fhir+json': { schema: { type: 'object' as const } },
              },
            },
          },
        }),
        { fhirBody: 'media-type', beforeCase: importFhirBody },
      ),
      async (c) => {
        const { asOf, prior, headlines } = c.req.valid('query');
        if (asOf !== undefined && !isPlausibleIsoDay(asOf))
          throw new InputError('asOf is not a date', [
            issue('value', 'asOf', 'expected YYYY-MM-DD, years 1900–2100'),
          ]);
        let cancerPretest: number | undefined;
        if (prior !== undefined) {
          cancerPretest = /^\s*\d*\.?\d+\s*$/.test(prior) ? Number(prior) : Number.NaN;
          const bad = pretestIssues(cancerPretest, 'prior');
          if (bad.length) throw new InputError('prior is not a usable pre-test probability', bad);
        }
        const v = c.get('caseInput');
        const result = assessCase(v.case, {
          ...assessOptions(ctx, asOf ?? ctx.today()),
          ...(cancerPretest !== undefined ? { cancerPretest } : {}),
        });
        const fhir = c.get('fhirImport');
        await recordOk(ctx, c, fhir ? { detail: { input: 'fhir' } } : {});
        if (wantsFhir(c)) return fhirAssessmentResponse(c, result, fhir);
        const body = withFhirImport(withWarnings(result, [...v.warnings, ...(result.warnings ?? [])]), fhir);
        // Opt-in: each section's headline (codes and numbers), for interfaces that list results in one line.
        return jsonBytes(c, headlines === 'true' ? { ...body, headlines: reportHeadlines(result) } : body);
      },
    );

    app.openapi(
      secured(
        ctx,
        { role: 'viewer', audit: { action: 'calc.list', resource: 'calculator' } },
        createRoute({
          method: 'get',
          path: '/api/calc',
          tags: ['calculators'],
          summary: 'Every calculator with its inputs',
          responses: { 200: jsonResponse(CalculatorListResponse) },
        }),
      ),
      (c) =>
        c.json(
          {
            items: calculators.map((k) => ({
              id: k.id,
              title: k.title,
              citation: { ...k.citations[0] },
              // A document calculator has no items: listed with none, and the document it takes.
              inputs: k.calculator.kind === 'items' ? k.calculator.inputs.map((i) => ({ ...i })) : [],
              ...(k.calculator.kind === 'document'
                ? { documentInput: { description: k.calculator.description } }
                : {}),
            })),
          },
          200,
        ),
    );

    app.openapi(
      secured(
        ctx,
        { role: 'viewer', audit: { action: 'calc.run', resource: 'calculator', idParam: 'id' } },
        createRoute({
          method: 'post',
          path: '/api/calc/{id}',
          tags: ['calculators'],
          summary: 'Run a calculator on item values (each calculator is also listed under its own path)',
          request: {
            params: IdParam,
            body: jsonBodyOf({ type: 'object' }, '{"item-id": value, …}; items not given are unknown'),
          },
          responses: {
            200: objectResponse('the calculator result'),
            404: problemOf('no such calculator'),
          },
        }),
      ),
      async (c) => {
        const { id } = c.req.valid('param');
        const calc = findCalculator(id);
        if (!calc)
          throw new HeliotropeError('not-found', `no calculator "${id}"`, [
            issue('not-found', 'id', `known: ${calculators.map((k) => k.id).join(', ')}`),
          ]);
        const body = c.get('body');
        if (calc.calculator.kind === 'document') {
          await calc.calculator.load?.();
          return c.json(calc.calculator.evaluate(body) as object);
        }
        if (body === null || typeof body !== 'object' || Array.isArray(body))
          throw new InputError('expected a JSON object of item values', [
            issue('structure', '', 'expected {"item-id": value, …}'),
          ]);
        const r = evaluateRaw(calc.calculator, body as Record<string, unknown>);
        if (!r.ok) throw new InputError(`invalid input for ${calc.id}`, r.issues);
        return c.json(r.result as object);
      },
    );

    // Each calculator's own path, with its items as the body schema (described, served by /api/calc/{id}).
    for (const k of calculators) {
      const calc = k.calculator;
      app.openAPIRegistry.registerPath({
        method: 'post',
        path: `/api/calc/${k.id}`,
        tags: ['calculators'],
        summary: k.title,
        description: `Source: ${k.citations[0].label}${k.citations[0].doi ? ` (doi:${k.citations[0].doi})` : ''}. Items not given are unknown.`,
        request: {
          body:
            calc.kind === 'document'
              ? jsonBodyOf({ type: 'object' }, calc.description)
              : jsonBodyOf({
                  type: 'object',
                  additionalProperties: false,
                  properties: Object.fromEntries(calc.inputs.map((d) => [d.id, inputSchema(d)])),
                }),
        },
        responses: {
          200: objectResponse('the calculator result'),
          400: problemOf('the body is not JSON'),
          401: problemOf('not logged in'),
          413: problemOf('the body is too large'),
          415: problemOf('the body is not application/json'),
          422: problemOf('invalid items (each with its id as path)'),
        },
      });
    }

    app.openapi(
      secured(
        ctx,
        { role: 'viewer', audit: { action: 'extract', resource: 'case' } },
        createRoute({
          method: 'post',
          path: '/api/extract',
          tags: ['assessment'],
          summary: 'Extract a draft case from a clinical narrative (501 when extraction is not installed)',
          request: { body: zodBody(ExtractBody) },
          responses: {
            200: jsonResponse(
              ExtractResponse,
              'the draft case, its validation issues and the evidence spans',
            ),
            501: problemOf('narrative extraction is not available on this server'),
          },
        }),
      ),
      async (c) => {
        if (!ctx.extract)
          throw new HttpProblem('not-implemented', 'narrative extraction is not available on this server');
        const { text, base } = c.req.valid('json');
        const out = await ctx.extract(text);
        const v = validateCase(out.case);
        const draft = (v.case ?? out.case) as Record<string, unknown>;
        // Merging into a case: the plan of what would change, and which changes move a headline.
        let merge;
        if (base) {
          const plan = planMerge(base, draft);
          const impact = mergeImpact(base, plan, assessOptions(ctx, ctx.today()));
          merge = {
            changes: plan.changes.map((ch) => (impact[ch.id] ? { ...ch, impact: impact[ch.id] } : ch)),
          };
        }
        await recordOk(ctx, c, {
          detail: { chars: text.length, ...(merge ? { merge: merge.changes.length } : {}) },
        });
        return c.json(
          {
            case: draft,
            valid: Boolean(v.case),
            issues: v.issues,
            warnings: out.warnings ?? [],
            highlights: collectSpans(out.case),
            ...(merge ? { merge } : {}),
          },
          200,
        );
      },
    );
  },
};

/**
 * Validation of CDS Hooks requests and feedback against the 2.0 specification: every field at fault is
 * reported with its path (`context.patientId`, `fhirAuthorization.access_token`). Pure.
 * @see {@link https://cds-hooks.hl7.org/2.0/#http-request_1 | CDS Hooks 2.0, calling a CDS Service}
 * @module
 */
import { z } from 'zod';
import { InputError, issue, type Issue } from '../core/issues.js';
import type { CdsFeedback, CdsRequest, CdsServiceDefinition } from './types.js';

const nonEmpty = z.string().min(1);
const absoluteUrl = z.string().refine((s) => {
  try {
    const u = new URL(s);
    return u.protocol === 'https:' || u.protocol === 'http:';
  } catch {
    return false;
  }
}, 'expected an absolute http(s) URL');

const FhirAuthorizationSchema = z.object({
  access_token: nonEmpty,
  token_type: z.string().refine((t) => t.toLowerCase() === 'bearer', 'token_type must be "Bearer"'),
  expires_in: z.number().int().nonnegative(),
  scope: nonEmpty,
  subject: nonEmpty,
});

const CodingSchema = z.object({
  system: z.string().optional(),
  code: nonEmpty,
  display: z.string().optional(),
});

const RequestSchema = z.object({
  hook: nonEmpty,
  hookInstance: nonEmpty.max(200),
  fhirServer: absoluteUrl.optional(),
  fhirAuthorization: FhirAuthorizationSchema.optional(),
  context: z.record(z.string(), z.unknown()),
  prefetch: z.record(z.string(), z.unknown()).optional(),
  extension: z.record(z.string(), z.unknown()).optional(),
});

const FeedbackSchema = z.object({
  feedback: z
    .array(
      z
        .object({
          card: nonEmpty.max(200),
          outcome: z.enum(['accepted', 'overridden']),
          acceptedSuggestions: z.array(z.object({ id: nonEmpty.max(200) })).optional(),
          overrideReason: z
            .object({ reason: CodingSchema.optional(), userComment: z.string().max(2000).optional() })
            .optional(),
          outcomeTimestamp: z.iso.datetime({ offset: true }),
        })
        .superRefine((f, ctx) => {
          if (f.outcome === 'accepted' && !f.acceptedSuggestions?.length)
            ctx.addIssue({
              code: 'custom',
              path: ['acceptedSuggestions'],
              message: 'acceptedSuggestions is required when the outcome is "accepted"',
            });
        }),
    )
    .min(1)
    .max(100),
});

const path = (p: readonly PropertyKey[]) =>
  p.map((x, i) => (typeof x === 'number' ? `[${x}]` : `${i ? '.' : ''}${String(x)}`)).join('');

function zodIssues(error: z.ZodError | undefined): Issue[] {
  return (error?.issues ?? []).map((i) =>
    issue(i.code === 'invalid_type' && i.input === undefined ? 'required' : 'value', path(i.path), i.message),
  );
}

function fail(what: string, issues: Issue[]): never {
  throw new InputError(`the ${what} does not follow CDS Hooks 2.0`, issues);
}

/**
 * Validates a service call for a service: the CDS Hooks fields, the hook, and the context fields the
 * hook requires (`patientId`; for `order-select` also `selections` and `draftOrders`).
 * @param body - the parsed request body
 * @param service - the service called
 * @throws InputError naming every field at fault
 */
export function parseCdsRequest(body: unknown, service: CdsServiceDefinition): CdsRequest {
  const r = RequestSchema.safeParse(body);
  const problems = zodIssues(r.error);
  // cds-r-1: fhirAuthorization needs a fhirServer to use it on.
  const raw = body as { fhirAuthorization?: unknown; fhirServer?: unknown } | null;
  if (raw && typeof raw === 'object' && raw.fhirAuthorization !== undefined && raw.fhirServer === undefined)
    problems.push(issue('required', 'fhirServer', 'fhirServer is required when fhirAuthorization is given'));
  if (!r.success) fail('request', problems);
  const req = r.data as CdsRequest;
  if (req.hook !== service.hook)
    problems.push(
      issue('value', 'hook', `service ${service.id} answers "${service.hook}", not "${req.hook}"`),
    );
  if (typeof req.context.patientId !== 'string' || !req.context.patientId)
    problems.push(
      issue('required', 'context.patientId', 'context.patientId is required (the patient in context)'),
    );
  if (service.hook === 'order-select') {
    const sel = req.context.selections;
    if (!Array.isArray(sel) || !sel.every((x) => typeof x === 'string'))
      problems.push(
        issue('required', 'context.selections', 'context.selections must list the selected orders'),
      );
    const draft = req.context.draftOrders as { resourceType?: unknown } | undefined;
    if (!draft || typeof draft !== 'object' || draft.resourceType !== 'Bundle')
      problems.push(issue('required', 'context.draftOrders', 'context.draftOrders must be a FHIR Bundle'));
  }
  if (problems.length) fail('request', problems);
  return req;
}

/**
 * Validates a feedback call.
 * @param body - the parsed request body
 * @throws InputError naming every field at fault
 */
export function parseCdsFeedback(body: unknown): CdsFeedback {
  const r = FeedbackSchema.safeParse(body);
  if (!r.success) fail('feedback', zodIssues(r.error));
  return r.data;
}

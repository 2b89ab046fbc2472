/**
 * The route groups, one per resource, in the order they are registered. Adding a group (e.g. FHIR)
 * is one file under this folder exporting a {@link RouteGroup}, and one line in this list.
 * @module
 */
import type { RouteGroup } from '../context.js';
import { auditRoutes } from './audit.js';
import { authRoutes } from './auth.js';
import { caseAssessmentRoutes } from './case-assessments.js';
import { caseVersionRoutes } from './case-versions.js';
import { caseRoutes } from './cases.js';
import { cdsHooksRoutes } from './cds-hooks.js';
import { computeRoutes } from './compute.js';
import { fhirRoutes } from './fhir.js';
import { opsRoutes } from './ops.js';
import { populationRoutes } from './population.js';
import { userRoutes } from './users.js';

/** The API's route groups (the web application's static files are served after them). */
export const routeGroups: readonly RouteGroup[] = [
  opsRoutes,
  authRoutes,
  userRoutes,
  auditRoutes,
  caseRoutes,
  caseVersionRoutes,
  caseAssessmentRoutes,
  computeRoutes,
  fhirRoutes,
  cdsHooksRoutes,
  populationRoutes,
];

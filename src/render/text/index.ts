/**
 * Text renderers, keyed by calculator id and by assessment section key. Wording lives here, never in
 * the engine's results.
 * @module
 */
import type { BohanPeterResult } from '../../criteria/bohan-peter-1975/evaluate.js';
import type { EularResult } from '../../criteria/eular-acr-2017/evaluate.js';
import { renderBohanPeter, renderEular } from './criteria.js';
import type { MonitoringResult } from '../../monitoring/index.js';
import type { RecistResult } from '../../monitoring/recist/evaluate.js';
import type { TisResult } from '../../monitoring/tis-2016/evaluate.js';
import { renderMonitoring, renderRecist, renderTis } from './monitoring.js';

/** A text renderer for one result shape. */
export type TextRenderer = (result: never) => string;

/** Renderers by calculator id. */
export const calcRenderers: Record<string, (result: unknown) => string> = {
  'eular-acr-2017': (r) => renderEular(r as EularResult),
  'bohan-peter-1975': (r) => renderBohanPeter(r as BohanPeterResult),
  'recist-1.1': (r) => renderRecist(r as RecistResult),
  'tis-2016': (r) => renderTis(r as TisResult),
};

/** Renderers by assessment section key. */
export const sectionRenderers: Record<string, (result: unknown) => string> = {
  eularAcr2017: (r) => renderEular(r as EularResult),
  bohanPeter1975: (r) => renderBohanPeter(r as BohanPeterResult),
  monitoring: (r) => renderMonitoring(r as MonitoringResult),
};

export { formatIssues, mark, pct, num1 } from './format.js';
export { categoryWords, subgroupWords, renderEular, renderBohanPeter } from './criteria.js';

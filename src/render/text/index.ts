/**
 * Text renderers, keyed by calculator id and by assessment section key. Wording lives here, never in
 * the engine's results.
 * @module
 */
import type { BohanPeterResult } from '../../criteria/bohan-peter-1975/evaluate.js';
import type { EularResult } from '../../criteria/eular-acr-2017/evaluate.js';
import { renderBohanPeter, renderEular } from './criteria.js';
import type { ImacsSection } from '../../cancer/from-case.js';
import type { ImacsResult } from '../../cancer/imacs-2023/evaluate.js';
import type { Pns2004Result } from '../../cancer/pns-2004/evaluate.js';
import type { PnsCareResult } from '../../cancer/pns-care-2021/evaluate.js';
import type { CancerProbabilityResult } from '../../cancer/probability.js';
import type { CancerAssociationResult } from '../../cancer/timing.js';
import {
  renderCancerAssociation,
  renderCancerProbability,
  renderImacs,
  renderImacsSection,
  renderPns2004,
  renderPnsCare,
} from './cancer.js';
import type { MonitoringResult } from '../../monitoring/index.js';
import type { RecistResult } from '../../monitoring/recist/evaluate.js';
import type { TisResult } from '../../monitoring/tis-2016/evaluate.js';
import { renderMonitoring, renderRecist, renderTis } from './monitoring.js';
import type { DosingResult } from '../../monitoring/dosing-calculator.js';
import { renderDosing } from './dosing.js';

/** A text renderer for one result shape. */
export type TextRenderer = (result: never) => string;

/** Renderers by calculator id. */
export const calcRenderers: Record<string, (result: unknown) => string> = {
  'eular-acr-2017': (r) => renderEular(r as EularResult),
  'bohan-peter-1975': (r) => renderBohanPeter(r as BohanPeterResult),
  'imacs-2023': (r) => renderImacs(r as ImacsResult),
  'pns-2004': (r) => renderPns2004(r as Pns2004Result),
  'pns-care-2021': (r) => renderPnsCare(r as PnsCareResult),
  'recist-1.1': (r) => renderRecist(r as RecistResult),
  'tis-2016': (r) => renderTis(r as TisResult),
  dosing: (r) => renderDosing(r as DosingResult),
};

/** Renderers by assessment section key. */
export const sectionRenderers: Record<string, (result: unknown) => string> = {
  eularAcr2017: (r) => renderEular(r as EularResult),
  bohanPeter1975: (r) => renderBohanPeter(r as BohanPeterResult),
  cancerAssociation: (r) => renderCancerAssociation(r as CancerAssociationResult),
  pns2004: (r) => renderPns2004(r as Pns2004Result),
  pnsCare2021: (r) => renderPnsCare(r as PnsCareResult),
  imacs2023: (r) => renderImacsSection(r as ImacsSection),
  cancerProbability: (r) => renderCancerProbability(r as CancerProbabilityResult),
  monitoring: (r) => renderMonitoring(r as MonitoringResult),
};

export { formatIssues, mark, pct, num1 } from './format.js';
export { categoryWords, subgroupWords, renderEular, renderBohanPeter } from './criteria.js';

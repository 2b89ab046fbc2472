/**
 * The calculator contract (defined beside the criteria engine, re-exported here for interfaces).
 * @module
 */
export type { Calculator, ReportSection, SectionContext } from '../criteria/engine/calculator.js';

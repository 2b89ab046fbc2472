/**
 * What changed between two versions of a case, as field paths (never values: values are patient data and
 * stay in the versions themselves). The diff itself lives in `core/json-diff.ts` (the web application uses
 * it too, to show what restoring a version would change).
 * @module
 */
export { diffPaths, type Change } from '../core/json-diff.js';

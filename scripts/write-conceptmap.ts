/**
 * Prints the FHIR import mapping as a ConceptMap (JSON), or with --markdown the table for docs/fhir.md.
 * @module
 */
import { mappingConceptMap, mappingMarkdown } from '../src/fhir/export/concept-map.js';

process.stdout.write(
  process.argv.includes('--markdown')
    ? `${mappingMarkdown()}\n`
    : `${JSON.stringify(mappingConceptMap({ includeHeliotrope: process.argv.includes('--all') }), null, 2)}\n`,
);

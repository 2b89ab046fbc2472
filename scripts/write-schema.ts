/**
 * Writes schema/case.schema.json from the zod case schema (`npm run schema`).
 * @module
 */
import { writeFileSync } from 'node:fs';
import { caseJsonSchema } from '../src/case/json-schema.js';

writeFileSync(
  new URL('../schema/case.schema.json', import.meta.url),
  `${JSON.stringify(caseJsonSchema(), null, 2)}\n`,
);
process.stdout.write('wrote schema/case.schema.json\n');

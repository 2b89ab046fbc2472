/**
 * `heliotrope import <file|->`: a case from FHIR R4 JSON (a Bundle, a Patient, or an array of resources).
 * Prints the case with where each fact came from, and the issues; exit 2 when the input has errors
 * (the case is still printed from what could be read).
 * @module
 */
import type { Command } from 'commander';
import { decodeUtf8Strict } from '../../core/utf8.js';
import { importFhir, parseFhirJson } from '../../fhir/import/index.js';
import { fhirIssueText, renderImport } from '../../render/text/fhir.js';
import { ENGINE_VERSION } from '../../version.js';
import { EXIT } from '../exit-codes.js';
import type { CliIo } from '../io.js';

/** Registers `import`. */
export function registerImport(program: Command, io: CliIo, setExit: (code: number) => void): void {
  program
    .command('import')
    .description(
      'import a case from FHIR R4 JSON (a Bundle, a Patient or an array of resources; - for stdin)',
    )
    .argument('<file>', 'FHIR R4 JSON file, or - for standard input')
    .option('--json', 'print the import document (case, issues, provenance) as JSON')
    .action(async (file: string, opts: { json?: boolean }) => {
      // Structured input: invalid UTF-8 is refused with its byte offset, as for case JSON.
      const text = decodeUtf8Strict(await io.readBytes(file), file);
      const result = importFhir(parseFhirJson(text, file));
      const errors = result.issues.filter((i) => i.severity === 'error');
      if (opts.json)
        io.stdout(
          `${JSON.stringify({ engine: { name: 'heliotrope', version: ENGINE_VERSION }, ...result }, null, 2)}\n`,
        );
      else {
        for (const i of errors) io.stderr(`${fhirIssueText(i)}\n`);
        io.stdout(`${renderImport(result)}\n`);
      }
      setExit(errors.length ? EXIT.input : EXIT.ok);
    });
}

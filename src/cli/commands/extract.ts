/**
 * `heliotrope extract <file|->`: a structured case from a narrative (plain UTF-8 text, .txt/.md).
 * @module
 */
import type { Command } from 'commander';
import { decodeUtf8, extractCase } from '../../extract/extract.js';
import { extractionWarningText, renderExtraction } from '../../render/text/extraction.js';
import { ENGINE_VERSION } from '../../version.js';
import { EXIT } from '../exit-codes.js';
import type { CliIo } from '../io.js';

/** Registers `extract`. */
export function registerExtract(program: Command, io: CliIo, setExit: (code: number) => void): void {
  program
    .command('extract')
    .description(
      'extract a structured case (with evidence spans) from a narrative text file (or - for stdin)',
    )
    .argument('<file>', 'narrative text file (.txt, .md) or - for standard input')
    .option('--json', 'print the full extraction document as JSON')
    .action(async (file: string, opts: { json?: boolean }) => {
      const bytes = await io.readBytes(file);
      const { text, invalid } = decodeUtf8(bytes);
      const result = extractCase(text, { invalidUtf8: invalid });
      for (const w of result.warnings) io.stderr(`warning: ${extractionWarningText(w)}\n`);
      if (opts.json)
        io.stdout(
          `${JSON.stringify({ engine: { name: 'heliotrope', version: ENGINE_VERSION }, ...result }, null, 2)}\n`,
        );
      else io.stdout(`${renderExtraction(result)}\n`);
      setExit(EXIT.ok);
    });
}

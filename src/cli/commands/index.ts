/**
 * The command registry: one row per verb, each loaded only when it runs (or when the help lists every verb), so
 * that a short command does not load the server, the extraction lexicon or the FHIR importer.
 * @module
 */
import type { Command } from 'commander';
import type { CliIo } from '../io.js';

/** Registers a verb on the program. */
export type RegisterCommand = (program: Command, io: CliIo, setExit: (code: number) => void) => void;

/** A verb: its name on the command line and how to load its module. */
export interface CommandEntry {
  name: string;
  load(): Promise<RegisterCommand>;
}

/** Every verb, in help order. */
export const commands: readonly CommandEntry[] = [
  { name: 'calc', load: async () => (await import('./calc.js')).registerCalc },
  { name: 'assess', load: async () => (await import('./assess.js')).registerAssess },
  { name: 'report', load: async () => (await import('./report.js')).registerReport },
  { name: 'extract', load: async () => (await import('./extract.js')).registerExtract },
  { name: 'import', load: async () => (await import('./import.js')).registerImport },
  { name: 'bulk', load: async () => (await import('./bulk.js')).registerBulk },
  { name: 'worker', load: async () => (await import('./worker.js')).registerWorker },
  { name: 'serve', load: async () => (await import('./serve.js')).registerServe },
  { name: 'admin', load: async () => (await import('./admin.js')).registerAdmin },
];

/**
 * The verbs to load for a command line: the one named first, else (help, version, a mistake) every verb.
 * @param argv - arguments after the program name
 */
export function commandsFor(argv: readonly string[]): readonly CommandEntry[] {
  const first = argv[0];
  const named = commands.find((c) => c.name === first);
  return named ? [named] : commands;
}

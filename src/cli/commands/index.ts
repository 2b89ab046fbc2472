/**
 * The command registry: one row per verb.
 * @module
 */
import type { Command } from 'commander';
import type { CliIo } from '../io.js';
import { registerAdmin } from './admin.js';
import { registerAssess } from './assess.js';
import { registerBulk } from './bulk.js';
import { registerCalc } from './calc.js';
import { registerExtract } from './extract.js';
import { registerImport } from './import.js';
import { registerReport } from './report.js';
import { registerServe } from './serve.js';

/** Registers a verb on the program. */
export type RegisterCommand = (program: Command, io: CliIo, setExit: (code: number) => void) => void;

/** Every verb, in help order. */
export const commands: readonly RegisterCommand[] = [
  registerCalc,
  registerAssess,
  registerReport,
  registerExtract,
  registerImport,
  registerBulk,
  registerServe,
  registerAdmin,
];

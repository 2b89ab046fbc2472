/**
 * The `heliotrope` command line.
 * @module
 */
import { Command, CommanderError } from 'commander';
import { isHeliotropeError } from '../core/issues.js';
import { formatIssues } from '../render/text/format.js';
import { errorText } from '../render/wording/messages.js';
import { ENGINE_VERSION } from '../version.js';
import { commandsFor } from './commands/index.js';
import { EXIT, exitCodeFor, isOutputClosed } from './exit-codes.js';
import { fileError, processIo, type CliIo } from './io.js';

/**
 * Runs the CLI and returns the exit code; never throws for user mistakes and never prints a stack trace
 * for them.
 * @param argv - arguments after the program name
 * @param io - input/output (defaults to the process)
 */
export async function runCli(argv: readonly string[], io: CliIo = processIo): Promise<number> {
  let exit: number = EXIT.ok;
  const program = new Command()
    .name('heliotrope')
    .description('Clinical decision support for dermatomyositis and cancer-associated myositis')
    .version(ENGINE_VERSION)
    .exitOverride()
    .showHelpAfterError('(run with --help for usage)')
    .configureOutput({ writeOut: (s) => io.stdout(s), writeErr: (s) => io.stderr(s) });
  program.on('command:*', (ops: string[]) => {
    throw new CommanderError(EXIT.input, 'heliotrope.unknownCommand', `unknown command "${ops[0] ?? ''}"`);
  });
  try {
    // Only the verb that runs is loaded (every verb for the help and for a mistake). Loading can fail on a
    // configuration read when a module loads (HELIOTROPE_FHIR_BASE): reported like any input error.
    const registers = await Promise.all(commandsFor(argv).map((c) => c.load()));
    for (const register of registers) register(program, io, (c) => (exit = c));
    for (const sub of program.commands) {
      sub.exitOverride();
      for (const s of sub.commands) s.exitOverride();
    }
    await program.parseAsync([...argv], { from: 'user' });
    return exit;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (
        e.code === 'commander.helpDisplayed' ||
        e.code === 'commander.version' ||
        e.code === 'commander.help'
      )
        return EXIT.ok;
      if (e.code === 'heliotrope.unknownCommand') io.stderr(`heliotrope: ${e.message}\n`);
      return EXIT.input;
    }
    if (isOutputClosed(e)) return exitCodeFor(e);
    // A file-system error from an interface that does not name its paths (process I/O does).
    const err = isHeliotropeError(e)
      ? e
      : fileError(e, (e as { path?: unknown } | null)?.path?.toString() ?? 'the file', 'read');
    if (isHeliotropeError(err)) {
      io.stderr(`heliotrope: ${errorText(err)}\n${err.issues.length ? `${formatIssues(err.issues)}\n` : ''}`);
      return exitCodeFor(err);
    }
    io.stderr(
      `heliotrope: internal error: ${e instanceof Error ? e.message : String(e)}\nPlease report this with the command you ran (not the patient data).\n`,
    );
    return EXIT.internal;
  }
}

/**
 * The `heliotrope` command line.
 * @module
 */
import { Command, CommanderError } from 'commander';
import { isHeliotropeError } from '../core/issues.js';
import { formatIssues } from '../render/text/format.js';
import { ENGINE_VERSION } from '../version.js';
import { commandsFor } from './commands/index.js';
import { EXIT, exitCodeFor } from './exit-codes.js';
import { processIo, type CliIo } from './io.js';

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
  // Only the verb that runs is loaded (every verb for the help and for a mistake).
  const registers = await Promise.all(commandsFor(argv).map((c) => c.load()));
  for (const register of registers) register(program, io, (c) => (exit = c));
  for (const sub of program.commands) {
    sub.exitOverride();
    for (const s of sub.commands) s.exitOverride();
  }
  program.on('command:*', (ops: string[]) => {
    throw new CommanderError(EXIT.input, 'heliotrope.unknownCommand', `unknown command "${ops[0] ?? ''}"`);
  });
  try {
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
    if (isHeliotropeError(e)) {
      io.stderr(`heliotrope: ${e.message}\n${e.issues.length ? `${formatIssues(e.issues)}\n` : ''}`);
      return exitCodeFor(e);
    }
    const code = exitCodeFor(e);
    if (code === EXIT.input) {
      const err = e as { code?: string; path?: string };
      io.stderr(
        `heliotrope: cannot read ${err.path ?? 'the file'} (${err.code === 'ENOENT' ? 'no such file' : err.code === 'EISDIR' ? 'it is a directory' : 'permission denied'})\n`,
      );
      return code;
    }
    io.stderr(
      `heliotrope: internal error: ${e instanceof Error ? e.message : String(e)}\nPlease report this with the command you ran (not the patient data).\n`,
    );
    return EXIT.internal;
  }
}

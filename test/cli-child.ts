/**
 * Runs the CLI from the TypeScript sources in a child process (tests that need a real process: SIGKILL).
 * @module
 */
import { runCli } from '../src/cli/main.js';

process.exitCode = await runCli(process.argv.slice(2));

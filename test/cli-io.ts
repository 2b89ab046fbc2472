/**
 * An in-memory CliIo for running the CLI in tests without spawning.
 * @module
 */
import { readFile } from 'node:fs/promises';
import type { CliIo } from '../src/cli/io.js';
import { runCli } from '../src/cli/main.js';

/** Runs the CLI with optional stdin and virtual files; returns exit code and captured output. */
export async function cli(
  argv: string[],
  opts: { stdin?: string; files?: Record<string, string>; today?: string } = {},
): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const read = async (p: string): Promise<string> => {
    if (p === '-') return opts.stdin ?? '';
    if (opts.files && p in opts.files) return opts.files[p]!;
    return readFile(p, 'utf8');
  };
  const io: CliIo = {
    stdout: (t) => (out += t),
    stderr: (t) => (err += t),
    readText: read,
    readBytes: async (p) => new TextEncoder().encode(await read(p)),
    today: () => opts.today ?? '2026-11-21',
  };
  const code = await runCli(argv, io);
  return { code, out, err };
}

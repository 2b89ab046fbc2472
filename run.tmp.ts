import { runCli } from './src/cli/main.ts';
const code = await runCli(process.argv.slice(2));
process.exitCode = code;

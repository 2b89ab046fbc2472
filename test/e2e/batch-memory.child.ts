/**
 * Child process of batch-memory.test.ts: runs `heliotrope calc` on a batch file with the real process
 * I/O (file streamed from disk) but counts output lines instead of printing them, and reports the exit
 * code, the line count and the peak heap on standard error as one JSON line.
 */
import { processIo } from '../../src/cli/io.js';
import { runCli } from '../../src/cli/main.js';

let lines = 0;
let peak = 0;
const sample = () => (peak = Math.max(peak, process.memoryUsage().heapUsed));
const timer = setInterval(sample, 10);
const code = await runCli(process.argv.slice(2), {
  ...processIo,
  stdout: (t) => {
    for (let i = t.indexOf('\n'); i >= 0; i = t.indexOf('\n', i + 1)) lines++;
  },
  stderr: () => undefined,
});
clearInterval(timer);
sample();
process.stderr.write(`${JSON.stringify({ code, lines, peakHeapMb: Math.round(peak / 2 ** 20) })}\n`);

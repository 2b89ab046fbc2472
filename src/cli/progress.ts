/**
 * Progress of long CLI runs on standard error: a redrawn bar with rate and ETA on a terminal, plain lines
 * (every 10 % or 15 s) otherwise. Never writes to standard output.
 * @module
 */
import type { Progress } from '../bulk/run.js';

const units = (n: number, unit: 'bytes' | 'patients') =>
  unit === 'bytes'
    ? n >= 1e9
      ? `${(n / 1e9).toFixed(2)} GB`
      : `${(n / 1e6).toFixed(1)} MB`
    : n.toLocaleString('en');

const clock = (s: number) => {
  if (!Number.isFinite(s) || s < 0) return '--:--';
  const m = Math.floor(s / 60);
  const h = Math.floor(m / 60);
  const ss = String(Math.floor(s % 60)).padStart(2, '0');
  return h ? `${h}:${String(m % 60).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
};

/**
 * A progress reporter.
 * @param write - writes to standard error
 * @param tty - whether standard error is a terminal
 * @param now - milliseconds clock
 */
export function progressReporter(
  write: (s: string) => void,
  tty: boolean,
  now: () => number = () => performance.now(),
): Progress {
  let phase = '';
  let total = 0;
  let unit: 'bytes' | 'patients' = 'patients';
  let t0 = 0;
  let first = 0;
  let lastDraw = 0;
  let lastPct = -1;
  let done = 0;
  const line = () => {
    const el = (now() - t0) / 1000; // since the first update
    const rate = el > 0 ? (done - first) / el : 0;
    const pct = total ? Math.min(100, (done / total) * 100) : 100;
    const eta = rate > 0 ? (total - done) / rate : NaN;
    const rateText =
      unit === 'bytes' ? `${units(rate, 'bytes')}/s` : `${Math.round(rate).toLocaleString('en')}/s`;
    return {
      pct,
      text: `${phase.padEnd(9)} ${pct.toFixed(1).padStart(5)}% ${units(done, unit)}/${units(total, unit)} · ${rateText} · ETA ${clock(eta)}`,
    };
  };
  return {
    start(p, t, u) {
      phase = p;
      total = t;
      unit = u;
      t0 = now();
      lastDraw = 0;
      lastPct = -1;
      done = 0;
      first = -1;
    },
    update(d) {
      if (first < 0) {
        first = d;
        t0 = now();
      }
      done = d;
      const t = now();
      if (tty) {
        if (t - lastDraw < 100) return;
        lastDraw = t;
        const { pct, text } = line();
        const width = 24;
        const fill = Math.round((pct / 100) * width);
        write(`\r${'█'.repeat(fill)}${'░'.repeat(width - fill)} ${text}\x1b[K`);
      } else {
        const { pct, text } = line();
        const step = Math.floor(pct / 10);
        if (step > lastPct || t - lastDraw > 15000) {
          lastPct = step;
          lastDraw = t;
          write(`${text}\n`);
        }
      }
    },
    end() {
      const { text } = line();
      write(tty ? `\r${text}\x1b[K\n` : `${text} done\n`);
    },
  };
}

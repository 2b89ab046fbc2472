import { describe, expect, it } from 'vitest';
import { progressReporter } from './progress.js';

describe('progressReporter', () => {
  it('writes plain lines (every 10 %) when standard error is not a terminal', () => {
    let out = '';
    let t = 0;
    const p = progressReporter(
      (s) => (out += s),
      false,
      () => t,
    );
    p.start('assessing', 1000, 'patients');
    for (let d = 0; d <= 1000; d += 50) {
      t += 100;
      p.update(d);
    }
    p.end();
    const lines = out.trim().split('\n');
    expect(lines.length).toBeGreaterThanOrEqual(11);
    expect(lines.length).toBeLessThanOrEqual(13);
    expect(out).not.toContain('\r');
    expect(lines[lines.length - 1]).toMatch(/^assessing\s+100\.0% 1,000\/1,000 · 500\/s · ETA 0:00 done$/);
  });

  it('redraws one bar with rate and ETA on a terminal, at most ten times a second', () => {
    let out = '';
    let t = 0;
    const p = progressReporter(
      (s) => (out += s),
      true,
      () => t,
    );
    p.start('reading', 200e6, 'bytes');
    t = 1000;
    p.update(50e6);
    t = 1050;
    p.update(60e6);
    t = 2000;
    p.update(100e6);
    expect(out.split('\r').length - 1).toBe(2);
    expect(out).toContain('50.0% 100.0 MB/200.0 MB · 50.0 MB/s · ETA 0:02');
  });
});

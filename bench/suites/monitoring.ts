/**
 * Monitoring benchmark: the follow-up section (course, RECIST, TIS, alerts, concordance) and the SVG
 * timeline for the synthetic leiomyosarcoma course.
 * @module
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCase } from '../../dist/src/case/validate.js';
import { assessMonitoring } from '../../dist/src/monitoring/index.js';
import { renderTimelineSvg, timelineChartData } from '../../dist/src/render/svg/timeline.js';
import { measure } from '../harness.js';

/** Suite name (key in the output). */
export const name = 'monitoring';

/** Runs the suite. */
export async function run(): Promise<Record<string, unknown>> {
  const file = join(
    dirname(fileURLToPath(import.meta.url)),
    '..',
    '..',
    'src',
    'monitoring',
    '__fixtures__',
    'leiomyosarcoma-course.json',
  );
  const c = parseCase(JSON.parse(readFileSync(file, 'utf8')));
  const m = assessMonitoring(c);
  const a = measure(() => assessMonitoring(c), 1000);
  const s = measure(() => renderTimelineSvg(timelineChartData(c, m)), 1000);
  return {
    monitoringPerSecond: Math.round(a.opsPerSecond),
    svgTimelinesPerSecond: Math.round(s.opsPerSecond),
    visits: c.visits.length,
    tumourAssessments: c.tumourAssessments.length,
    svgBytes: renderTimelineSvg(timelineChartData(c, m)).length,
  };
}

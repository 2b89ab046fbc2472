/**
 * The HTML report of `heliotrope report`: the web's print view (web/src/report-document.tsx) rendered to a
 * string, so the file and the web's Report tab come from the same components. The build
 * (scripts/build-web.mjs, `buildReportView`) bundles those components with preact into
 * dist/report-view/; this module loads that bundle only when a report is written, so the CLI starts without
 * preact. From a source checkout (tests, `tsx`), it bundles them on first use into a temporary folder, which is
 * removed once the bundle is loaded.
 * @module
 */
import { readFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AssessmentReport } from '../assess/assess.js';
import { reportHeadlines } from '../assess/headlines.js';
import type { Case } from '../case/schema.js';
import type { Headline } from '../contract/set.js';
import { reportSections } from '../sets/registry.js';

/** What the bundled report view exports (web/src/report-document.tsx). */
export interface ReportViewModule {
  /** The complete document. */
  renderReportDocument(input: ReportViewInput & { stylesheet: string }): string;
  /** The print view's markup alone. */
  renderReportBody(input: ReportViewInput): string;
}

/** The input of the report view. */
export interface ReportViewInput {
  case: Case;
  report: AssessmentReport;
  headlines: Partial<Record<string, Headline>>;
  titles: Record<string, string>;
}

/** The loaded view and the stylesheet to inline. */
export interface ReportView {
  module: ReportViewModule;
  stylesheet: string;
}

let loading: Promise<ReportView> | undefined;

/** The built files, when this module runs from dist/ (dist/src/cli → dist/report-view). */
function builtFiles(): { module: string; stylesheet: string } | undefined {
  if (!import.meta.url.endsWith('.js')) return undefined;
  const dir = fileURLToPath(new URL('../../report-view/', import.meta.url));
  const files = { module: join(dir, 'report-view.js'), stylesheet: join(dir, 'report-view.css') };
  return existsSync(files.module) && existsSync(files.stylesheet) ? files : undefined;
}

/** Bundles the report view from the web sources (a source checkout: tests, tsx). */
async function bundleFromSources(): Promise<{ module: string; stylesheet: string; scratch: string }> {
  const script = new URL('../../scripts/build-web.mjs', import.meta.url).href;
  const { buildReportView } = (await import(script)) as {
    buildReportView(outdir: string): Promise<{ module: string; stylesheet: string }>;
  };
  const scratch = mkdtempSync(join(tmpdir(), 'heliotrope-report-view-'));
  return { ...(await buildReportView(scratch)), scratch };
}

/** Loads the report view once per process. */
export function loadReportView(): Promise<ReportView> {
  loading ??= (async () => {
    const files: { module: string; stylesheet: string; scratch?: string } =
      builtFiles() ?? (await bundleFromSources());
    try {
      const module = (await import(pathToFileURL(files.module).href)) as ReportViewModule;
      return { module, stylesheet: readFileSync(files.stylesheet, 'utf8') };
    } finally {
      // The bundle is one self-contained file: once imported and read, the scratch folder is not needed.
      if (files.scratch) rmSync(files.scratch, { recursive: true, force: true });
    }
  })();
  return loading;
}

/** The section titles by report key, as the server gives them to the web (GET /api/capabilities). */
export function sectionTitles(): Record<string, string> {
  return Object.fromEntries(reportSections.map((s) => [s.key, s.section.title]));
}

/**
 * The view's input for an assessment: the case, the report, its headlines and the section titles.
 * @param c - the case as written
 * @param report - its assessment
 */
export function reportViewInput(c: Case, report: AssessmentReport): ReportViewInput {
  return { case: c, report, headlines: reportHeadlines(report), titles: sectionTitles() };
}

/**
 * Renders the HTML report of an assessment: a self-contained document (stylesheet inlined, the timeline as
 * inline SVG, no script, no link, no remote resource).
 * @param c - the case as written
 * @param report - its assessment (with its `monitoring` section)
 */
export async function renderReportHtml(c: Case, report: AssessmentReport): Promise<string> {
  const view = await loadReportView();
  return view.module.renderReportDocument({ ...reportViewInput(c, report), stylesheet: view.stylesheet });
}

/**
 * Wording of the follow-up: dates as text, the qualifier of a RECIST best response, the heading of a RECIST
 * series by line of therapy. Part of the wording table (re-exported by `./index.ts`).
 * @module
 */
import { formatDay, type DayInterval } from '../../core/dates.js';
import { ALERT_RULES, FLARE_SIGNALS } from '../../monitoring/alerts.js';
import type { CdasiSeverityResult } from '../../monitoring/cdasi.js';
import { CONCORDANCE_MEASURES } from '../../monitoring/concordance.js';
import type { MonitoringResult } from '../../monitoring/index.js';
import { RECIST_RULES_BY_ID, type RecistResult } from '../../monitoring/recist/evaluate.js';

/** A date interval as text (`2019-10-05`, or `2019-10-01…2019-10-31`). */
export function dayText(d: DayInterval | undefined): string {
  if (!d) return 'undated';
  return d.earliest === d.latest ? formatDay(d.earliest) : `${formatDay(d.earliest)}…${formatDay(d.latest)}`;
}

/**
 * Words qualifying a best overall response: CR/PR confirmation (before any progression), or the SD
 * minimum duration (SD is not confirmed: it must be documented ≥ 6 weeks after baseline).
 * @param b - the best overall response
 */
export function bestResponseQualifier(b: RecistResult['bestOverallResponse']): string {
  const conf: Record<string, string> = {
    met: ', confirmed ≥ 4 weeks later (before any progression)',
    'not-met': ', not confirmed (no assessment ≥ 4 weeks later, before any progression)',
    unknown: ', confirmation unknown (dates missing)',
  };
  const dur: Record<string, string> = {
    met: ', minimum duration met (≥ 6 weeks after baseline)',
    'not-met': ' (minimum duration not met: SD documented before 6 weeks does not count)',
    unknown: ', minimum duration unknown (dates missing)',
  };
  if (b.confirmed) return conf[b.confirmed] ?? '';
  if (b.minimumDuration) return dur[b.minimumDuration] ?? '';
  return '';
}

const LINE_TRIGGER_WORDS: Record<string, string> = {
  first: 'first assessment',
  flagged: 'treatment marked as a new line',
  'new-regimen-after-progression': 'new systemic regimen after progression',
};

/**
 * The heading of a RECIST series: with its line of therapy when the cancer's assessments were split.
 * @param s - the series
 */
export function seriesHeading(s: MonitoringResult['course']['tumour'][number]): string | undefined {
  if (!s.line) return undefined;
  const why =
    s.line.number === 1
      ? ''
      : `: new baseline, ${LINE_TRIGGER_WORDS[s.line.trigger] ?? s.line.trigger} (${s.line.treatmentPath ?? ''}${s.line.treatmentStart ? ` from ${dayText(s.line.treatmentStart)}` : ''})`;
  return `RECIST 1.1 tumour response${s.cancerId ? ` — ${s.cancerId}` : ''}, line ${s.line.number}${why}`;
}

/** Words for an alert rule id: the rule as its table states it. */
export function alertRuleWords(id: string): string {
  return ALERT_RULES.find((r) => r.id === id)?.label ?? id;
}

/** What a clinician weighs with an alert rule (the rule table's note), or undefined. */
export function alertRuleNote(id: string): string | undefined {
  return ALERT_RULES.find((r) => r.id === id)?.note;
}

/** Words for a RECIST 1.1 rule id (the rule a time point's response came from). */
export function recistRuleWords(id: string): string {
  return RECIST_RULES_BY_ID.get(id)?.label ?? id;
}

/** Words for a concordance measure id (a myositis activity measure paired with tumour burden). */
export function concordanceMeasureWords(id: string): string {
  return CONCORDANCE_MEASURES.find((q) => q.id === id)?.label ?? id;
}

/** CDASI severity in words, showing both centres. */
export function cdasiWords(s: CdasiSeverityResult): string {
  const w = (x: string) => (x === 'moderate-severe' ? 'moderate/severe' : x);
  return s.combined === 'indeterminate'
    ? `CDASI ${s.activity}: mild by UPenn (< 19), moderate/severe by Stanford (> 14) — the centres disagree`
    : `CDASI ${s.activity}: ${w(s.combined)} (UPenn and Stanford agree)`;
}

/** Words for a flare signal id. */
export function signalWords(id: string): string {
  return FLARE_SIGNALS.find((s) => s.id === id)?.label ?? id;
}

/** Alert severities. */
export const SEVERITY_WORDS: Readonly<Record<string, string>> = {
  high: 'High',
  moderate: 'Moderate',
  information: 'Information',
};

/** The RECIST 1.1 response of one assessment, short (for a badge beside the assessment): the code itself. */
export const RECIST_SHORT_WORDS: Readonly<Record<string, string>> = {
  baseline: 'Baseline',
  CR: 'CR',
  PR: 'PR',
  SD: 'SD',
  'non-CR/non-PD': 'Non-CR/non-PD',
  PD: 'PD',
  NE: 'NE',
};

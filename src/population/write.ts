/**
 * Writes a synthetic population as a FHIR Bulk Data export: one NDJSON file per resource type (optionally
 * gzip-compressed) and `manifest.json` with its `output[]`, streamed patient by patient in constant
 * memory. Optionally the ground truth (`truth.ndjson`: one case document per patient; `cohorts.csv`) and
 * a few deliberately bad lines (`--bad-lines`, listed in `injected-errors.json`).
 * @module
 */
import { createWriteStream, mkdirSync, writeFileSync, type WriteStream } from 'node:fs';
import { join } from 'node:path';
import { once } from 'node:events';
import { createGzip, type Gzip } from 'node:zlib';
import { PopulationModel, type Cohort, type PatientRecord } from './model.js';
import { hashSeed, Rng } from '../core/rng.js';
import { EXPORT_TYPES, patientToFhir, type ExportType, type FhirJson } from './to-fhir.js';
import { truthCase } from './truth.js';
import { HELIOTROPE_FHIR_BASE } from '../fhir/systems.js';

/** Version of the generated data: changes whenever the same seed gives other files (caches key on it). */
export const POPULATION_VERSION = 2;

/** Options of {@link writePopulation}. */
export interface PopulationOptions {
  patients: number;
  out: string;
  seed?: string;
  /** Export day (YYYY-MM-DD); default 2026-01-01. */
  referenceDate?: string;
  gzip?: boolean;
  /** Also write truth.ndjson and cohorts.csv. */
  truth?: boolean;
  /** Number of bad lines to inject (truncated JSON, wrong resourceType, unknown patient, not JSON). */
  badLines?: number;
  /** Interleave the resources of this many consecutive patients within each file (default 1 = grouped). */
  interleave?: number;
  /** Progress callback (patients written). */
  onProgress?: (written: number) => void;
}

/** An injected bad line. */
export interface InjectedError {
  file: string;
  line: number;
  kind: 'truncated-json' | 'wrong-resource-type' | 'unknown-patient' | 'not-json';
}

/** What was written. */
export interface PopulationSummary {
  patients: number;
  files: { type: string; file: string; count: number }[];
  cohorts: Record<string, number>;
  injected: InjectedError[];
}

class Sink {
  private buf: string[] = [];
  private size = 0;
  count = 0;
  lines = 0;
  private readonly stream: WriteStream;
  private readonly gz?: Gzip;

  constructor(path: string, gzip: boolean) {
    this.stream = createWriteStream(path);
    if (gzip) {
      this.gz = createGzip({ level: 6 });
      this.gz.pipe(this.stream);
    }
  }

  push(line: string, resource = true): void {
    this.buf.push(line);
    this.size += line.length + 1;
    this.lines++;
    if (resource) this.count++;
  }

  async flush(force = false): Promise<void> {
    if (!force && this.size < 1 << 20) return;
    if (!this.buf.length) return;
    const chunk = `${this.buf.join('\n')}\n`;
    this.buf = [];
    this.size = 0;
    const target = this.gz ?? this.stream;
    if (!target.write(chunk)) await once(target, 'drain');
  }

  /** Closes the file without finishing it (after a failure). */
  destroy(): void {
    this.gz?.destroy();
    this.stream.destroy();
  }

  async close(): Promise<void> {
    await this.flush(true);
    if (this.gz) {
      this.gz.end();
      await once(this.stream, 'finish');
    } else {
      this.stream.end();
      await once(this.stream, 'finish');
    }
  }
}

/**
 * Writes the export.
 * @param o - options
 */
export async function writePopulation(o: PopulationOptions): Promise<PopulationSummary> {
  const seed = o.seed ?? 'heliotrope';
  const referenceDate = o.referenceDate ?? '2026-01-01';
  const model = new PopulationModel({ seed, referenceDate });
  const seedNum = hashSeed(seed);
  const ext = o.gzip ? '.ndjson.gz' : '.ndjson';
  mkdirSync(o.out, { recursive: true });
  const sinks = new Map<ExportType, Sink>();
  for (const t of EXPORT_TYPES) sinks.set(t, new Sink(join(o.out, `${t}${ext}`), !!o.gzip));
  const truth = o.truth ? new Sink(join(o.out, 'truth.ndjson'), false) : undefined;
  const cohortsCsv = o.truth ? new Sink(join(o.out, 'cohorts.csv'), false) : undefined;
  cohortsCsv?.push('patientId,cohort,antibody,cancer,hiddenCancerSite,hiddenCancerDate', false);
  const cohorts: Record<string, number> = {};
  const interleave = Math.max(1, o.interleave ?? 1);
  const shuffle = new Rng(seedNum ^ 0x2545f491, 0);

  // Bad lines: positions chosen up front (patient index → kind), written after that patient's resources.
  const bad = new Map<number, InjectedError['kind']>();
  const kinds: InjectedError['kind'][] = [
    'truncated-json',
    'wrong-resource-type',
    'unknown-patient',
    'not-json',
  ];
  const nBad = Math.min(o.badLines ?? 0, o.patients);
  for (let k = 0; k < nBad; k++)
    bad.set(Math.floor(((k + 0.5) * o.patients) / nBad), kinds[k % kinds.length]!);
  const injected: InjectedError[] = [];

  let pending: Record<ExportType, FhirJson[]>[] = [];
  const drain = async () => {
    for (const t of EXPORT_TYPES) {
      const all = pending.flatMap((p) => p[t]);
      if (interleave > 1) {
        for (let i = all.length - 1; i > 0; i--) {
          const j = Math.floor(shuffle.next() * (i + 1));
          [all[i], all[j]] = [all[j]!, all[i]!];
        }
      }
      const sink = sinks.get(t)!;
      for (const r of all) sink.push(JSON.stringify(r));
      await sink.flush();
    }
    pending = [];
  };

  try {
    for (let i = 0; i < o.patients; i++) {
      const rec: PatientRecord = model.patient(i);
      cohorts[rec.cohort] = (cohorts[rec.cohort] ?? 0) + 1;
      pending.push(patientToFhir(rec, { seed: seedNum }));
      if (truth) {
        truth.push(JSON.stringify(truthCase(rec)));
        cohortsCsv!.push(cohortLine(rec), false);
        await truth.flush();
        await cohortsCsv!.flush();
      }
      if (pending.length >= interleave) await drain();
      const kind = bad.get(i);
      if (kind) {
        await drain();
        injected.push(injectBad(kind, sinks, rec, ext));
      }
      if (o.onProgress && (i + 1) % 1000 === 0) o.onProgress(i + 1);
    }
    await drain();
  } catch (e) {
    for (const s of [...sinks.values(), truth, cohortsCsv]) s?.destroy();
    throw e;
  }
  for (const s of sinks.values()) await s.close();
  await truth?.close();
  await cohortsCsv?.close();

  const files = EXPORT_TYPES.map((t) => ({ type: t, file: `${t}${ext}`, count: sinks.get(t)!.count }));
  const manifest = {
    transactionTime: `${referenceDate}T00:00:00Z`,
    request: `${HELIOTROPE_FHIR_BASE}/$export?_type=${EXPORT_TYPES.join(',')}`,
    requiresAccessToken: false,
    output: files.map((f) => ({ type: f.type, url: f.file, count: f.count })),
    error: [],
  };
  writeFileSync(join(o.out, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  if (injected.length)
    writeFileSync(join(o.out, 'injected-errors.json'), `${JSON.stringify(injected, null, 2)}\n`);
  if (o.patients % 1000 !== 0) o.onProgress?.(o.patients);
  return { patients: o.patients, files, cohorts, injected };
}

function cohortLine(rec: PatientRecord): string {
  const m = rec.myositis;
  let cancer = 'none';
  if (rec.cancers.some((c) => !c.enteredInError)) {
    const onset = m ? Date.parse(m.onset.length === 7 ? `${m.onset}-15` : m.onset) : NaN;
    const years = rec.cancers
      .filter((c) => !c.enteredInError)
      .map((c) => (Date.parse(c.date) - onset) / (365.25 * 864e5));
    cancer = !m
      ? 'history'
      : years.some((y) => Math.abs(y) <= 3)
        ? years.some((y) => y > 0 && y <= 3)
          ? 'after-onset'
          : 'before-onset'
        : 'outside-3y';
  }
  const cohort: Cohort = rec.cohort;
  return [
    rec.id,
    cohort,
    rec.antibody ?? '',
    cancer,
    rec.hiddenCancer?.site ?? '',
    rec.hiddenCancer?.date ?? '',
  ].join(',');
}

function injectBad(
  kind: InjectedError['kind'],
  sinks: Map<ExportType, Sink>,
  rec: PatientRecord,
  ext: string,
): InjectedError {
  const obs = sinks.get('Observation')!;
  const cond = sinks.get('Condition')!;
  const sample = {
    resourceType: 'Observation',
    id: `bad-${rec.index}`,
    status: 'final',
    code: { text: 'Creatine kinase' },
    subject: { reference: `Patient/${rec.id}` },
    valueQuantity: { value: 120, unit: 'U/L' },
  };
  switch (kind) {
    case 'truncated-json': {
      const s = JSON.stringify(sample);
      obs.push(s.slice(0, Math.floor(s.length / 2)), false);
      return { file: `Observation${ext}`, line: obs.lines, kind };
    }
    case 'wrong-resource-type':
      cond.push(JSON.stringify(sample), false);
      return { file: `Condition${ext}`, line: cond.lines, kind };
    case 'unknown-patient':
      obs.push(
        JSON.stringify({ ...sample, subject: { reference: `Patient/no-such-patient-${rec.index}` } }),
        false,
      );
      return { file: `Observation${ext}`, line: obs.lines, kind };
    case 'not-json':
      obs.push('<Observation>not JSON</Observation>', false);
      return { file: `Observation${ext}`, line: obs.lines, kind };
  }
}

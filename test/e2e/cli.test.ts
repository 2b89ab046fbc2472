import { describe, expect, it } from 'vitest';
import { cli } from '../cli-io.js';
import { assessCase } from '../../src/assess/assess.js';
import { parseCase } from '../../src/case/validate.js';
import { renderAssessment } from '../../src/cli/commands/assess.js';
import { calculators } from '../../src/sets/registry.js';

const EXAMPLE_A = [
  'age-at-onset=43',
  'proximal-weakness-upper=yes',
  'proximal-weakness-lower=yes',
  'heliotrope-rash=yes',
  'gottron-papules=yes',
  'elevated-muscle-enzymes=yes',
];

describe('heliotrope calc', () => {
  it('--help of each calculator lists every item id', async () => {
    for (const c of calculators) {
      const r = await cli(['calc', c.id, '--help']);
      expect(r.code).toBe(0);
      const inputs = c.calculator.kind === 'items' ? c.calculator.inputs : [];
      for (const i of inputs) expect(r.out).toContain(i.id);
      if (c.calculator.kind === 'document') expect(r.out).toContain('Input: ');
    }
  });

  it('calc --help lists the calculators', async () => {
    const r = await cli(['calc', '--help']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('eular-acr-2017');
    expect(r.out).toContain('bohan-peter-1975');
  });

  it('eular-acr-2017 --json gives the public fields', async () => {
    const r = await cli(['calc', 'eular-acr-2017', ...EXAMPLE_A, '--json']);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    expect(j).toMatchObject({
      model: 'no-biopsy',
      score: 10.1,
      category: 'definite',
      subgroup: 'dermatomyositis',
      scoreRange: { min: 10.1 },
    });
    expect(j.probability).toBeCloseTo(0.992, 3);
    expect(j.probabilityRange.min).toBeCloseTo(0.992, 3);
    expect(j.items[0]).toMatchObject({ id: 'age-18-to-40', status: 'not-met', points: 0 });
  });

  it('human output names the category, score, probability and subgroup', async () => {
    const r = await cli(['calc', 'eular-acr-2017', ...EXAMPLE_A]);
    expect(r.out).toMatch(/definite IIM — score 10\.1, probability 99\.2 %/);
    expect(r.out).toMatch(/Subgroup: dermatomyositis/);
  });

  it('bohan-peter-1975 --json category', async () => {
    const r = await cli([
      'calc',
      'bohan-peter-1975',
      'typical-rash=yes',
      'symmetric-proximal-weakness=yes',
      'elevated-muscle-enzymes=yes',
      'myopathic-emg=yes',
      '--json',
    ]);
    expect(JSON.parse(r.out).category).toBe('definite-dm');
  });

  it.each([
    [['calc', 'eular-acr-2017', 'foo=yes'], /unknown item "foo"/],
    [
      ['calc', 'eular-acr-2017', 'heliotrope-rash=maybe'],
      /heliotrope-rash: "maybe" is not a valid value \(expected yes \| no \| unknown\)/,
    ],
    [['calc', 'eular-acr-2017', 'age-at-onset=200'], /age-at-onset: 200 is out of range/],
    [['calc', 'eular-acr-2017', 'heliotrope-rash'], /not of the form item=value/],
    [['calc', 'eular-acr-2017', 'dysphagia=yes', 'dysphagia=no'], /given twice/],
    [['calc', 'eular-acr-2017', 'biopsy-rimmed-vacuoles=yes'], /muscle-biopsy is not "done"/],
    [['calc', 'eular-acr-2017', 'gottron-sigh=yes'], /did you mean gottron-sign/],
    [['calc', 'no-such-calculator'], /unknown command|error/i],
    [['frobnicate'], /unknown command/],
  ])('bad input %j → exit 2 with a clear message', async (argv, message) => {
    const r = await cli(argv);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
    expect(r.err).not.toMatch(/\bat .*\.(ts|js):\d+/);
  });

  it('JSONL batch: one JSON object per line; a bad line is reported and the others still scored', async () => {
    const batch = [
      '{"age-at-onset": 43, "heliotrope-rash": "yes", "gottron-sign": "yes"}',
      '{"age-at-onset": "old"}',
      '',
      'not json',
      '{"dysphagia": "yes"}',
    ].join('\n');
    const r = await cli(['calc', 'eular-acr-2017', '--input', '-', '--json'], { stdin: batch });
    expect(r.code).toBe(2);
    const lines = r.out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.line)).toEqual([1, 2, 4, 5]);
    expect(lines[0]).toMatchObject({ line: 1, score: 8.5, category: 'definite' });
    expect(lines[1].error.issues[0].path).toBe('line 2: age-at-onset');
    expect(lines[2].error.issues[0]).toMatchObject({ line: 4 });
    expect(lines[3]).toMatchObject({ line: 5, score: 0.7 });
    expect(r.err).toMatch(/line 2 skipped/);
    expect(r.err).toMatch(/line 4 skipped[\s\S]*malformed JSON/);
  });

  it('CSV batch with a header of item ids; empty cells are unknown', async () => {
    const csv = 'age-at-onset,heliotrope-rash,gottron-sign,dysphagia\n43,yes,yes,\n10,no,no,yes\n';
    const r = await cli(['calc', 'eular-acr-2017', '--input', 'batch.csv', '--json'], {
      files: { 'batch.csv': csv },
    });
    expect(r.code).toBe(0);
    const lines = r.out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => [l.line, l.score])).toEqual([
      [2, 8.5],
      [3, 0.7],
    ]);
  });

  it('CSV batch: unknown header column → exit 2 naming it; short row → that line reported', async () => {
    let r = await cli(['calc', 'eular-acr-2017', '--input', 'b.csv'], {
      files: { 'b.csv': 'age,heliotrope-rash\n40,yes\n' },
    });
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/unknown item "age" in the CSV header/);
    r = await cli(['calc', 'eular-acr-2017', '--input', 'b.csv', '--json'], {
      files: { 'b.csv': 'age-at-onset,heliotrope-rash\n40\n50,yes\n' },
    });
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/line 2 skipped[\s\S]*expected 2 columns, found 1/);
    expect(JSON.parse(r.out.trim().split('\n')[1]!)).toMatchObject({ line: 3, score: 5.2 });
  });

  it('recist-1.1 JSONL batch: one assessment document per line, each scored or reported on its own', async () => {
    const doc = (follow: number) =>
      JSON.stringify({
        assessments: [
          { date: '2024-01-01', targets: [{ id: 'a', organ: 'liver', diameterMm: 50 }] },
          { date: '2024-03-01', targets: [{ id: 'a', organ: 'liver', diameterMm: follow }] },
        ],
      });
    const batch = [doc(30), '', '{"assessments": []}', 'not json', doc(70)].join('\n');
    const r = await cli(['calc', 'recist-1.1', '--input', 'docs.jsonl', '--json'], {
      files: { 'docs.jsonl': batch },
    });
    expect(r.code).toBe(2);
    const lines = r.out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.line)).toEqual([1, 3, 4, 5]);
    expect(lines[0]).toMatchObject({ line: 1, valid: true, bestOverallResponse: { category: 'PR' } });
    expect(lines[1].error.issues[0]).toMatchObject({ line: 3, path: 'line 3: assessments' });
    expect(lines[2].error.issues[0]).toMatchObject({ line: 4 });
    expect(lines[3]).toMatchObject({ line: 5, bestOverallResponse: { category: 'PD' } });
    expect(r.err).toMatch(/line 3 skipped/);
    // Text mode prints each document's report under its line number; a single .json document still works.
    const t = await cli(['calc', 'recist-1.1', '--input', 'one.jsonl'], { files: { 'one.jsonl': doc(30) } });
    expect(t.code).toBe(0);
    expect(t.out).toMatch(/^Line 1:\nRECIST 1\.1 tumour response/);
    const single = await cli(['calc', 'recist-1.1', '--input', 'one.json', '--json'], {
      files: { 'one.json': JSON.stringify(JSON.parse(doc(30)), null, 2) },
    });
    expect(single.code).toBe(0);
    expect(JSON.parse(single.out)).not.toHaveProperty('line');
  });

  it('calc dosing: BSA, mg/m² dose and carboplatin with the CrCl it used; --json', async () => {
    const args = ['height-cm=170', 'weight-kg=60', 'target-auc=5', 'age=62', 'sex=female', 'scr=0.8'];
    const t = await cli(['calc', 'dosing', ...args]);
    expect(t.code).toBe(0);
    expect(t.out).toContain('Creatinine clearance (Cockcroft–Gault)');
    expect(t.out).toMatch(/Carboplatin \(Calvert\): AUC 5 × \(GFR 69\.1 \+ 25\) = 470\.3 mg/);
    const j = await cli(['calc', 'dosing', ...args, '--json']);
    expect(JSON.parse(j.out)).toMatchObject({
      carboplatin: { doseMgRounded: 470 },
      bsa: { formula: 'mosteller' },
    });
    const bad = await cli(['calc', 'dosing', 'dose-mg-per-m2=75']);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/height-cm/);
  });

  it('missing batch file → exit 3 (not found, as docs/cli.md says), no stack trace', async () => {
    const r = await cli(['calc', 'eular-acr-2017', '--input', '/nonexistent/batch.jsonl']);
    expect(r.code).toBe(3);
    expect(r.err).toMatch(/cannot read .*batch\.jsonl: no such file/);
  });
});

describe('heliotrope assess: warnings and --strict', () => {
  const typo = JSON.stringify({
    schemaVersion: '1.0',
    findings: [
      { id: 'heliotrope', status: 'present' },
      { id: 'gotron-papules', status: 'present' },
    ],
  });
  it('a misspelled finding id is printed as a warning with the closest known id; the case is assessed', async () => {
    const r = await cli(['assess', 'c.json', '--json'], { files: { 'c.json': typo } });
    expect(r.code).toBe(0);
    expect(r.err).toContain(
      'warning: findings[0].id: unknown finding id "heliotrope" (did you mean "heliotrope-rash"?)',
    );
    expect(r.err).toContain(
      'warning: findings[1].id: unknown finding id "gotron-papules" (did you mean "gottron-papules"?)',
    );
    expect(JSON.parse(r.out).eularAcr2017).toBeDefined();
  });
  it('--strict makes them errors: exit 2, nothing on stdout', async () => {
    const r = await cli(['assess', 'c.json', '--strict'], { files: { 'c.json': typo } });
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toMatch(/not a valid Heliotrope case \(2 problems\)[\s\S]*findings\[0\]\.id/);
  });
});

describe('heliotrope assess --prior', () => {
  const dm = JSON.stringify({
    schemaVersion: '1.0',
    patient: { ageAtOnset: 50 },
    findings: [{ id: 'heliotrope-rash', status: 'present' }],
    antibodies: [{ target: 'TIF1-gamma', result: 'positive' }],
  });
  it('sets the pre-test probability and the report says which prior it used', async () => {
    const r = await cli(['assess', 'c.json', '--prior', '0.25', '--json'], { files: { 'c.json': dm } });
    expect(r.code).toBe(0);
    const p = JSON.parse(r.out).cancerProbability;
    // odds 0.25/0.75 × 6.79 = 2.2633 → 69.4 %.
    expect(p).toMatchObject({ pretest: 0.25, pretestSource: 'user', posterior: 0.6936 });
    const t = await cli(['assess', 'c.json', '--prior', '0.25'], { files: { 'c.json': dm } });
    expect(t.out).toContain(
      'Pre-test probability 25.0 % (odds 0.3333), set by the user (default 17 %, range 5 %–30 %)',
    );
    const d = await cli(['assess', 'c.json'], { files: { 'c.json': dm } });
    expect(d.out).toContain(
      'Pre-test probability 17.0 % (odds 0.2048), adult DM default (editable 5 %–30 %)',
    );
  });
  it('a prior outside the range (or a percentage) is refused with exit 2, naming --prior', async () => {
    for (const v of ['0.5', '17', 'abc']) {
      const r = await cli(['assess', 'c.json', '--prior', v], { files: { 'c.json': dm } });
      expect(r.code).toBe(2);
      expect(r.err).toMatch(/--prior/);
      expect(r.out).toBe('');
    }
  });
});

describe('heliotrope assess', () => {
  const fixture = (name: string) =>
    new URL(`../../src/criteria/__fixtures__/${name}`, import.meta.url).pathname;

  it('--json has the top-level keys eularAcr2017, bohanPeter1975 and the validated case', async () => {
    const r = await cli(['assess', fixture('seed-leiomyosarcoma.case.json'), '--json']);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    expect(Object.keys(j)).toEqual(
      expect.arrayContaining(['eularAcr2017', 'bohanPeter1975', 'case', 'engine', 'asOf']),
    );
    expect(j.eularAcr2017).toMatchObject({ score: 10.1, category: 'definite', subgroup: 'dermatomyositis' });
    expect(j.bohanPeter1975.category).toBe('definite-dm');
    expect(j.case.patient).toMatchObject({ age: 43, sex: 'female' });
    expect(j.asOf).toBe('2026-11-21');
  });

  it('human report', async () => {
    const r = await cli(['assess', fixture('seed-breast-idc.case.json')]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/model with muscle biopsy/);
    expect(r.out).toMatch(/definite IIM — score 10\.7/);
    expect(r.out).toMatch(/definite dermatomyositis/);
  });

  it('invalid case → exit 2 with every problem by field path', async () => {
    const r = await cli(['assess', fixture('invalid.case.json')]);
    expect(r.code).toBe(2);
    for (const p of [
      'patient.sex',
      'patient.age',
      'dates.symptomOnset',
      'findings[0].status',
      'labs[0].unit',
      'strength[0].grade',
      'cancers[0].diagnosisDate.relativeTo',
    ]) {
      expect(r.err).toContain(`- ${p}:`);
    }
    expect(r.err).toMatch(/unknown field "finding"/);
  });

  it('malformed JSON → exit 2 with line and column', async () => {
    const r = await cli(['assess', 'x.json'], {
      files: { 'x.json': '{\n  "schemaVersion": "1.0",\n  "patient": { "sex": "female", }\n}' },
    });
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/x\.json is not valid JSON/);
    expect(r.err).toMatch(/line 3, column \d+/);
  });

  it('missing file → exit 3; bad --as-of → exit 2', async () => {
    expect((await cli(['assess', '/nonexistent.json'])).code).toBe(3);
    const r = await cli(['assess', fixture('seed-breast-idc.case.json'), '--as-of', '2026-02-30']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--as-of/);
  });

  it('words a section that could not be computed, keeping the others', () => {
    const report = assessCase(parseCase({ schemaVersion: '1.0', patient: { age: 30 } }), {
      asOf: '2026-01-01',
    });
    const text = renderAssessment({ ...report, imacs2023: { failed: true, code: 'internal-fault' } });
    expect(text).toContain(
      'IMACS 2023 cancer risk and screening plan\n  Not computed: an internal fault in this section (the other sections are unaffected).',
    );
    expect(text).toContain(renderAssessment(report).split('\n\n')[2]!);
  });

  it('reads a case from stdin', async () => {
    const r = await cli(['assess', '-', '--json'], { stdin: '{"schemaVersion":"1.0","patient":{"age":30}}' });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).eularAcr2017).toMatchObject({ score: 1.3, category: 'not-met' });
  });
});

describe('heliotrope', () => {
  it('--help and --version', async () => {
    const h = await cli(['--help']);
    expect(h.code).toBe(0);
    expect(h.out).toMatch(/calc/);
    expect(h.out).toMatch(/assess/);
    const v = await cli(['--version']);
    expect(v.out.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});

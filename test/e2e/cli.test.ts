import { describe, expect, it } from 'vitest';
import { cli } from '../cli-io.js';
import { calculators } from '../../src/calc/registry.js';

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
      for (const i of c.inputs) expect(r.out).toContain(i.id);
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

  it('missing batch file → exit 3 (not found, as docs/cli.md says), no stack trace', async () => {
    const r = await cli(['calc', 'eular-acr-2017', '--input', '/nonexistent/batch.jsonl']);
    expect(r.code).toBe(3);
    expect(r.err).toMatch(/cannot read .*batch\.jsonl: no such file/);
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

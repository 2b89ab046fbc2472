/**
 * `npm run eval:seeds`: the seed cases of ../shared/cases against their gold files. Two checks per case:
 *
 * 1. the synthetic structured fixture written for the case (`src/criteria/__fixtures__/<case>.case.json`)
 *    reaches the gold classifications (EULAR/ACR category and subgroup, Bohan & Peter, Graus 2004, IMACS tier)
 *    and the gold age and sex;
 * 2. the narrative (`case.txt`), extracted, gives every gold finding with its status, every gold lab with
 *    value and upper limit, exactly the gold antibodies, the gold classifications, and attributes nothing
 *    from the introduction, the discussion (the abstract's included) or the references to the patient (except
 *    the one rule that dates an already-found cancer from a sentence about this patient).
 *
 * The test suite never reads ../shared; CI runs this script after the tests. Prints one line per check and
 * exits 1 when any fails, 2 when the shared data is missing.
 * @module
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { assessCase } from '../src/assess/assess.js';
import { required } from '../src/contract/set.js';
import { parseCase, validateCase } from '../src/case/validate.js';
import type { Case } from '../src/case/schema.js';
import { extractCase } from '../src/extract/extract.js';
import { canonicalAnalyte, canonicalAntibody } from '../src/facts/names.js';
import { repoRoot, sharedDir } from './shared.js';

interface Gold {
  age: number;
  sex: string;
  features: Record<string, boolean>;
  labs: { name: string; value: number; upper_limit: number | null; comparator?: string }[];
  labs_qualitative?: Record<string, string>;
  antibodies: Record<string, string>;
  expected: {
    eular_acr_2017_category: string;
    eular_acr_2017_subgroup: string;
    bohan_peter: string;
    pns_graus_2004: string;
    imacs_risk_tier: string;
  };
}

let failures = 0;
let checks = 0;
function check(what: string, ok: boolean, detail = ''): void {
  checks++;
  if (!ok) failures++;
  process.stdout.write(`${ok ? 'ok  ' : 'FAIL'} ${what}${!ok && detail ? ` — ${detail}` : ''}\n`);
}
/** JSON with object keys sorted, so that order does not matter. */
const canon = (v: unknown): string =>
  JSON.stringify(v, (_k, x: unknown) =>
    x && typeof x === 'object' && !Array.isArray(x)
      ? Object.fromEntries(Object.entries(x).sort(([a], [b]) => a.localeCompare(b)))
      : x,
  );
const same = (what: string, got: unknown, want: unknown) =>
  check(what, canon(got) === canon(want), `got ${JSON.stringify(got)}, gold ${JSON.stringify(want)}`);

/** The classifications of a report, in gold's vocabulary. */
function classifications(c: Case, asOf: string) {
  const r = assessCase(c, { asOf });
  const eular = required(r.eularAcr2017);
  return {
    eular_acr_2017_category: eular.category,
    eular_acr_2017_subgroup: eular.subgroup,
    bohan_peter: required(r.bohanPeter1975).category,
    pns_graus_2004: required(r.pns2004).category,
    imacs_risk_tier: required(r.imacs2023).tier,
  };
}

const dir = join(sharedDir(), 'cases');
if (!existsSync(dir)) {
  process.stderr.write(
    `eval:seeds: ${dir} not found: place the shared data at ../shared beside the repository (or set HELIOTROPE_SHARED).\n`,
  );
  process.exit(2);
}
const folders = readdirSync(dir).filter(
  (d) => existsSync(join(dir, d, 'case.txt')) && existsSync(join(dir, d, 'gold.json')),
);
check('seed cases present (at least 2)', folders.length >= 2, `found ${folders.length}`);

for (const name of folders) {
  const gold = JSON.parse(readFileSync(join(dir, name, 'gold.json'), 'utf8')) as Gold;

  const fixturePath = join(repoRoot, 'src', 'criteria', '__fixtures__', `${name}.case.json`);
  if (existsSync(fixturePath)) {
    const fixture = parseCase(JSON.parse(readFileSync(fixturePath, 'utf8')));
    same(`${name} fixture: age and sex`, [fixture.patient.age, fixture.patient.sex], [gold.age, gold.sex]);
    same(`${name} fixture: classifications`, classifications(fixture, '2026-11-21'), gold.expected);
  } else check(`${name} fixture exists`, false, fixturePath);

  const r = extractCase(readFileSync(join(dir, name, 'case.txt'), 'utf8'));
  const c = r.case;
  check(`${name} narrative: valid case`, validateCase(JSON.parse(JSON.stringify(c))).issues.length === 0);
  same(`${name} narrative: age and sex`, [c.patient.age, c.patient.sex], [gold.age, gold.sex]);
  for (const [k, v] of Object.entries(gold.features)) {
    same(
      `${name} narrative: finding ${k}`,
      c.findings.find((f) => f.id === k.replace(/_/g, '-'))?.status,
      v ? 'present' : 'absent',
    );
  }
  for (const g of gold.labs) {
    const l = c.labs.find(
      (x) => canonicalAnalyte(x.analyte) === canonicalAnalyte(g.name) && x.value === g.value,
    );
    check(`${name} narrative: lab ${g.name} ${g.value}`, l !== undefined);
    if (l && g.upper_limit !== null)
      same(`${name} narrative: ${g.name} upper limit`, l.upperLimit, g.upper_limit);
    if (l && g.comparator) same(`${name} narrative: ${g.name} comparator`, l.comparator, g.comparator);
  }
  for (const [k, v] of Object.entries(gold.labs_qualitative ?? {})) {
    const l = c.labs.find(
      (x) => canonicalAnalyte(x.analyte) === canonicalAnalyte(k) && x.value === undefined,
    );
    same(
      `${name} narrative: ${k} (qualitative)`,
      l?.interpretation,
      /elevat/.test(v) ? 'elevated' : 'normal',
    );
  }
  same(
    `${name} narrative: antibodies`,
    Object.fromEntries(c.antibodies.map((a) => [canonicalAntibody(a.target), a.result])),
    Object.fromEntries(Object.entries(gold.antibodies).map(([k, v]) => [canonicalAntibody(k), v])),
  );
  same(`${name} narrative: classifications`, classifications(c, '2026-01-01'), gold.expected);

  // Nothing from the introduction, the discussion (the abstract's too), the references or the boilerplate is
  // the patient's, except timing said of this patient. The abstract's case presentation and the title tell
  // this patient's case and may be read (docs/extraction.md, "Sections and whose facts they are").
  const outside = r.sections.filter(
    (s) =>
      s.role === 'literature' ||
      s.role === 'references' ||
      s.role === 'boilerplate' ||
      s.kind === 'introduction' ||
      s.kind === 'discussion',
  );
  const isOutside = (start: number) => outside.some((o) => start >= o.start && start < o.end);
  const leaks: string[] = [];
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) {
      v.forEach(walk);
      return;
    }
    if (v === null || typeof v !== 'object') return;
    const o = v as { spans?: { start: number; text: string }[]; note?: string };
    for (const sp of o.spans ?? []) {
      if (!isOutside(sp.start)) continue;
      const allowed =
        o.note === 'timing stated about this patient in the discussion' &&
        /\b(?:in (?:this|our|the present) (?:case|patient)|our (?:case|patient)|this patient)\b/i.test(
          sp.text,
        );
      if (!allowed) leaks.push(`span at ${sp.start}`);
    }
    Object.values(v).forEach(walk);
  };
  walk(c);
  check(
    `${name} narrative: nothing from introduction/discussion/references attributed`,
    leaks.length === 0,
    leaks.join(', '),
  );
}

process.stdout.write(`${checks - failures}/${checks} checks passed\n`);
process.exit(failures ? 1 : 0);

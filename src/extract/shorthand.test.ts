import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractCase } from './extract.js';
import { SHORTHAND, expandShorthand, toInputOffset } from './shorthand.js';

const read = (t: string) => expandShorthand(t).text;

describe('the shorthand table: each abbreviation read in its context', () => {
  it.each([
    ['h/o breast cancer', 'history of breast cancer'],
    ['H/O lupus', 'History of lupus'],
    ['a 3-month hx of rash', 'a 3-month history of rash'],
    ['FHx of colon cancer', 'Family history of colon cancer'],
    ['FH: mother had lymphoma', 'Family history: mother had lymphoma'],
    ['DDx: myositis', 'Differential diagnosis: myositis'],
    ["dx'd with DM", 'diagnosed with DM'],
    ['Dx: DM', 'Diagnosis: DM'],
    ['was dx with DM', 'was diagnosed with DM'],
    ['breast cancer dx 2018', 'breast cancer diagnosed 2018'],
    ['one year prior to dx, she', 'one year prior to diagnosis, she'],
    ['the dx of DM', 'the diagnosis of DM'],
    ['muscle bx showed', 'muscle biopsy showed'],
    ['Pt is a woman', 'Patient is a woman'],
    ['two pts had', 'two patients had'],
    ['w/ rash w/o weakness', 'with rash without weakness'],
    ['w/hx of cancer', 'with history of cancer'],
    ['c/o weakness', 'complaining of weakness'],
    ['biopsy c/w DM', 'biopsy consistent with DM'],
    ['47 y/o F p/w fever', '47 y/o F presenting with fever'],
    ['O/E: heliotrope rash', 'On examination: heliotrope rash'],
    ['s/p mastectomy', 'status post mastectomy'],
    ['CT to r/o malignancy', 'CT to rule out malignancy'],
    ['b/l ptosis', 'bilateral ptosis'],
    ['anti-Mi-2 +ve, anti-Jo-1 -ve', 'anti-Mi-2 positive, anti-Jo-1 negative'],
    ['ANA pos, SRP neg', 'ANA positive, SRP negative'],
    ['breast CA', 'breast cancer'],
    ['h/o ca', 'history of cancer'],
    ['metastatic Ca', 'metastatic cancer'],
    ['esophageal CA 3 yrs after onset', 'esophageal cancer 3 years after onset'],
    ['liver mets', 'liver metastases'],
    ['PMH: CRC 2016', 'PMH: colorectal cancer 2016'],
    ['NHL in remission', 'non-Hodgkin lymphoma in remission'],
    ['h/o malig', 'history of malignancy'],
    ['CA-125 210 (prev 12)', 'CA-125 210 (previously 12)'],
    ['a 56yo woman', 'a 56-year-old woman'],
    ['56 yo F', '56-year-old F'],
    ['56yoF', '56-year-old F'],
    ['weakness x 3 mo', 'weakness x 3 months'],
    ['a 3-mo history', 'a 3-month history'],
    ['for 2 wks', 'for 2 weeks'],
    ['5 yrs ago', '5 years ago'],
    ['a 2-yr history', 'a 2-year history'],
    ['prox weakness, bilat', 'proximal weakness, bilateral'],
    ['prox. weakness', 'proximal weakness'],
    ['prox mm weakness', 'proximal muscle weakness'],
    ['sx began', 'symptoms began'],
    ['tx with IVIG', 'treatment with IVIG'],
    ['CK WNL', 'CK within normal limits'],
    ['Exam: (+) Gottron papules, (-) heliotrope', 'Exam: positive Gottron papules, no heliotrope'],
    ['prox LE weakness', 'proximal lower extremity weakness'],
    ['BUE strength 4/5', 'bilateral upper extremities strength 4/5'],
    ['UE weakness', 'upper extremity weakness'],
    ['Wt ↓ 6 kg', 'Weight loss 6 kg'],
    ['↑ weakness', 'increased weakness'],
    ['referred for ↑CK', 'referred for increased CK'],
    ['Father d. lung cancer', 'Father died of lung cancer'],
    ['Mother d. aged 70', 'Mother died aged 70'],
    ['Mech hands +', "mechanic's hands +"],
  ])('%s → %s', (abbreviated, words) => {
    expect(read(abbreviated)).toBe(words);
  });

  it.each([
    ['PT 14 s (prothrombin time)', 'PT 14 s'],
    ['pt 14 s (a value after it)', 'pt 14 s'],
    ['serum Ca 2.4 mmol/L (calcium without a site)', 'serum Ca 2.4 mmol/L'],
    ['CA 19-9 (a marker)', 'CA 19-9 45 U/mL'],
    ['CA-125 (a marker)', 'CA-125 was 80'],
    ['breast CA 15-3 (the marker, after its site)', 'breast CA 15-3 was 80'],
    ['Ca cervix (read by the oncology rules)', 'Ca cervix'],
    ['renal tx (a transplant)', 'renal tx in 2010'],
    ['5 mm (a length)', 'a 5 mm nodule'],
    ['"mo" without a count', 'mo and dad'],
    ['"mo" ending a word after a count', 'for 3 demo sessions'],
    ['"yr" ending a word after a count', 'aged 3 kidyr'],
    ['seronegative, ANA-positive (inside a word)', 'seronegative, ANA-positive'],
    ['discoid LE (lupus erythematosus)', 'discoid LE lesions'],
    ['a sign after a term (a table)', 'Heliotrope (-) Gottron (+)'],
    ['an arrow flag after a value', 'CK 2350 U/L ↑ (24–195)'],
    ['an arrow flag in a table row', 'CK\t2350\t↑\tU/L\t24–195'],
    ['an arrow flag after a unit', 'Ferritin 1500 ng/mL↑ (13–150)'],
    ['"d." not after a relative', 'Dr d. Smith'],
  ])('left as written: %s', (_what, text) => {
    expect(read(text)).toBe(text);
  });

  it('a period after "bilat" or "prox" that ends a sentence stays', () => {
    expect(read('Gottron papules bilat. Proximal weakness.')).toBe(
      'Gottron papules bilateral. Proximal weakness.',
    );
    expect(read('Weakness was prox. The rash')).toBe('Weakness was proximal. The rash');
  });

  it('a text without shorthand comes back as it is, with no expansion', () => {
    const t = 'A 56-year-old woman with a history of breast cancer.';
    expect(expandShorthand(t)).toEqual({ text: t, expansions: [] });
  });
});

describe('offsets of the expanded text map back to the input', () => {
  const input = 'h/o breast CA, 56yo';
  const { text, expansions } = expandShorthand(input);

  it('before, inside and after each reading', () => {
    expect(text).toBe('history of breast cancer, 56-year-old');
    expect(toInputOffset(expansions, 0, 'start')).toBe(0);
    // "history of" ends on the end of "h/o"
    expect(toInputOffset(expansions, 'history of'.length, 'end')).toBe(3);
    // "of" (inside the reading) starts on "h/o"
    expect(toInputOffset(expansions, 'history '.length, 'start')).toBe(0);
    const breast = text.indexOf('breast');
    expect(
      input.slice(toInputOffset(expansions, breast, 'start'), toInputOffset(expansions, breast + 6, 'end')),
    ).toBe('breast');
    const cancer = text.indexOf('cancer');
    expect(
      input.slice(toInputOffset(expansions, cancer, 'start'), toInputOffset(expansions, cancer + 6, 'end')),
    ).toBe('CA');
    expect(toInputOffset(expansions, text.length, 'end')).toBe(input.length);
  });

  it('a span that ends where a reading starts ends before its abbreviation', () => {
    const at = text.indexOf('cancer');
    expect(toInputOffset(expansions, at, 'end')).toBe(input.indexOf('CA'));
  });
});

describe('a note in shorthand, extracted', () => {
  const note =
    "Pt is a 62yo F w/ h/o breast CA dx'd 2019, s/p mastectomy. Prox mm weakness x 3 mo, heliotrope rash. Anti-TIF1g +ve, Jo-1 neg. Muscle bx: perifascicular atrophy w/ inflammation.";
  const r = extractCase(note);

  it('gives the facts of the same note in words', () => {
    const words =
      'Patient is a 62-year-old F with history of breast cancer diagnosed 2019, status post mastectomy. Proximal muscle weakness x 3 months, heliotrope rash. Anti-TIF1g positive, Jo-1 negative. Muscle biopsy: perifascicular atrophy with inflammation.';
    const w = extractCase(words).case;
    expect(r.case.patient).toEqual(w.patient);
    expect(r.case.dates).toEqual(w.dates);
    expect(r.case.findings.map((f) => `${f.id}=${f.status}`)).toEqual(
      w.findings.map((f) => `${f.id}=${f.status}`),
    );
    expect(r.case.antibodies.map((a) => `${a.target}=${a.result}`)).toEqual([
      'TIF1-gamma=positive',
      'Jo-1=negative',
    ]);
    expect(r.case.cancers.map((c) => [c.site, c.relationToMyositis])).toEqual(
      w.cancers.map((c) => [c.site, c.relationToMyositis]),
    );
    expect(r.case.cancers.map((c) => c.site)).toEqual(['breast']);
  });

  it('every span points into the note and quotes it as written', () => {
    const spans: { start: number; end: number; text: string }[] = [];
    const walk = (v: unknown): void => {
      if (Array.isArray(v)) {
        v.forEach(walk);
        return;
      }
      if (v === null || typeof v !== 'object') return;
      const o = v as Record<string, unknown>;
      if (typeof o.start === 'number' && typeof o.end === 'number' && typeof o.text === 'string')
        spans.push(o as { start: number; end: number; text: string });
      Object.values(o).forEach(walk);
    };
    walk(r);
    expect(spans.length).toBeGreaterThan(5);
    for (const s of spans) {
      expect(s.end).toBeLessThanOrEqual(note.length);
      expect(s.text).toBe(note.slice(s.start, s.end));
    }
    const cancerWords = (r.case.cancers[0]?.evidence ?? []).flatMap((e) =>
      (e.spans ?? []).map((s) => s.text),
    );
    expect(cancerWords).toContain('CA');
  });

  it("a study's description quotes the note, not its reading", () => {
    expect(r.case.muscleBiopsy?.description).toContain('w/ inflammation');
  });

  it("the sections and the character count are the input's", () => {
    expect(r.stats.characters).toBe(note.length);
    expect(r.sections.at(-1)!.end).toBe(note.length);
  });
});

describe('the table in the docs', () => {
  it('docs/extraction.md lists every abbreviation of the table (session 28)', () => {
    const docs = readFileSync(new URL('../../docs/extraction.md', import.meta.url), 'utf8');
    const section = docs.slice(docs.indexOf('### Session 28'), docs.indexOf('### Session 27'));
    const listed = section
      .split('\n')
      .filter((l) => l.startsWith('| ') && !l.startsWith('| abbreviation') && !l.startsWith('| ---'))
      .map((l) => l.split('|')[1]!.trim())
      .join(' ; ');
    expect(listed.length).toBeGreaterThan(100);
    for (const row of SHORTHAND)
      for (const part of row.abbreviation.split(/,\s*/)) expect(listed, row.abbreviation).toContain(part);
  });
});

describe('a muscle grade on the 0–10 scale (session 43)', () => {
  const findings = (t: string) =>
    extractCase(`A 23-year-old woman.\n${t}`).case.findings.map((f) => `${f.id} ${f.status}`);
  it('reads the grades of an MMT-8 as weakness where they fall below 10, and quotes them as written', () => {
    const t = 'Manual muscle testing: neck flexors – 6/10, deltoid – 8/10, hip extensor – 9/10.';
    expect(findings(t)).toEqual(
      expect.arrayContaining([
        'neck-flexor-weakness present',
        'proximal-weakness-upper present',
        'proximal-weakness-lower present',
      ]),
    );
    const r = extractCase(`A 23-year-old woman.\n${t}`);
    const upper = r.case.findings.find((f) => f.id === 'proximal-weakness-upper');
    expect(upper?.evidence?.flatMap((e) => (e.spans ?? []).map((s) => s.text))).toContain('8/10');
  });
  it('reads 10/10 as full strength, and leaves a pain score alone (controls)', () => {
    expect(findings('MMT-8: deltoid 10/10, gluteus medius 10/10.')).toEqual(
      expect.arrayContaining(['proximal-weakness-upper absent']),
    );
    expect(findings('Pain 7/10 in both thighs.')).not.toContain('proximal-weakness-lower present');
  });
});

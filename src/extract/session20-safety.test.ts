// Rules of session 20 (issue 12): readings that gave the opposite of what the text says, or gave the patient a
// finding said of others. One small synthetic test per rule, end to end through extractCase, each with a control
// that the rule must leave alone. The sentences are written for these tests.
import { describe, expect, it } from 'vitest';
import { ellipticalPatientDenial, mixedClauseBoundary } from './attribution.js';
import { analyse } from './document.js';
import { antibodies, findings, labs, read } from './__fixtures__/read-case.js';
import { tokenize } from './tokenize.js';

const boundaryOf = (text: string): string | undefined => {
  const tokens = tokenize(text, 0, text.length);
  const b = mixedClauseBoundary(text, tokens);
  return b === undefined ? undefined : tokens[b]!.norm;
};

describe('a clause about others, then one about the patient', () => {
  it('finds the join of a cohort, general or relative clause and the patient’s', () => {
    expect(boundaryOf('In a registry of 60 patients, fever occurred in 20; our patient had none.')).toBe(';');
    expect(boundaryOf('Although shawl sign is typical of dermatomyositis, our patient had none.')).toBe(',');
    expect(boundaryOf('Calcinosis is frequent in juvenile disease but was not seen here.')).toBe('but');
    expect(boundaryOf('Her sister had Raynaud phenomenon; she did not.')).toBe(';');
  });

  it('leaves one-subject sentences whole', () => {
    // the clause after goes on about the disease: an age range is not the patient
    expect(
      boundaryOf('The incidence is 2 per million; it peaks from 5 to 14 years old and from 45 to 64 years.'),
    ).toBeUndefined();
    expect(boundaryOf('She had a heliotrope rash; she had no Gottron papules.')).toBeUndefined();
    expect(boundaryOf('Fever was present but dysphagia was not.')).toBeUndefined();
  });

  it('reads an elliptical denial of the patient', () => {
    const denial = (s: string) => ellipticalPatientDenial(tokenize(s, 0, s.length));
    expect(denial('our patient had none')).toBe(true);
    expect(denial('ours did not')).toBe(true);
    expect(denial('was not seen in our patient')).toBe(true);
    expect(denial('our patient had dysphagia')).toBe(false);
    expect(denial('she did not have a rash on her hands or her face')).toBe(false);
  });

  it('splits the sentence and marks the second clause', () => {
    const doc = analyse('In a registry of 60 patients, fever occurred in 20; our patient had none.');
    expect(doc.sentences).toHaveLength(2);
    expect(doc.sentences[1]!.clauseOf).toBe(0);
    expect(doc.sentences[0]!.attribution.subject).not.toBe('patient');
    expect(doc.sentences[1]!.attribution.subject).toBe('patient');
  });

  it('denies for the patient what the first clause said of others', () => {
    expect(findings('In a registry of 60 patients, fever occurred in 20; our patient had none.')).toEqual({
      fever: 'absent',
    });
    expect(findings('Although shawl sign is typical of dermatomyositis, our patient had none.')).toEqual({
      'shawl-sign': 'absent',
    });
    expect(findings('Her sister had Raynaud phenomenon; she did not.')).toEqual({
      'raynaud-phenomenon': 'absent',
    });
    // a general clause before the patient's own statement: only hers counts
    expect(
      findings(
        'Interstitial lung disease is frequent in antisynthetase syndrome; in our patient the CT showed no ILD.',
      ),
    ).toEqual({ 'interstitial-lung-disease': 'absent' });
    expect(findings('Patients with DM often have dysphagia; our patient had dysphagia and fever.')).toEqual({
      dysphagia: 'present',
      fever: 'present',
    });
  });
});

describe('what was sought, feared or not assessed is not stated', () => {
  it('reads nothing present from a search, a worry, a "whether" or an examination not done', () => {
    for (const text of [
      'We looked for calcinosis.',
      'We looked for proximal muscle weakness.',
      'She was worried about developing dysphagia.',
      'Whether she had arthritis was unclear.',
      'Proximal muscle weakness was not assessed.',
    ])
      expect(Object.values(findings(text))).not.toContain('present');
  });

  it('still reads a search that found something, and a weakness that was assessed', () => {
    expect(antibodies('Search for ANA showed a speckled pattern at 1/640.')).toEqual({ ANA: 'positive' });
    expect(findings('Proximal muscle weakness was assessed as moderate.')).toMatchObject({
      'proximal-weakness-lower': 'present',
    });
  });
});

describe('a cancer that was only searched for', () => {
  it('gives the patient no cancer from a search or a marker test for it', () => {
    expect(read('We looked for gastric cancer.').cancers).toEqual([]);
    expect(read('Tumour markers for ovarian cancer were normal.').cancers).toEqual([]);
  });

  it('keeps the cancer a search found', () => {
    const c = read('A search for malignancy revealed a hepatocellular carcinoma.').cancers;
    expect(c.map((x) => x.histology)).toEqual(['hepatocellular carcinoma']);
  });
});

describe('hedges the extractor read as stated', () => {
  it('reads a term asked alone, "was not certain / unclear" and "would be expected" as not present', () => {
    expect(findings('Calcinosis?')).toEqual({ calcinosis: 'uncertain' });
    expect(findings('Arthritis was not certain.')).toEqual({ arthritis: 'uncertain' });
    expect(findings('It was unclear whether she had arthritis.')).toEqual({ arthritis: 'uncertain' });
    expect(Object.values(findings('Calcinosis would be expected in this disease.'))).not.toContain('present');
  });

  it('leaves the patient’s own statement after an unclear cause', () => {
    expect(findings('The cause was unclear, but she had arthritis.')).toEqual({ arthritis: 'present' });
  });
});

describe('history of medicine and how a diagnosis is made in general', () => {
  it('gives the patient nothing from "first described by" or "the diagnosis rests on"', () => {
    expect(
      findings('Typical signs, including shawl sign and V sign, were first described by Unverricht.'),
    ).toEqual({});
    expect(findings('The diagnosis rests on calcinosis, arthritis and raised muscle enzymes.')).toEqual({});
  });

  it('keeps this patient’s diagnosis "was based on" her signs', () => {
    expect(findings('The diagnosis was based on a heliotrope rash and arthritis.')).toEqual({
      'heliotrope-rash': 'present',
      arthritis: 'present',
    });
  });
});

describe('an antibody asked about', () => {
  it('gives no result from a "whether" question', () => {
    expect(antibodies('Whether anti-MDA5 was present is unknown.')).toEqual({});
    expect(antibodies('Anti-MDA5 was positive; whether this explained the ulcers was unclear.')).toEqual({
      MDA5: 'positive',
    });
  });
});

describe('a lab spoken of as a possibility', () => {
  it('reads no result from "would support" or a "whether" question', () => {
    expect(labs('An elevated aldolase would support the diagnosis.')).toEqual([]);
    expect(labs('Whether aldolase was elevated is unknown.')).toEqual([]);
  });

  it('keeps the patient’s stated result', () => {
    expect(labs('An elevated aldolase supported the diagnosis.')).toEqual(['aldolase elevated']);
  });
});

describe('a short sentence that states no finding', () => {
  it('takes back what a pattern rule read in a question, an examination not done or a search', () => {
    expect(findings('Periorbital oedema?')).toEqual({ 'periorbital-oedema': 'uncertain' });
    expect(findings('Weakness of the shoulders was not assessed.')).toEqual({});
    expect(findings('We looked for skin ulceration.')).toEqual({});
  });

  it('keeps a question of why, and a longer sentence that also states a finding', () => {
    expect(findings('Why do her shoulders feel weak?')).toMatchObject({
      'proximal-weakness-upper': 'present',
    });
    expect(
      findings('Weakness of the shoulders was not assessed, but she had a heliotrope rash.'),
    ).toMatchObject({
      'heliotrope-rash': 'present',
    });
  });
});

describe('an EMG that denies the myopathic pattern', () => {
  const emg = (text: string) => {
    const e = read(text).emg;
    return e ? `${e.performed}/${e.interpretation}` : undefined;
  };

  it('reads a denied myopathic pattern as a normal study, not a myopathic one', () => {
    expect(emg('EMG did not show myopathic changes.')).toBe('done/normal');
    expect(emg('EMG findings were not consistent with myopathy.')).toBe('done/normal');
    expect(emg('EMG: no myopathic pattern.')).toBe('done/normal');
    expect(emg('No myopathic changes were seen on EMG.')).toBe('done/normal');
  });

  it('keeps a myopathic study, also when the pattern is named before it', () => {
    expect(emg('EMG showed myopathic changes without denervation.')).toBe('done/myopathic');
    expect(emg('Myopathic changes were seen on EMG.')).toBe('done/myopathic');
    expect(emg('Myopathic changes were seen on MRI, and EMG was normal.')).toBe('done/normal');
    expect(emg('No EMG was performed.')).toBe('not-done/unknown');
  });

  it('reads a refused biopsy as not done', () => {
    expect(read('A muscle biopsy was refused.').muscleBiopsy?.performed).toBe('not-done');
  });
});

describe('a muscle biopsy that denies a myositis', () => {
  const conclusion = (text: string) => read(text).muscleBiopsy?.conclusion;

  it('reads a denied myositis as another process, and "was normal" as normal', () => {
    expect(conclusion('Muscle biopsy was not consistent with myositis.')).toBe('other');
    expect(conclusion('Muscle biopsy showed no evidence of inflammatory myopathy.')).toBe('other');
    expect(conclusion('Muscle biopsy findings argued against dermatomyositis.')).toBe('other');
    expect(conclusion('Muscle biopsy was normal.')).toBe('normal');
  });

  it('keeps a myositis the report names without denying it', () => {
    expect(conclusion('Muscle biopsy was consistent with dermatomyositis.')).toBe('consistent-with-myositis');
    expect(
      conclusion(
        'Muscle biopsy showed perifascicular atrophy, not seen in polymyositis, consistent with dermatomyositis.',
      ),
    ).toBe('consistent-with-myositis');
  });
});

describe('a drug that was not given', () => {
  const drugs = (text: string) => read(text).treatments.map((t) => t.drug);

  it('records no treatment a text says was considered, recommended, declined or never given', () => {
    expect(drugs('Methotrexate was considered but not started.')).toEqual([]);
    expect(drugs('IVIG may be considered if she worsens.')).toEqual([]);
    expect(drugs('Rituximab was declined.')).toEqual([]);
    expect(drugs('She had never received rituximab.')).toEqual([]);
    expect(drugs('We recommend the use of IVIG.')).toEqual([]);
  });

  it('keeps a drug given, also after a hedged diagnosis', () => {
    expect(drugs('She was suspected to have polymyositis and was treated with methylprednisolone.')).toEqual([
      'methylprednisolone',
    ]);
    expect(drugs('Methotrexate was stopped because of liver toxicity.')).toEqual(['methotrexate']);
  });
});

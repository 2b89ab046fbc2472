import { describe, expect, it } from 'vitest';
import { analyse } from '../document.js';
import { extractFindings } from './findings.js';

const run = (t: string) => extractFindings(analyse(t));
const status = (t: string, id: string) => run(t).findings.find((f) => f.id === id)?.status;

describe('findings from the lexicon', () => {
  it('records present, absent and uncertain findings with evidence spans', () => {
    const t = 'She had dysphagia. There was no fever. Possible interstitial lung disease.';
    const r = run(t);
    expect(status(t, 'dysphagia')).toBe('present');
    expect(status(t, 'fever')).toBe('absent');
    const ild = r.findings.find((f) => f.id === 'interstitial-lung-disease')!;
    expect(ild.status).toBe('uncertain');
    expect(ild.reason).toMatch(/Possible/);
    const span = r.findings.find((f) => f.id === 'dysphagia')!.evidence[0]!.spans[0]!;
    expect(t.slice(span.start, span.end)).toBe(span.text);
    expect(span.text).toBe('dysphagia');
  });
  it('reads "afebrile" as fever absent and lets present win across mentions', () => {
    expect(status('Afebrile on admission.', 'fever')).toBe('absent');
    expect(status('Afebrile on admission. Later she was febrile.', 'fever')).toBe('present');
  });
  it('reads a swelling named before "of the eyelids" as periorbital oedema', () => {
    expect(status('Oedema and redness of both upper eyelids were seen.', 'periorbital-oedema')).toBe(
      'present',
    );
    expect(status('Swelling of the eyelids was noted.', 'periorbital-oedema')).toBe('present');
    expect(status('Redness of the eyelids was noted.', 'periorbital-oedema')).toBeUndefined();
  });
  it('keeps "no fever" absent after a preceding negative result in a note without punctuation', () => {
    const note = 'no fever rash CK 695 ANA negative no fever rash CK 695 ANA negative';
    expect(status(note, 'fever')).toBe('absent');
    expect(status('On review she was not afebrile.', 'fever')).toBe('present');
  });

  it('reads "with no fever" as fever absent: the trigger shares its "no" with the term "no fever"', () => {
    expect(status('She had a violaceous rash, with no fever or weight loss.', 'fever')).toBe('absent');
    expect(status('She had a violaceous rash, with no fever or weight loss.', 'weight-loss')).toBe('absent');
    // a separate negation before a negative term still turns it round
    expect(status('She was not afebrile on the ward.', 'fever')).toBe('present');
  });
  it('never attributes a relative’s condition or a planned one to the patient', () => {
    expect(status('Her mother had Raynaud phenomenon.', 'raynaud-phenomenon')).toBeUndefined();
    expect(status('Return if dysphagia develops.', 'dysphagia')).toBeUndefined();
  });
  it('does not give the patient a condition named for patients in general ("considered in patients with …")', () => {
    const t =
      'We report a case of antisynthetase syndrome, which should be considered in patients with interstitial lung disease. She had Raynaud phenomenon.';
    expect(status(t, 'interstitial-lung-disease')).toBeUndefined();
    expect(status(t, 'raynaud-phenomenon')).toBe('present');
    expect(status('A man with interstitial lung disease was admitted.', 'interstitial-lung-disease')).toBe(
      'present',
    );
  });
  it('does not give the patient the candidates of a differential diagnosis or what a test looks for', () => {
    const t =
      'She had a rash. The differential diagnoses included antisynthetase syndrome with mechanic’s hands. ' +
      'She was screened for interstitial lung disease, and a swallow study was done to exclude dysphagia.';
    expect(status(t, 'mechanics-hands')).toBeUndefined();
    expect(status(t, 'interstitial-lung-disease')).toBeUndefined();
    expect(status(t, 'dysphagia')).toBeUndefined();
    // the patient's own signs named before the differential stay hers
    expect(
      status(
        'Given her Gottron papules, the differential diagnosis included dermatomyositis.',
        'gottron-papules',
      ),
    ).toBe('present');
  });
  it('reads a sign named as what is imitated ("mimics of", "mimicking") as uncertain, even beside the eyelids', () => {
    expect(status('Mimics of heliotrope rash: contact dermatitis of the eyelids', 'heliotrope-rash')).toBe(
      'uncertain',
    );
    expect(status('A scaly dermatitis mimicking Gottron papules.', 'gottron-papules')).toBe('uncertain');
    expect(status('She had a heliotrope rash of the eyelids.', 'heliotrope-rash')).toBe('present');
  });
  it('does not read a finding word naming a test or a measure ("arthritis panel", "dysphagia work-up")', () => {
    const t = 'An arthritis panel was negative. Dysphagia work-up was normal. Myalgia scores improved.';
    expect(run(t).findings).toEqual([]);
    expect(status('She had dysphagia and arthritis.', 'arthritis')).toBe('present');
  });
  it('reads "excluded" before or after a finding as its absence', () => {
    expect(status('CT excluded interstitial lung disease.', 'interstitial-lung-disease')).toBe('absent');
    expect(status('Interstitial lung disease was excluded.', 'interstitial-lung-disease')).toBe('absent');
  });
});

describe('skin descriptions (EULAR/ACR definitions)', () => {
  it('reads a sided orbit with its skin as the eyelid region, pimples over the knuckles as papules, and a rash said to be photosensitive', () => {
    const t = 'He started with right orbital skin oedema and dark purple erythema.';
    expect(status(t, 'heliotrope-rash')).toBe('present');
    expect(status(t, 'periorbital-oedema')).toBe('present');
    expect(status('Orbital MRI showed oedema of the rectus muscles.', 'periorbital-oedema')).toBeUndefined();
    expect(status('He developed red pimples over the metacarpophalangeal joints.', 'gottron-papules')).toBe(
      'present',
    );
    expect(status('The rash was painful, pruritic and photosensitive.', 'photosensitive-rash')).toBe(
      'present',
    );
  });
  it('reads a V-shaped rash as the V sign and walking uphill as a hip-girdle task', () => {
    expect(status('A V-shape rash of his upper torso.', 'v-sign')).toBe('present');
    expect(status('She has difficulty walking uphill because of weakness.', 'proximal-weakness-lower')).toBe(
      'present',
    );
  });
  it('reads erythematous-violaceous periocular lesions as heliotrope rash', () => {
    expect(status('Erythematous-violaceous lesions in the periocular region.', 'heliotrope-rash')).toBe(
      'present',
    );
    expect(status('Lilac discoloration of the upper eyelids.', 'heliotrope-rash')).toBe('present');
  });
  it('does not read periorbital oedema alone as heliotrope rash', () => {
    expect(status('Rash on the arms and periorbital oedema.', 'heliotrope-rash')).toBeUndefined();
  });
  it('tells Gottron papules from Gottron sign, and says when it cannot', () => {
    expect(status('Violaceous papules over the metacarpophalangeal joints.', 'gottron-papules')).toBe(
      'present',
    );
    expect(status('Flat erythematous macules over the knuckles.', 'gottron-sign')).toBe('present');
    const r = run('Scaly erythematous lesions on the dorsum of the metacarpophalanges.');
    const p = r.findings.find((f) => f.id === 'gottron-papules')!;
    expect(p.status).toBe('uncertain');
    expect(p.reason).toMatch(/papules/);
  });
  it('leaves Gottron lesions open when only the back of the hand is named, unless the sign is named', () => {
    const t = 'There were pink papules on the dorsum of both hands.';
    expect(status(t, 'gottron-papules')).toBe('uncertain');
    expect(status(t, 'gottron-sign')).toBe('uncertain');
    const named = 'Pink bands on the back of the hands with Gottron papules.';
    expect(status(named, 'gottron-papules')).toBe('present');
    expect(status(named, 'gottron-sign')).toBeUndefined();
  });
  it('combines papules on the back of the hand and lesions over the finger joints into Gottron papules (inferred)', () => {
    const t =
      'Red papular lesions appeared on the dorsum of the left hand. Examination found scaly lesions over the metacarpophalangeal joints.';
    const f = run(t).findings.find((x) => x.id === 'gottron-papules')!;
    expect(f).toMatchObject({ status: 'present', inferred: true });
    expect(status(t, 'gottron-sign')).toBe('uncertain');
  });
  it('reads erythema of the neckline or upper chest as V-sign', () => {
    expect(status('Erythema of the neckline.', 'v-sign')).toBe('present');
    expect(status('A purple rash over his chest and neck.', 'v-sign')).toBe('present');
    expect(status('A rash on the neck spreading over the upper part of the thorax.', 'v-sign')).toBe(
      'present',
    );
    expect(status('A rash over the upper back, neck and chest.', 'v-sign')).toBeUndefined();
  });
  it('reads flat-topped or flat papules over the finger joints as Gottron papules', () => {
    expect(status('Flat papules over the metacarpophalangeal joints.', 'gottron-papules')).toBe('present');
    expect(
      status('Erythematous papules over the extensor surfaces of the finger joints.', 'gottron-papules'),
    ).toBe('present');
  });
  it('reads mechanic’s hands, skin ulcers and periungual changes from their descriptions', () => {
    expect(
      status(
        'Hyperkeratotic, fissured skin along the radial borders of the index fingers.',
        'mechanics-hands',
      ),
    ).toBe('present');
    expect(status('Painful ulcers on the finger pulps.', 'skin-ulceration')).toBe('present');
    expect(status('Painful oral ulcers.', 'skin-ulceration')).toBeUndefined();
    expect(status('Her nail folds were ragged with visible capillary loops.', 'periungual-changes')).toBe(
      'present',
    );
    expect(status('There was no abnormal nail fold capillaroscopy.', 'periungual-changes')).toBe('absent');
  });
  it('reads a statement that there is no rash as no heliotrope rash and no Gottron lesions (inferred)', () => {
    const r = run('There was no rash. Without pathognomonic dermatological features.');
    for (const id of ['heliotrope-rash', 'gottron-papules', 'gottron-sign'])
      expect(r.findings.find((f) => f.id === id)).toMatchObject({ status: 'absent', inferred: true });
    expect(status('Without the presence of skin lesions.', 'gottron-sign')).toBe('absent');
    expect(status('An erythematous rash on the arms.', 'heliotrope-rash')).toBeUndefined();
  });
});

describe('weakness and MRC grades', () => {
  it('grades each limb from the words before the grade', () => {
    const r = run(
      'Weak proximal arm and shoulder muscles (III-IV/V); weaker hip girdle and thighs, graded IV/V.',
    );
    expect(r.strength.map((s) => [s.group, s.grade])).toEqual([
      ['proximal-upper', 'III-IV/V'],
      ['proximal-lower', 'IV/V'],
    ]);
  });
  it('reads grades written beside named muscles without a strength word', () => {
    expect(status('Quadriceps 4/5, iliopsoas 3/5.', 'proximal-weakness-lower')).toBe('present');
    expect(status('Deltoids 4/5 bilaterally.', 'proximal-weakness-upper')).toBe('present');
  });
  it('reads the psoas as a proximal lower-limb muscle, graded or named beside a weakness', () => {
    const t = 'Proximal (deltoid: 4/5, psoas: 4/5) muscle weakness was found.';
    expect(status(t, 'proximal-weakness-upper')).toBe('present');
    expect(status(t, 'proximal-weakness-lower')).toBe('present');
    expect(status('Weakness of both psoas muscles.', 'proximal-weakness-lower')).toBe('present');
  });
  it('grades both limbs named together, and reads the region after the grade', () => {
    expect(
      run('Diminished proximal strength of upper and lower limb alike (3–4/5).').strength.map((s) => s.group),
    ).toEqual(['proximal-upper', 'proximal-lower']);
    expect(
      run('Power was 4/5 in the proximal muscles of the arms, with normal distal strength.').strength,
    ).toMatchObject([{ group: 'proximal-upper', grade: '4/5' }]);
  });
  it('finds proximal weakness by region, negated neck weakness, and symmetry', () => {
    const t = 'Proximal power was reduced in the upper and lower limbs, but she had no neck weakness.';
    expect(status(t, 'proximal-weakness-upper')).toBe('present');
    expect(status(t, 'proximal-weakness-lower')).toBe('present');
    expect(status(t, 'neck-flexor-weakness')).toBe('absent');
    expect(status(t, 'symmetric-weakness')).toBeUndefined();
    expect(
      status('Symmetrical reduced proximal power in the upper and lower limbs.', 'symmetric-weakness'),
    ).toBe('present');
  });
  it('keeps a rash location from becoming weakness ("rash on the neck and arms … weakness")', () => {
    expect(
      status(
        'A rash on the upper chest, neck and back, and also proximal limb weakness.',
        'neck-flexor-weakness',
      ),
    ).toBeUndefined();
  });
  it('reads proximal weakness without a limb as both girdles, present and inferred (convention)', () => {
    const r = run('Proximal muscle weakness.');
    for (const id of ['proximal-weakness-upper', 'proximal-weakness-lower'])
      expect(r.findings.find((x) => x.id === id)).toMatchObject({ status: 'present', inferred: true });
    expect(status('Weakness of proximal muscles and stiffness of the legs.', 'proximal-weakness-upper')).toBe(
      'present',
    );
    expect(status('prox myopathy.', 'proximal-weakness-lower')).toBe('present');
  });
  it('lets a stated limb win over the inferred reading', () => {
    const r = run('Proximal muscle weakness. Power 5/5 in the deltoids.');
    expect(r.findings.find((x) => x.id === 'proximal-weakness-upper')).toMatchObject({ status: 'absent' });
    expect(r.findings.find((x) => x.id === 'proximal-weakness-lower')).toMatchObject({ inferred: true });
  });
  it('reads "no muscle weakness" and "muscle strength was normal" as both girdles absent, but not a distal statement', () => {
    expect(status('There were no signs of muscle weakness.', 'proximal-weakness-lower')).toBe('absent');
    expect(status('Muscle strength was normal throughout.', 'proximal-weakness-upper')).toBe('absent');
    expect(status('Normal distal strength.', 'proximal-weakness-upper')).toBeUndefined();
    expect(status('No neck weakness.', 'proximal-weakness-upper')).toBeUndefined();
  });
  it('reads weakness from MRC grades below 5, regions written before or after the grade', () => {
    const t = 'Power of 3/5 in the deltoids and 4-/5 in the hip flexors bilaterally.';
    expect(run(t).strength.map((s) => [s.group, s.grade])).toEqual([
      ['proximal-upper', '3/5'],
      ['proximal-lower', '4-/5'],
    ]);
    expect(status(t, 'proximal-weakness-lower')).toBe('present');
    expect(status(t, 'symmetric-weakness')).toBe('present');
    expect(status('67 F. prox weakness 4+/5 UL, 3-4/5 LL bilat.', 'proximal-weakness-lower')).toBe('present');
    expect(status('Knee extension 5/5, shoulder abduction 5/5.', 'proximal-weakness-upper')).toBe('absent');
  });
  it('reads functional limitations as proximal weakness, but not a one-sided one or another symptom of a limb', () => {
    expect(status('Difficulty getting out of the bath.', 'proximal-weakness-lower')).toBe('present');
    expect(status('She struggles to hold her arms up to wash her hair.', 'proximal-weakness-upper')).toBe(
      'present',
    );
    expect(status('She was unable to raise the right leg.', 'proximal-weakness-lower')).toBeUndefined();
    expect(
      status('Stiffness of the legs and weakness of the hands.', 'proximal-weakness-lower'),
    ).toBeUndefined();
  });
  it('reads proximal tetraparesis and weakness of four limbs as both girdles', () => {
    expect(status('Examination revealed proximal tetraparesis.', 'proximal-weakness-upper')).toBe('present');
    expect(status('Proximal muscle weakness of four limbs.', 'proximal-weakness-lower')).toBe('present');
  });
  it('reads an asymmetric pattern as symmetric weakness absent, and "both upper and lower" as no statement of symmetry', () => {
    expect(status('Weakness of finger flexion, an asymmetric pattern.', 'symmetric-weakness')).toBe('absent');
    expect(
      status('Weakness of the proximal muscles of both upper and lower limbs.', 'symmetric-weakness'),
    ).toBe(undefined);
  });
});

describe('myalgia, weight and diagnoses', () => {
  it('reads pain of the muscles coordinated with weakness as myalgia, and painless weakness as no myalgia', () => {
    expect(status('A 3-month history of muscle weakness, pain and spasms.', 'myalgia')).toBe('present');
    expect(status('Pain and weakness affecting the proximal muscles.', 'myalgia')).toBe('present');
    expect(status('Painless proximal muscle weakness.', 'myalgia')).toBe('absent');
    expect(status('The weakness was painless.', 'myalgia')).toBe('absent');
    expect(status('Abdominal pain and proximal weakness.', 'myalgia')).toBeUndefined();
  });
  it('reads weight lost in kilograms or pounds, and not a diagnosis named "arthritis" as the finding', () => {
    expect(status('She has lost about 4 kg.', 'weight-loss')).toBe('present');
    expect(status('History of rheumatoid arthritis.', 'arthritis')).toBeUndefined();
  });
  it('keeps what the patient presented with out of a "with no …" negation', () => {
    const t = 'She presented with no muscle weakness and interstitial lung disease.';
    expect(status(t, 'interstitial-lung-disease')).toBe('present');
    expect(status('She presented with no fever or dysphagia.', 'dysphagia')).toBe('absent');
    expect(status('She can no longer rise from a chair and has painful, stiff thighs.', 'myalgia')).toBe(
      'present',
    );
    expect(status("Raynaud's phenomenon was denied.", 'raynaud-phenomenon')).toBe('absent');
  });
});

describe('MRC written as "MRC grade N"', () => {
  it('reads the grade after MRC', () => {
    expect(run('Shoulder abduction weakness, MRC grade 4 in the deltoids.').strength).toMatchObject([
      { group: 'proximal-upper', grade: '4' },
    ]);
  });
});

describe('clinic-letter phrasing', () => {
  it('reads functional proximal weakness, plaques over the joints, and weight lost in kg', () => {
    const t =
      'She has difficulty rising from chairs and lifting her arms above her head. Scaly plaques over the MCP joints. She has lost 6 kg in weight.';
    expect(status(t, 'proximal-weakness-upper')).toBe('present');
    expect(status(t, 'proximal-weakness-lower')).toBe('present');
    expect(status(t, 'gottron-papules')).toBe('present');
    expect(status(t, 'weight-loss')).toBe('present');
  });
});

describe('weakness: an inability is the weakness, not its absence (issue 12)', () => {
  it('reads "could not get up", "cannot climb" as present and "no difficulty" as absent', () => {
    expect(status('He could not get up from a squatting position.', 'proximal-weakness-lower')).toBe(
      'present',
    );
    expect(status('He cannot climb stairs.', 'proximal-weakness-lower')).toBe('present');
    expect(status('He had no difficulty climbing stairs.', 'proximal-weakness-lower')).toBe('absent');
  });
});

describe('third round of published phrasings (issue 12)', () => {
  it('reads "no muscle involvement" and "no abnormalities on strength testing" as no weakness (inferred)', () => {
    for (const t of [
      'There was no muscle involvement.',
      'There were no abnormalities on strength testing.',
    ]) {
      const f = run(t).findings.find((x) => x.id === 'proximal-weakness-upper');
      expect(f?.status, t).toBe('absent');
      expect(f?.inferred, t).toBe(true);
      expect(status(t, 'proximal-weakness-lower'), t).toBe('absent');
    }
  });
  it('reads a long limb phrase after "proximal" and "intact distal strength" as distal weakness absent', () => {
    const t =
      'Examination showed proximal upper extremity and lower extremity weakness with intact distal strength.';
    expect(status(t, 'proximal-weakness-upper')).toBe('present');
    expect(status(t, 'proximal-weakness-lower')).toBe('present');
    expect(status(t, 'distal-weakness')).toBe('absent');
  });
  it('settles an unspecified rash over the knuckles with papules described over the joints in another sentence', () => {
    const t =
      'She has a rash on her eyelids and knuckles. The MCP joints have violet flat-topped papules on their dorsal surface.';
    expect(status(t, 'gottron-papules')).toBe('present');
    expect(status(t, 'gottron-sign')).toBeUndefined();
  });
  it('does not read "never had a rash like this" or a bilateral rash as findings about the weakness', () => {
    const t = 'She had a violaceous rash on the upper back. She has never had a rash like this before.';
    expect(status(t, 'heliotrope-rash')).toBeUndefined();
    expect(status(t, 'gottron-sign')).toBeUndefined();
    const u = 'She had an itchy rash on her bilateral hands and progressive proximal muscle weakness.';
    expect(status(u, 'symmetric-weakness')).toBeUndefined();
    expect(status(u, 'proximal-weakness-upper')).toBe('present');
  });
  it('does not read an empty past history as a negated complaint', () => {
    const t = 'A woman with no past medical history presented with a rash and dysphagia.';
    expect(status(t, 'dysphagia')).toBe('present');
    expect(status(t, 'gottron-papules')).toBeUndefined();
    expect(status('She had photosensitive papules over the forearms.', 'photosensitive-rash')).toBe(
      'present',
    );
    // "no relevant / notable / known medical history" is as empty
    expect(
      status(
        'A man with no relevant medical history presented with fever, myalgia and dysphagia.',
        'myalgia',
      ),
    ).toBe('present');
  });
});

describe('third round: regions, pains and skin areas (issue 12)', () => {
  it('reads intrinsic hand muscles as distal, the sitting position as the lower girdle, sun-aggravated rashes as photosensitive', () => {
    expect(status('Weakness in the intrinsic muscles of the hands.', 'distal-weakness')).toBe('present');
    expect(
      status('She had difficulty getting up from the sitting position.', 'proximal-weakness-lower'),
    ).toBe('present');
    expect(status('Rashes over the face which get aggravated on sun exposure.', 'photosensitive-rash')).toBe(
      'present',
    );
  });
  it('does not read joint tenderness as myalgia, and reads a violaceous rash on the shoulders and neck as the shawl sign', () => {
    expect(
      status('Mild shoulder girdle weakness and tenderness of the glenohumeral joints.', 'myalgia'),
    ).toBeUndefined();
    expect(status('A violaceous skin rash on her arms, shoulders and neck.', 'shawl-sign')).toBe('present');
  });
});

describe('third round: hedges (issue 12)', () => {
  it('reads a rash that "resembled Gottron\'s signs" as Gottron\'s sign uncertain', () => {
    expect(status('She had a rash on both hands, which resembled Gottron’s signs.', 'gottron-sign')).toBe(
      'uncertain',
    );
  });
});

describe('findings: third round (issue 12, development text read from new published cases)', () => {
  it('reads "bilaterally" after a hand or face site as the sides of that site, not symmetric weakness', () => {
    const t = 'Scaling papules over his hands and fingers bilaterally and proximal upper extremity weakness.';
    expect(status(t, 'symmetric-weakness')).toBeUndefined();
    expect(status('Proximal weakness of the arms bilaterally.', 'symmetric-weakness')).toBe('present');
  });
  it('reads orbital oedema and swollen upper eyelids as periorbital oedema', () => {
    expect(status('She had orbital edema.', 'periorbital-oedema')).toBe('present');
    expect(status('A rash appeared on the swollen upper eyelids.', 'periorbital-oedema')).toBe('present');
  });
  it('reads nasal speech as dysphonia', () => {
    expect(status('She developed a nasal speech and choked on liquids.', 'dysphonia')).toBe('present');
  });
  it('reads sore muscles as myalgia, never a sore throat', () => {
    expect(status('A man had a rash. His thigh muscles were often sore.', 'myalgia')).toBe('present');
    expect(status('A man had a rash. He had a sore throat and muscle weakness.', 'myalgia')).toBeUndefined();
  });
  it('takes the side word of the weakness, past the side word of another sign', () => {
    const t =
      'A man had a rash. He had swelling of the bilateral forearms, a facial rash and symmetric proximal weakness.';
    expect(status(t, 'symmetric-weakness')).toBe('present');
    expect(
      status(
        'A man had a rash. He had a rash on his bilateral arms and muscle weakness.',
        'symmetric-weakness',
      ),
    ).toBeUndefined();
  });
  it('reads "proximal A and distal B weakness" as proximal weakness of A only', () => {
    const t = 'A man had a rash. He had proximal lower limb and distal upper limb weakness.';
    expect(status(t, 'proximal-weakness-lower')).toBe('present');
    expect(status(t, 'proximal-weakness-upper')).toBeUndefined();
    expect(status(t, 'distal-weakness')).toBe('present');
  });
  it('leaves limb words of a list of rash sites to the rash', () => {
    const t =
      'A man had rashes on his scalp, face, chest, arms, and legs, with fatigue, dysphagia, and proximal weakness.';
    expect(status(t, 'proximal-weakness-upper')).toBe('present');
    expect(status(t, 'proximal-weakness-lower')).toBe('present');
    expect(run(t).findings.find((f) => f.id === 'proximal-weakness-lower')?.inferred).toBe(true);
  });
  it('reads a "sun allergy" rash as photosensitive', () => {
    expect(
      status(
        'A woman is evaluated for a "sun allergy," manifesting as a rash on her scalp.',
        'photosensitive-rash',
      ),
    ).toBe('present');
  });
});

describe('fourth round: skin signs, weakness phrasings and whose skin (issue 12)', () => {
  it('reads a coloured swelling of the eyelids as heliotrope rash, and eyelid words before a swelling as periorbital oedema', () => {
    const t = 'A man had weakness. Violaceous bilateral periorbital edema was present.';
    expect(status(t, 'heliotrope-rash')).toBe('present');
    expect(status(t, 'periorbital-oedema')).toBe('present');
    expect(status('A girl had bilateral eyelid erythema and edema.', 'periorbital-oedema')).toBe('present');
    expect(status('Her face was swollen, more so around the eyes.', 'periorbital-oedema')).toBe('present');
    expect(status('Rash on the arms and periorbital oedema.', 'heliotrope-rash')).toBeUndefined();
  });
  it('does not read a poikilodermatous eruption of the eyelids as heliotrope rash, nor the uncoloured complaint it describes', () => {
    const t =
      'A man had an itchy rash on his eyelids and chest. Examination showed a poikilodermatous eruption on his eyelids and upper chest.';
    expect(status(t, 'heliotrope-rash')).toBe('uncertain');
    expect(status('A woman had a rash on her eyelids.', 'heliotrope-rash')).toBe('present');
  });
  it('reads erythema over the finger joints (no raised lesion) as Gottron sign, and "the back" in a list of sites as the trunk', () => {
    expect(status('His hands had erythema over the proximal interphalangeal joints.', 'gottron-sign')).toBe(
      'present',
    );
    expect(
      status('His hands had erythema over the proximal interphalangeal joints.', 'gottron-papules'),
    ).toBeUndefined();
    expect(status('Erythematous lesions over the knuckles.', 'gottron-sign')).toBe('uncertain');
    expect(status('A man had a rash on his face, chest, back, and hands.', 'gottron-sign')).toBeUndefined();
  });
  it('reads a coloured rash of the neck and back as the shawl sign', () => {
    expect(status('Confluent violaceous erythema of the upper chest, neck and back.', 'shawl-sign')).toBe(
      'present',
    );
  });
  it('reads "found it difficult to stand up" as lower-girdle weakness', () => {
    expect(status('He found it difficult to stand up from sitting.', 'proximal-weakness-lower')).toBe(
      'present',
    );
  });
  it('reads a full grade "in all remaining muscles" as normal strength of the groups not graded weak', () => {
    const t = 'Strength was 4/5 at the hip flexors and 5/5 in all other muscle groups.';
    expect(status(t, 'proximal-weakness-lower')).toBe('present');
    expect(status(t, 'proximal-weakness-upper')).toBe('absent');
    expect(status(t, 'distal-weakness')).toBe('absent');
  });
  it('keeps only the girdle a later, specific statement names', () => {
    const t =
      'We report a man who presented with proximal muscle weakness. He had bilateral proximal lower-extremity weakness.';
    expect(status(t, 'proximal-weakness-lower')).toBe('present');
    expect(status(t, 'proximal-weakness-upper')).toBeUndefined();
    const u = 'A man had proximal muscle weakness. He could not climb stairs.';
    expect(status(u, 'proximal-weakness-upper')).toBe('present');
  });
  it('does not give the side word of an eyelid rash to the weakness', () => {
    expect(
      status(
        'A girl presented with bilateral eyelid erythema and proximal muscle weakness.',
        'symmetric-weakness',
      ),
    ).toBeUndefined();
  });
  it('does not read painful skin lesions over the thighs as myalgia', () => {
    expect(
      status('She complained of painful skin lesions over the buttocks and thighs.', 'myalgia'),
    ).toBeUndefined();
  });
  it('drops a generic "no skin involvement" when a skin sign of the patient is stated later', () => {
    const t =
      'A man presented with weakness without initial skin involvement. Two months later he had Gottron papules.';
    expect(status(t, 'gottron-papules')).toBe('present');
    expect(status(t, 'heliotrope-rash')).toBeUndefined();
    expect(status('A man presented with weakness and no skin involvement.', 'heliotrope-rash')).toBe(
      'absent',
    );
  });
  it('reads ulcers of the digits and flexures, soft-tissue calcification, a nasal tone, muscle and joint pain and swollen joints', () => {
    expect(status('She had dusky digits with dry ulceration of the digits.', 'skin-ulceration')).toBe(
      'present',
    );
    expect(status('Painful ulcerations on the flexures of the limbs.', 'skin-ulceration')).toBe('present');
    expect(status('CT showed soft tissue calcifications of both thighs.', 'calcinosis')).toBe('present');
    expect(status('There was a nasal tone to her voice.', 'dysphonia')).toBe('present');
    expect(status('Weakness was accompanied by muscle and joint pain.', 'myalgia')).toBe('present');
    expect(status('She had swelling of multiple joints.', 'arthritis')).toBe('present');
  });
  it('is not negated by an access label after a title ("FREE TO VIEW")', () => {
    expect(
      status(
        'A 62-Year-Old Man With Skin Rash and an Abnormal Chest Radiograph FREE TO VIEW',
        'heliotrope-rash',
      ),
    ).toBeUndefined();
  });
});

describe('fourth round: phrasing families of the examination (issue 12, synthetic sentences)', () => {
  it('reads "girdle weakness" without a girdle named as both girdles (inferred)', () => {
    const r = run('A woman had a rash. She had girdle weakness.');
    expect(r.findings.find((f) => f.id === 'proximal-weakness-upper')).toMatchObject({
      status: 'present',
      inferred: true,
    });
    expect(status('A woman had a rash. She had girdle weakness.', 'proximal-weakness-lower')).toBe('present');
  });
  it('reads normal strength of all four limbs, of one pair of limbs, and normal manual muscle testing', () => {
    expect(status('She had normal power in all four limbs.', 'proximal-weakness-lower')).toBe('absent');
    expect(status('Strength was normal in the upper limbs.', 'proximal-weakness-upper')).toBe('absent');
    expect(status('Strength was normal in the upper limbs.', 'proximal-weakness-lower')).toBeUndefined();
    expect(status('Manual muscle testing was normal.', 'proximal-weakness-upper')).toBe('absent');
  });
  it('reads coloured macules or papules over the elbows and knees as Gottron lesions, never a bare or brown rash there', () => {
    expect(status('Violaceous macules over the elbows and knees were seen.', 'gottron-sign')).toBe('present');
    expect(status('Erythematous papules over both elbows.', 'gottron-papules')).toBe('present');
    expect(status('She had a rash over her elbows.', 'gottron-sign')).toBeUndefined();
    expect(status('Hyperpigmented macules on both knees.', 'gottron-sign')).toBeUndefined();
  });
  it('reads colour changes of the fingers in the cold as Raynaud phenomenon', () => {
    expect(status('She described colour changes of her fingers in the cold.', 'raynaud-phenomenon')).toBe(
      'present',
    );
    expect(status('She had colour changes of the rash.', 'raynaud-phenomenon')).toBeUndefined();
  });
  it('reads a Gowers sign or a waddling gait as lower-girdle weakness, and a negative Gowers sign as its absence', () => {
    expect(status("A girl had a positive Gowers' sign.", 'proximal-weakness-lower')).toBe('present');
    expect(status('He walked with a waddling gait.', 'proximal-weakness-lower')).toBe('present');
    expect(status('Gowers sign was negative.', 'proximal-weakness-lower')).toBe('absent');
  });
  it('reads a UIP pattern and honeycombing as interstitial lung disease', () => {
    expect(status('HRCT showed a UIP pattern of fibrosis.', 'interstitial-lung-disease')).toBe('present');
    expect(status('CT showed basal honeycombing.', 'interstitial-lung-disease')).toBe('present');
  });
});

describe('fourth round: the rest of the muscles, grip, photosensitive lesions (issue 12)', () => {
  it('reads "rest of the limb and neck muscles were strong" as the other groups normal, the stated weakness kept', () => {
    const t =
      'A woman had a rash. Muscle power was 4/5 at hip flexion. Rest of the limb and neck muscles were strong.';
    expect(status(t, 'proximal-weakness-lower')).toBe('present');
    expect(status(t, 'proximal-weakness-upper')).toBe('absent');
    expect(status(t, 'neck-flexor-weakness')).toBe('absent');
    expect(
      status(
        'A man had weakness of the legs. The rest of the examination was normal.',
        'proximal-weakness-upper',
      ),
    ).toBeUndefined();
  });
  it('reads a normal grip as normal finger flexors, never a reduced one', () => {
    expect(status('Grip strength was normal.', 'finger-flexor-weakness')).toBe('absent');
    expect(status('Grip strength was reduced.', 'finger-flexor-weakness')).toBeUndefined();
  });
  it('reads photosensitive papules as a photosensitive rash', () => {
    expect(status('She had photosensitive papules over the forearms.', 'photosensitive-rash')).toBe(
      'present',
    );
  });
});

describe('findings: fifth round (issue 12)', () => {
  it('reads a grade below 5/5 "in distal groups" as distal weakness', () => {
    const t = 'He had marked weakness of all four limbs, 2/5 in proximal and 3/5 in distal groups.';
    expect(status(t, 'distal-weakness')).toBe('present');
    expect(status('Power was 4/5 proximally and 5/5 in distal groups.', 'distal-weakness')).toBeUndefined();
    const u = 'She had marked weakness of the limbs, 2/5 at the hips compared with 4/5 strength distally.';
    expect(status(u, 'distal-weakness')).toBe('present');
  });
});

describe('findings: sixth round (issue 12)', () => {
  it('reads a proximodistal weakness as proximal (both girdles) and distal', () => {
    const t = 'On examination he had a symmetrical proximodistal weakness.';
    expect(status(t, 'proximal-weakness-upper')).toBe('present');
    expect(status(t, 'proximal-weakness-lower')).toBe('present');
    expect(status(t, 'distal-weakness')).toBe('present');
    expect(status(t, 'symmetric-weakness')).toBe('present');
  });
  it('never reads a disease named after a fever as the fever finding', () => {
    const t = 'She was put on penicillin for rheumatic fever and has myalgia.';
    expect(status(t, 'fever')).toBeUndefined();
    expect(status('She had a fever of two weeks.', 'fever')).toBe('present');
  });
  it('reads a body temperature of 38 °C or more as fever, and a normal one as nothing', () => {
    expect(status('She had an increase in body temperature up to 39.0°C.', 'fever')).toBe('present');
    expect(status('His temperature was 101.3 °F on arrival.', 'fever')).toBe('present');
    expect(status('Her body temperature was 37.2 °C.', 'fever')).toBeUndefined();
  });
  it('reads a denied lung involvement or a normal chest CT as no interstitial lung disease', () => {
    expect(status('Chest CT was unremarkable for lung involvement.', 'interstitial-lung-disease')).toBe(
      'absent',
    );
    expect(status('A chest CT scan showed no abnormalities.', 'interstitial-lung-disease')).toBe('absent');
    expect(
      status('Chest CT showed no abnormality except a hilar mass.', 'interstitial-lung-disease'),
    ).toBeUndefined();
    expect(status('Her chest radiograph was normal.', 'interstitial-lung-disease')).toBeUndefined();
    const screen = 'Malignancy screening (CT thorax, abdomen and pelvis) was unremarkable.';
    expect(status(screen, 'interstitial-lung-disease')).toBeUndefined();
  });
  it('reads pain of the upper arms as myalgia and a weakness without pain as no myalgia', () => {
    expect(status('She had a 4-day history of pain in both upper arms.', 'myalgia')).toBe('present');
    const t = 'He had difficulty walking uphill due to weakness without pain or dyspnoea.';
    expect(status(t, 'myalgia')).toBe('absent');
  });
  it('reads weakness of opposite limbs on opposite sides as asymmetric', () => {
    const t = 'He had proximal muscle weakness in the left upper and right lower limbs.';
    expect(status(t, 'symmetric-weakness')).toBe('absent');
    expect(status(t, 'proximal-weakness-upper')).toBe('present');
    const u = 'She had proximal weakness of the right arm and the right leg.';
    expect(status(u, 'symmetric-weakness')).toBeUndefined();
  });
  it('reads a proximal activity further along a list after a word of limitation', () => {
    const t =
      'She noticed difficulty in doing the housework, and especially climbing stairs, because of weakness.';
    expect(status(t, 'proximal-weakness-lower')).toBe('present');
    expect(status('He struggled to climb the stairs.', 'proximal-weakness-lower')).toBe('present');
    expect(
      status('She had difficulty sleeping. She climbs stairs daily.', 'proximal-weakness-lower'),
    ).toBeUndefined();
  });
  it('reads the eye region coordinated with the face before one oedema word as periorbital oedema', () => {
    const t = 'She presented with a 3-month history of bilateral orbital and facial edema.';
    expect(status(t, 'periorbital-oedema')).toBe('present');
  });
  it('reads a grade written before "distally" as the grade of the distal muscles', () => {
    const t = 'Strength was 2/5 in the shoulder and hip girdles compared with 4/5 strength distally.';
    expect(status(t, 'distal-weakness')).toBe('present');
    expect(status(t, 'proximal-weakness-upper')).toBe('present');
    expect(status('Strength was 5/5 distally.', 'distal-weakness')).toBe('absent');
  });
  it('reads an asymptomatic patient as without weakness or myalgia, unless weakness is stated', () => {
    const t = 'We describe a 70-year-old asymptomatic man with persistent hyperCKemia.';
    expect(status(t, 'proximal-weakness-lower')).toBe('absent');
    expect(status(t, 'myalgia')).toBe('absent');
    expect(status('An asymptomatic lung nodule was found.', 'myalgia')).toBeUndefined();
    expect(status('The rash is asymptomatic.', 'myalgia')).toBeUndefined();
    const u = 'He was asymptomatic at first. Later he developed proximal weakness of the legs.';
    expect(status(u, 'proximal-weakness-lower')).toBe('present');
  });
  it('leaves a limb to the other sign it names ("lower limb areflexia"), so proximal weakness stays both girdles', () => {
    const t =
      'Examination showed proximal and distal muscle weakness, lower limb areflexia and intact sensation.';
    expect(status(t, 'proximal-weakness-upper')).toBe('present');
    expect(status(t, 'proximal-weakness-lower')).toBe('present');
  });
});

describe('proximal muscles weaker than distal (EULAR/ACR item; issue 12, eighth round)', () => {
  const item = 'proximal-weaker-than-distal-legs';
  it('reads a proximal-dominant weakness and lower proximal than distal grades as the item', () => {
    expect(status('Examination showed a proximal-dominant weakness of both legs.', item)).toBe('present');
    expect(status('Symmetric weakness was found, predominantly proximal, in all four limbs.', item)).toBe(
      'present',
    );
    expect(
      status('Weakness of proximal muscles was graded 2 and weakness of distal muscles graded 4.', item),
    ).toBe('present');
  });
  it('does not read it from equal grades, the arms alone, or a negated statement', () => {
    expect(status('Proximal strength was 5/5 and distal strength 5/5.', item)).toBeUndefined();
    expect(status('A predominantly proximal weakness of the arms.', item)).toBeUndefined();
    expect(status('There was no proximal-dominant weakness.', item)).toBeUndefined();
  });
});

describe('findings: tenth round, muscle power in a list an examination found normal (issue 12)', () => {
  it('reads "examination was unremarkable, including … muscle power" as normal strength', () => {
    const t =
      'Neurological examination was unremarkable, including individual muscle power, cranial nerves and reflexes.';
    expect(status(t, 'proximal-weakness-upper')).toBe('absent');
    expect(status(t, 'proximal-weakness-lower')).toBe('absent');
    // an examination that was not normal says nothing about the power it lists
    expect(
      status(
        'Examination showed tenderness, including reduced muscle power in the thighs.',
        'proximal-weakness-lower',
      ),
    ).not.toBe('absent');
  });
});

describe('findings: tenth round, arthritis by its description (issue 12)', () => {
  it('reads joints called swollen or inflamed as arthritis', () => {
    expect(
      status('He had swelling of the metacarpophalangeal and proximal interphalangeal joints.', 'arthritis'),
    ).toBe('present');
    expect(
      status('The MCP and PIP joints of both hands were swollen and tender to palpation.', 'arthritis'),
    ).toBe('present');
    expect(status('Examination showed inflammation involving multiple small joints.', 'arthritis')).toBe(
      'present',
    );
    expect(status('There was no swelling of the joints of the hands.', 'arthritis')).toBe('absent');
  });
  it('reads no arthritis from a swelling said of something else beside a joint word', () => {
    expect(status('She had swelling of the face and joint pain.', 'arthritis')).toBeUndefined();
    expect(status('He reported joint pain and swelling of both legs.', 'arthritis')).toBeUndefined();
  });
});

describe('findings an examination "was negative for" (issue 12)', () => {
  it('reads them absent, and the weakness stated before the clause stays present', () => {
    const t =
      'She had proximal muscle weakness, and the rest of her examination was negative for skin rashes, joint swelling and pedal edema.';
    expect(status(t, 'arthritis')).toBe('absent');
    expect(status(t, 'heliotrope-rash')).toBe('absent');
    expect(status(t, 'proximal-weakness-lower')).toBe('present');
    expect(status('Examination was negative for heliotrope rash.', 'heliotrope-rash')).toBe('absent');
  });
  it('reads a V-shaped rash as the V sign when other adjectives stand before the noun', () => {
    expect(status('He presented with a V-shaped, heliotropic rash on the torso.', 'v-sign')).toBe('present');
    expect(status('She had a V-shaped and violaceous erythema.', 'v-sign')).toBe('present');
    expect(status('A V-shaped incision was made.', 'v-sign')).toBeUndefined();
  });
  it('reads normal strength when the strength word opens a short list whose verb says normal', () => {
    const t = 'Evaluation of muscle strength and deep tendon reflexes were notably normal at this point.';
    expect(status(t, 'proximal-weakness-upper')).toBe('absent');
    expect(status(t, 'proximal-weakness-lower')).toBe('absent');
    expect(
      status('Strength testing, sensation and reflexes were all normal.', 'proximal-weakness-lower'),
    ).toBe('absent');
    // a reduction or a contrast in between keeps it open
    expect(
      status('Muscle strength was reduced but reflexes were normal.', 'proximal-weakness-upper'),
    ).not.toBe('absent');
    expect(
      status('Muscle strength and tone were weak, reflexes normal.', 'proximal-weakness-upper'),
    ).not.toBe('absent');
  });
});

describe('fourteenth round of development items (session 17)', () => {
  it('a grade below 5 for all four limbs names no girdle; full strength there still does', () => {
    const weak = 'On examination the power was 4/5 in all four limbs.';
    expect(status(weak, 'proximal-weakness-upper')).toBeUndefined();
    expect(status(weak, 'proximal-weakness-lower')).toBeUndefined();
    expect(status('Power was 5/5 in all four limbs.', 'proximal-weakness-lower')).toBe('absent');
    expect(status('Proximal power was 4/5 in all four limbs.', 'proximal-weakness-upper')).toBe('present');
  });
  it('strength "relatively well preserved" is a comparison, not a normal examination', () => {
    const t = 'She had severe diaphragm weakness with relatively well preserved power in the limb muscles.';
    expect(status(t, 'proximal-weakness-upper')).toBeUndefined();
    expect(status('Muscle power was preserved in the limbs.', 'proximal-weakness-upper')).toBe('absent');
  });
  it('an ulcer of the tongue or lip is an oral ulcer, whatever else the skin line names', () => {
    const t =
      'Skin: violaceous eyelids, small ulcers on the tongue and inner lip, papules on the palms and fingers.';
    expect(status(t, 'skin-ulceration')).toBeUndefined();
    expect(status('Skin: painful ulcers of the fingertips.', 'skin-ulceration')).toBe('present');
  });
  it('lesions named as another skin disease are not read as Gottron by their site', () => {
    expect(
      status('Later, morphoea plaques appeared on the dorsum of both hands.', 'gottron-papules'),
    ).toBeUndefined();
    expect(status('Psoriatic plaques covered the knuckles.', 'gottron-papules')).toBeUndefined();
    expect(status('Violaceous papules covered the knuckles.', 'gottron-papules')).toBe('present');
  });
});

describe('findings: fourteenth round, parts three and four (session 17)', () => {
  it('"heliotropes" and roughened radial finger skin', () => {
    expect(status('She had a malar rash, heliotropes and Gottron papules.', 'heliotrope-rash')).toBe(
      'present',
    );
    expect(status('Roughened skin with cuts along the radial side of her fingers.', 'mechanics-hands')).toBe(
      'present',
    );
  });
  it('a denial of eye-muscle weakness says nothing of the girdles', () => {
    expect(
      status('There was no ptosis or extra ocular weakness.', 'proximal-weakness-upper'),
    ).toBeUndefined();
    expect(status('There was no muscle weakness.', 'proximal-weakness-upper')).toBe('absent');
  });
});

describe('words from the development items of session 43', () => {
  it('reads "paresia" as a weakness, and a proximal one as both girdles', () => {
    expect(
      status('On examination she had a marked proximal muscle paresia.', 'proximal-weakness-upper'),
    ).toBe('present');
    expect(
      status('On examination she had a marked proximal muscle paresia.', 'proximal-weakness-lower'),
    ).toBe('present');
    expect(status('There was no paresia of the proximal muscles.', 'proximal-weakness-lower')).not.toBe(
      'present',
    );
  });
  it('reads "the flexor muscles of the neck" as the neck flexors, present or denied', () => {
    expect(status('Weakness in flexor muscles of the neck and in both hips.', 'neck-flexor-weakness')).toBe(
      'present',
    );
    expect(status('He had weakness of the flexors of the neck.', 'neck-flexor-weakness')).toBe('present');
    expect(status('No weakness in flexor muscles of the neck was found.', 'neck-flexor-weakness')).toBe(
      'absent',
    );
    // the extensors are not the flexors
    expect(status('Weakness of the extensor muscles of the neck.', 'neck-flexor-weakness')).toBeUndefined();
  });
  it('reads an erythema of photodistributed or photo-exposed skin as a photosensitive rash', () => {
    expect(status('A violet erythema, worst in a photodistributed area.', 'photosensitive-rash')).toBe(
      'present',
    );
    expect(status('Erythema of the photo-exposed skin of the arms.', 'photosensitive-rash')).toBe('present');
    expect(status('Erythema of the inner thighs.', 'photosensitive-rash')).toBeUndefined();
  });
  it('reads the French spelling "periungueal" as periungual', () => {
    expect(status('Periungueal telangiectasia on several fingers.', 'periungual-changes')).toBe('present');
  });
});

describe('the head as the last object of a lifting verb (session 43)', () => {
  it('reads "unable to raise the limbs or the head off the bed" as neck flexor weakness', () => {
    expect(status('She was unable to raise the limbs or the head off the bed.', 'neck-flexor-weakness')).toBe(
      'present',
    );
  });
  it('does not read a head lifted in a list broken by a comma, or lifted well (controls)', () => {
    expect(
      status('She could raise the arms, and the head felt heavy.', 'neck-flexor-weakness'),
    ).toBeUndefined();
    expect(
      status('She was able to raise the arms and the head above the bed.', 'neck-flexor-weakness'),
    ).not.toBe('present');
  });
});

describe('a site another sign takes by its adjective (session 43)', () => {
  it('leaves a proximal weakness unspecified when the thighs are the tender ones', () => {
    const t = 'She had tender thigh muscles, and proximal muscle weakness.';
    expect(status(t, 'proximal-weakness-upper')).toBe('present');
    expect(status(t, 'proximal-weakness-lower')).toBe('present');
  });
  it('keeps a weakness of the thighs named as the weak site (control)', () => {
    const t = 'She had proximal weakness of the thighs.';
    expect(status(t, 'proximal-weakness-lower')).toBe('present');
    expect(status(t, 'proximal-weakness-upper')).toBeUndefined();
  });
});

describe('a swelling coordinated after a joint symptom (session 43)', () => {
  it('reads "joint pain and some swelling" and "arthralgia, and swelling" as arthritis, denied as absent', () => {
    expect(status('In spring she had joint pain and some swelling.', 'arthritis')).toBe('present');
    expect(status('She reported arthralgia, and swelling.', 'arthritis')).toBe('present');
    expect(status('There was no joint pain and swelling.', 'arthritis')).toBe('absent');
  });
  it('does not give the joints a swelling that names its own site (control)', () => {
    expect(status('She had joint pain and swelling of the face.', 'arthritis')).toBeUndefined();
    expect(status('She had joint pain and swelling of the face.', 'arthralgia')).toBe('present');
  });
});

describe('a limb in a long list of limited activities (session 43)', () => {
  it('reads the arms raised in the third item of the list as the upper girdle', () => {
    const t =
      'She had trouble with chores such as getting out of a chair, going up stairs, lifting her arms to comb her hair and carrying bags.';
    expect(status(t, 'proximal-weakness-upper')).toBe('present');
    expect(status(t, 'proximal-weakness-lower')).toBe('present');
  });
  it('stops at a contrast (control)', () => {
    const t = 'She had difficulty climbing stairs and rising from a chair, but raising her arms was easy.';
    expect(status(t, 'proximal-weakness-upper')).not.toBe('present');
  });
});

/**
 * Findings from a grid of constructions: skin signs described rather than named, weakness told by tasks, note
 * abbreviations and Kendall percentages, vocabulary, and findings beside an inability, a hedged conclusion or
 * another cause. Each sentence is the project's own, with the controls that guard the construction.
 * @module
 */
import { describe, expect, it } from 'vitest';
import { extractCase } from '../extract.js';

const findings = (sentence: string) =>
  new Map(
    (
      extractCase(`A 47-year-old man attended the clinic with tiredness.\n${sentence}\n`).case.findings ?? []
    ).map((f) => [f.id, f.status]),
  );

const status = (sentence: string, id: string) => findings(sentence).get(id);

describe('skin signs by description (session 40 grid)', () => {
  it('reads the lids written without "eye" as the eyelids', () => {
    expect(status('His upper lids had a violet tinge.', 'heliotrope-rash')).toBe('present');
    // control: the lids named without any lesion or colour
    expect(status('Lid lag was absent.', 'heliotrope-rash')).toBeUndefined();
  });
  it('reads the colour of a periorbital swelling given after "with"', () => {
    expect(status('There was periorbital swelling with purple discolouration.', 'heliotrope-rash')).toBe(
      'present',
    );
    // control: a swelling with no colour is periorbital oedema only
    expect(status('There was periorbital swelling with tenderness.', 'heliotrope-rash')).toBeUndefined();
  });
  it('reads lesions that surround or encircle the eyes', () => {
    expect(status('Violaceous erythema encircled both eyes.', 'heliotrope-rash')).toBe('present');
  });
  it('reads pink and mauve as red colours of a lesion', () => {
    expect(status('Mauve patches covered the upper eyelids.', 'heliotrope-rash')).toBe('present');
    expect(status('Pink papules overlay the PIP joints.', 'gottron-papules')).toBe('present');
  });
  it('reads "raised" lesions over the finger joints as papules', () => {
    const f = findings('Elevated, purplish lesions lay over the MCP joints.');
    expect(f.get('gottron-papules')).toBe('present');
    expect(f.get('gottron-sign')).not.toBe('present');
    expect(status('The skin over his knuckles was red and slightly raised.', 'gottron-papules')).toBe(
      'present',
    );
    // control: a raised laboratory value beside an erythema of the joints leaves the form to the erythema
    const g = findings('He had raised CK and macular erythema over the MCP joints.');
    expect(g.get('gottron-sign')).toBe('present');
    expect(g.get('gottron-papules')).not.toBe('present');
  });
  it('keeps coordinate adjectives of one lesion together ("violaceous, scaly papules")', () => {
    expect(status('The PIP joints bore erythematous, scaly papules.', 'gottron-papules')).toBe('present');
  });
  it('reads Gottron lesions over the malleoli (EULAR/ACR 2017)', () => {
    expect(status('Violaceous macules were present over both malleoli.', 'gottron-sign')).toBe('present');
    // control: a rash there of no stated form reads nothing
    expect(status('A violaceous rash was present over both malleoli.', 'gottron-sign')).toBeUndefined();
  });
  it('reads poikiloderma of the V-area and of the upper back', () => {
    expect(status('He had poikiloderma of the V-region of the chest.', 'v-sign')).toBe('present');
    expect(status('Poikiloderma involved his upper back.', 'shawl-sign')).toBe('present');
  });
  it('reads the V of the chest as the V sign', () => {
    expect(status('Confluent erythema covered the V of the upper chest.', 'v-sign')).toBe('present');
  });
  it('reads ulcers of the nailfolds as skin ulceration', () => {
    expect(status('Small ulcers were seen on several nailfolds.', 'skin-ulceration')).toBe('present');
  });
});

describe('weakness by tasks, note abbreviations and Kendall percentages (session 40 grid)', () => {
  it('reads reaching up and dressing over the head as the arms', () => {
    expect(status('He could not reach the kitchen cupboard.', 'proximal-weakness-upper')).toBe('present');
    expect(status('He had trouble pulling on a jumper.', 'proximal-weakness-upper')).toBe('present');
  });
  it('reads pulling oneself up to an action as a limitation of it', () => {
    expect(
      status('He had to pull himself up by the handrail to climb stairs.', 'proximal-weakness-lower'),
    ).toBe('present');
    // control: pulling oneself up to do something else
    expect(status('He pulled himself up to see the garden.', 'proximal-weakness-lower')).toBeUndefined();
  });
  it('reads the short names of muscles in a note', () => {
    const f = findings('Power: delts 4-/5 bilat, quads 4/5 bilat.');
    expect(f.get('proximal-weakness-upper')).toBe('present');
    expect(f.get('proximal-weakness-lower')).toBe('present');
    expect(status('Neck flex 4/5.', 'neck-flexor-weakness')).toBe('present');
    // control: full grades are no weakness
    expect(status('Delts 5/5 B/L.', 'proximal-weakness-upper')).not.toBe('present');
  });
  it('reads "UE/LE" after a slash, and "wkns"', () => {
    const f = findings('Prox wkns 3/5 UE/LE.');
    expect(f.get('proximal-weakness-upper')).toBe('present');
    expect(f.get('proximal-weakness-lower')).toBe('present');
    // control: lupus erythematosus is no limb
    expect(status('Discoid LE, wkns of the legs.', 'proximal-weakness-upper')).toBeUndefined();
  });
  it('reads a Kendall percentage below 100 as weakness of the muscle named', () => {
    expect(status('On Kendall testing the gluteal muscles scored 70%.', 'proximal-weakness-lower')).toBe(
      'present',
    );
    // control: a percentage without Kendall's scale, and a full Kendall grade
    expect(status('The hip flexors were at 70% of predicted.', 'proximal-weakness-lower')).toBeUndefined();
    expect(status('Kendall score for the deltoids was 100%.', 'proximal-weakness-upper')).not.toBe('present');
  });
});

describe('vocabulary (session 40 grid)', () => {
  it('reads choking on solid food as dysphagia and subpleural reticulation as an ILD', () => {
    expect(status('He reported choking on solid food.', 'dysphagia')).toBe('present');
    expect(status('Chest CT showed bibasal reticulation.', 'interstitial-lung-disease')).toBe('present');
  });
});

describe('assertion of findings beside an inability, a hedged conclusion or another cause (session 40 grid)', () => {
  it('does not let an inability to act deny a finding named after the action', () => {
    const f = findings('He was unable to get out of the bath, along with a hoarse voice.');
    expect(f.get('proximal-weakness-lower')).toBe('present');
    expect(f.get('dysphonia')).toBe('present');
    expect(status('He could not walk far because of myalgia.', 'myalgia')).toBe('present');
    // controls: a denial of its own, and an inability that is no action of the body
    expect(status('He could not get out of the bath, and had no hoarse voice.', 'dysphonia')).toBe('absent');
    expect(status('He could not recall any hoarseness.', 'dysphonia')).not.toBe('present');
  });
  it('reads "could not swallow" as dysphagia', () => {
    expect(status('He could not swallow bread.', 'dysphagia')).toBe('present');
    // control: a plan
    expect(status('If he cannot swallow, a feeding tube will be placed.', 'dysphagia')).toBeUndefined();
  });
  it('reads the evidence a hedged conclusion rests on as stated', () => {
    const f = findings(
      'In view of purplish erythema of the upper lids and neck flexor weakness, myositis was suspected.',
    );
    expect(f.get('heliotrope-rash')).toBe('present');
    expect(f.get('neck-flexor-weakness')).toBe('present');
    expect(
      status(
        'Dermatomyositis was thought likely based on violaceous papules over the MCP joints.',
        'gottron-papules',
      ),
    ).toBe('present');
    // controls: a hedge inside the evidence stays, and a hedged sign after the evidence's comma stays hedged
    expect(
      status(
        'Based on possible violaceous papules over the MCP joints, dermatomyositis was suspected.',
        'gottron-papules',
      ),
    ).toBe('uncertain');
    expect(status('Given his age, a possible heliotrope rash was noted.', 'heliotrope-rash')).toBe(
      'uncertain',
    );
  });
  it('reads a limitation caused by the joints, a fracture or the breath as no weakness', () => {
    expect(
      status('He had trouble rising from a chair owing to hip arthrosis.', 'proximal-weakness-lower'),
    ).not.toBe('present');
    expect(status('He could not climb stairs because of dyspnoea.', 'proximal-weakness-lower')).not.toBe(
      'present',
    );
    // control: the weakness named among the causes keeps it
    expect(
      status('He had trouble climbing stairs due to weakness and dyspnoea.', 'proximal-weakness-lower'),
    ).toBe('present');
  });
});

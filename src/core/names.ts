/**
 * Canonical names for laboratory analytes and autoantibody targets, so that "CPK", "creatine kinase"
 * and "CK", or "TIF1γ", "TIF1-gamma" and "anti-p155/140" compare equal. One table per kind: the facts read a
 * case's structured names through it, and the extraction lexicon (src/extract/lexicon/) matches its `terms` in
 * running text.
 * Kept in `src/core/` because the case validator needs them too (reference limits are checked per
 * analyte); `src/facts/names.ts` re-exports them where the fact readers find them. The tables are indexed in
 * `Map`s, so a name such as "constructor" or "__proto__" is never read from an object's prototype.
 * @module
 */

/** A canonical name and the ways it is written. */
export interface NameEntry {
  /** The canonical name (what the engine compares and what extraction records). */
  name: string;
  /** Written forms, in a structured name field and in running text (the extraction lexicon). */
  terms: readonly string[];
  /** Abbreviations read only in a structured name field: in running text they are ordinary words ("got"). */
  fieldOnly?: readonly string[];
  /**
   * Abbreviations read in a structured name field and, in running text, only inside a pasted laboratory panel
   * ("Na 142, K 3.8, Cl 106"), where each is followed by its value (src/extract/extractors/labs.ts).
   */
  panelOnly?: readonly string[];
  /**
   * Condition words read in running text as the analyte, but as a reading only beside a value
   * ("hypogammaglobulinaemia (4.4 g/L)"): alone they name a diagnosis ("he later developed hypogammaglobulinaemia").
   */
  valueOnly?: readonly string[];
  /** LOINC code (analytes), given only where the curator is confident of it. */
  loinc?: string;
  /**
   * A typical adult upper limit of normal (analytes), used by extraction only to settle a number that reads two
   * ways ("1.679" = 1.679 or 1,679) against a stated interpretation ("increased"); never as a reference range.
   */
  uln?: number;
}

/** The analyte name of the muscle enzymes reported as one group, no enzyme named ("muscle enzymes were raised"). */
export const MUSCLE_ENZYMES_GROUP = 'muscle enzymes';

/** Laboratory analytes (the LOINC codes are the common serum/plasma codes). */
export const ANALYTE_NAMES: readonly NameEntry[] = [
  {
    name: 'CK',
    terms: [
      'ck',
      'cpk',
      'creatine kinase',
      'creatinine kinase',
      // misspelled and run-together names as reports print them
      'creatin kinase',
      'creatinkinase',
      // session 39: a space lost in copying ("creatinekinase", "creatinephosphokinase")
      'creatinekinase',
      'creatinephosphokinase',
      'creatine phospokinase',
      'creatin phosphokinase',
      // session 25: "Creatinphosphokinase 6363 UI/L", "Creatitine Kinase -1500 U/L"
      'creatinphosphokinase',
      'creatitine kinase',
      'serum creatinine kinase',
      'creatinine phosphokinase',
      'serum creatinine phosphokinase',
      'creatine phosphokinase',
      // session 29: the plural ("elevated transaminases and creatine kinases")
      'creatine kinases',
      'creatine phosphokinases',
      // "elevated phosphokinase levels (creatine phosphokinase)": the enzyme's name without "creatine"
      'phosphokinase',
      'creatine kinase level',
      'serum ck',
      'ck level',
      'ck levels',
      'ck values',
      'ck value',
      'ck activity',
      'hyperckemia',
      'ck total',
      'cpk total',
      'total ck',
      'creatine kinase total',
      'ck nac',
    ],
    loinc: '2157-6',
    uln: 200,
  },
  {
    name: 'ALT',
    terms: [
      'alt',
      'alanine aminotransferase',
      'alanine transaminase',
      // session 39 (vocabulary): the enzyme's name in two words
      'alanine amino transferase',
      'gpt',
      'sgpt',
      'alat',
      // session 30: the old names of older reports ("serum glutamic pyruvic transaminase")
      'glutamic pyruvic transaminase',
      'glutamate pyruvate transaminase',
      'serum glutamic pyruvic transaminase',
    ],
    loinc: '1742-6',
    uln: 40,
  },
  {
    name: 'AST',
    terms: [
      'ast',
      'aspartate aminotransferase',
      'aspartate transaminase',
      'aspartate transferase',
      // session 39 (vocabulary): the enzyme's name in two words
      'aspartate amino transferase',
      'sgot',
      'asat',
      // session 30: the old names of older reports ("serum glutamic oxaloacetic transaminase")
      'glutamic oxaloacetic transaminase',
      'glutamic oxalacetic transaminase',
      'glutamate oxaloacetate transaminase',
      'serum glutamic oxaloacetic transaminase',
    ],
    fieldOnly: ['got'],
    loinc: '1920-8',
    uln: 40,
  },
  {
    name: 'LDH',
    // "lactic acid dehydrogenase" (session 24: read as lactate, and the list item after it lost)
    terms: ['ldh', 'lactate dehydrogenase', 'lactic dehydrogenase', 'lactic acid dehydrogenase'],
    fieldOnly: ['ld'],
    loinc: '2532-0',
    uln: 250,
  },
  // the group of muscle enzymes reported as one, no enzyme named ("her muscle enzymes were raised"): read by the
  // criteria's enzyme items as a group statement (src/facts/facts.ts, session 45)
  {
    name: MUSCLE_ENZYMES_GROUP,
    terms: [
      'muscle enzymes',
      'muscle enzyme',
      'muscle enzyme levels',
      'serum muscle enzymes',
      'skeletal muscle enzymes',
      'skeletal muscle enzyme',
      'myogenic enzymes',
      'muscle derived enzymes',
    ],
  },
  // "adolase": a misspelling seen in print
  { name: 'aldolase', terms: ['aldolase', 'serum aldolase', 'aldolase a', 'adolase', 'ald'], uln: 7.6 },
  {
    name: 'ESR',
    terms: [
      'esr',
      'erythrocyte sedimentation rate',
      'erythrocyte sediment rate',
      // "erythrocyte sedimentation 30 mm/h" (session 23)
      'erythrocyte sedimentation',
      'sedimentation rate',
      'westergren sedimentation rate',
      'westergren esr',
      'sed rate',
      'vsg',
    ],
    // "The sedimentation (39 mm/hr) …" (session 26): the word alone, beside a value
    valueOnly: ['sedimentation'],
    loinc: '30341-2',
    uln: 20,
  },
  {
    name: 'CRP',
    terms: [
      'crp',
      'c reactive protein',
      'c reactive proteins',
      'c reactive peptide',
      'hs crp',
      'hscrp',
      'high sensitivity crp',
      'high sensitivity c reactive protein',
    ],
    loinc: '1988-5',
    uln: 5,
  },
  {
    name: 'WBC',
    terms: [
      'wbc',
      // "White blood count: 27,000" (session 26)
      'white blood count',
      'white cell count',
      'white blood cell count',
      'white blood cells',
      // session 39 (vocabulary): the singular ("white blood cell 12.1 × 10^9/L")
      'white blood cell',
      'white cells',
      'leukocytes',
      'leukocyte count',
      // "Total count 11,200 cells/cumm", "total leucocyte count": the white count as South Asian reports name it
      'total count',
      'total leukocyte count',
      'wcc',
      'white count',
      'leukocytosis',
      'leukopenia',
    ],
    // "TLC = 5200/mm3" (session 32): the total leucocyte count of South Asian reports; in running text only with a
    // count's unit after it (src/extract/extractors/labs.ts), since "TLC" is also the total lung capacity
    panelOnly: ['tlc'],
    loinc: '6690-2',
  },
  {
    name: 'creatinine',
    // session 39 (vocabulary): "creatinin", the spelling of reports from continental Europe
    terms: ['creatinine', 'serum creatinine', 'plasma creatinine', 'creatinin'],
    fieldOnly: ['scr'],
    panelOnly: ['cr', 'creat', 'cre'],
    loinc: '2160-0',
  },
  // … and the words of a count found low or high, which name their own result ("anaemia" is a low haemoglobin,
  // "thrombocytopenia" a low platelet count, "leukocytosis" a high white cell count)
  { name: 'haemoglobin', terms: ['haemoglobin', 'hemoglobin', 'hb', 'hgb', 'anemia'], loinc: '718-7' },
  {
    name: 'platelets',
    terms: [
      'platelets',
      'platelet count',
      'plt',
      'thrombocytopenia',
      'thrombocytosis',
      'thrombocyte count',
      // session 39 (vocabulary): the European word for a low count
      'thrombopenia',
    ],
    // ("Thrombocytes 265,000/µl", "thrombocyte count 265 G/l": session 35, lost — the word of European reports;
    // in running text "thrombocytes" names the cells more often than their count, so only in a pasted panel)
    // session 39: the singular likewise ("platelet transfusion", "platelet aggregation" are no count)
    panelOnly: ['thrombocytes', 'platelet'],
    loinc: '777-3',
  },
  // the white cell differential ("neutrophil count 10.2 × 10^9/L, monocytes 0.6 × 10^9/L"): no LOINC, since the
  // same words carry an absolute count or a percentage, which LOINC codes apart
  // … and the words of a count found high or low ("eosinophilia", "lymphopenia"), which name their own result
  {
    name: 'neutrophils',
    terms: [
      'neutrophils',
      'neutrophil count',
      'absolute neutrophil count',
      'neutrophil',
      'anc',
      'neutrophilia',
      'neutropenia',
      // the older name of the differential's neutrophils ("polymorphonuclear cells 68%", "polymorphs 70%")
      'polymorphonuclear cells',
      'polymorphonuclear leukocytes',
      'polymorphonuclear leucocytes',
      'polymorphs',
      // session 30: "71% segmented neutrophils and 12% band neutrophils" (the bands had been read as the
      // neutrophils, and the segmented ones lost)
      'segmented neutrophils',
      'segmented neutrophil',
      'segs',
      // session 39 (vocabulary): the European name, and the differential's share
      'neutrophil granulocytes',
      'neutrophil percentage',
      'neutrophils percentage',
      'percentage of neutrophils',
    ],
    // "PMN" is also a cell in a biopsy's infiltrate or in a fluid: a count only in a pasted panel
    panelOnly: ['pmn', 'pmns'],
  },
  // the young (band) neutrophils of a manual differential: a count of their own, never the neutrophils'
  {
    name: 'band neutrophils',
    terms: [
      'band neutrophils',
      'band neutrophil',
      'band forms',
      'band cells',
      'stab neutrophils',
      'stab cells',
    ],
  },
  {
    name: 'lymphocytes',
    terms: [
      'lymphocytes',
      'lymphocyte count',
      'absolute lymphocyte count',
      'lymphocyte',
      'lymphocytosis',
      'lymphopenia',
      'lymphocytopenia',
      'lymphocyte percentage',
      'lymphocytes percentage',
      'percentage of lymphocytes',
    ],
  },
  {
    name: 'monocytes',
    terms: [
      'monocytes',
      'monocyte count',
      'monocyte',
      'monocytosis',
      'monocytopenia',
      'absolute monocyte count',
      'monocyte percentage',
      'monocytes percentage',
      'percentage of monocytes',
    ],
  },
  {
    name: 'eosinophils',
    terms: [
      'eosinophils',
      'eosinophil count',
      'eosinophil',
      'eosinophilia',
      'hypereosinophilia',
      'eosinopenia',
      'absolute eosinophil count',
      'eosinophil percentage',
      'eosinophils percentage',
      'percentage of eosinophils',
      'eosinophilic granulocytes',
    ],
  },
  {
    name: 'basophils',
    terms: [
      'basophils',
      'basophil count',
      'basophil',
      'basophilia',
      'absolute basophil count',
      'basophil percentage',
      'percentage of basophils',
    ],
  },
  {
    name: 'MCV',
    terms: ['mcv', 'mean corpuscular volume', 'mean cell volume', 'mean red cell volume'],
    loinc: '787-2',
  },
  // session 34: the red cell indices named for haemoglobin ("mean corpuscular hemoglobin concentration 33 g/dL"
  // had been read as a second haemoglobin)
  {
    name: 'MCH',
    terms: [
      'mch',
      'mean corpuscular hemoglobin',
      'mean corpuscular haemoglobin',
      'mean cell hemoglobin',
      'mean cell haemoglobin',
    ],
    loinc: '785-6',
  },
  {
    name: 'MCHC',
    terms: [
      'mchc',
      'mean corpuscular hemoglobin concentration',
      'mean corpuscular haemoglobin concentration',
      'mean cell hemoglobin concentration',
      'mean cell haemoglobin concentration',
    ],
    loinc: '786-4',
  },
  // complement components ("C3 and C4 were within normal limits")
  // session 39 (vocabulary): "complement component 3", "complement 4"
  {
    name: 'C3',
    terms: ['c3', 'complement c3', 'c3 complement', 'complement 3', 'complement component 3'],
    loinc: '4485-9',
  },
  {
    name: 'C4',
    terms: ['c4', 'complement c4', 'c4 complement', 'complement 4', 'complement component 4'],
    loinc: '4498-2',
  },
  { name: 'ferritin', terms: ['ferritin', 'serum ferritin', 'hyperferritinemia'], loinc: '2276-4', uln: 300 },
  // "high-sensitivity troponin 225" (session 25: "high" read as the CK-MB's result)
  // session 39 (vocabulary): "cardiac troponin", "cTn" and "hs-cTn" without the subunit, "high-sensitive" assays
  {
    name: 'troponin',
    terms: [
      'troponin',
      'troponins',
      'high sensitivity troponin',
      'hs troponin',
      'cardiac troponin',
      'cardiac troponins',
      'high sensitive troponin',
      'highly sensitive troponin',
      'ctn',
      'hs ctn',
    ],
  },
  // the MB isoenzyme is another analyte: "CK-MB 45" is never a total CK
  // the MM and BB isoenzymes likewise (session 26: "CK-MM exceeded 4000 IU/L" lost, and a total CK beside
  // "CK-MM 94" lost with it)
  { name: 'CK-MM', terms: ['ck mm', 'ckmm', 'cpk mm', 'creatine kinase mm', 'serum ck mm'] },
  { name: 'CK-BB', terms: ['ck bb', 'ckbb', 'cpk bb', 'creatine kinase bb', 'serum ck bb'] },
  {
    name: 'CK-MB',
    terms: [
      // "Serum CK-MB was 30 U/L" (session 26: "serum CK" was matched first)
      'serum ck mb',
      'ck mb',
      'ckmb',
      'cpk mb',
      'creatine kinase mb',
      'ck mb mass',
      'ck mb isoenzyme',
      'ck mb isoform',
      // session 39: the MB fraction written "creatine kinase isoenzyme" with nothing after it, listed beside the total
      // CK and other enzymes (a usage of reports translated from Chinese)
      'creatine kinase isoenzyme',
      'ck isoenzyme',
      'creatine kinase myocardial band',
      'creatine kinase muscle brain',
      'ck myocardial band',
      'creatine kinase mb fraction',
      'ck mb fraction',
      // session 22: "creatine phosphokinase-MB isoenzyme", "the MB isoenzyme of creatine kinase"
      'creatine phosphokinase mb',
      'creatine phosphokinase mb isoenzyme',
      'creatine kinase mb isoenzyme',
      'mb isoenzyme',
      // session 38: "the MB isoenzyme of CK (27 U/L)", "the MB fraction of creatine kinase" (read as the total CK)
      'mb isoenzyme of ck',
      'mb isoenzyme of cpk',
      'mb isoenzyme of creatine kinase',
      'mb isoenzyme of creatine phosphokinase',
      'mb isoform of ck',
      'mb isoform of creatine kinase',
      'mb fraction',
      'mb fraction of ck',
      'mb fraction of cpk',
      'mb fraction of creatine kinase',
    ],
  },
  {
    name: 'HBDH',
    terms: [
      'hbdh',
      'alpha hbdh',
      'alpha hydroxybutyrate dehydrogenase',
      'alpha hydroxybutyric dehydrogenase',
      'hydroxybutyrate dehydrogenase',
      'hydroxybutyric dehydrogenase',
    ],
  },
  {
    name: 'troponin T',
    // "cTnT", "hs-cTnT": the cardiac troponin T in its abbreviations
    terms: [
      'troponin t',
      'hs troponin t',
      'high sensitivity troponin t',
      // session 39: the assay's other adjectives (else read as a troponin of no subunit)
      'high sensitive troponin t',
      'highly sensitive troponin t',
      'cardiac troponin t',
      'tnt',
      'ctnt',
      'hs ctnt',
      'hs tnt',
      'hstnt',
    ],
    loinc: '6598-7',
  },
  {
    name: 'troponin I',
    terms: [
      'troponin i',
      // session 29: the roman numeral typed as a digit ("troponin 1 level 4.2 ng/ml")
      'troponin 1',
      'hs troponin i',
      'high sensitivity troponin i',
      // session 39: the assay's other adjectives (else read as a troponin of no subunit)
      'high sensitive troponin i',
      'highly sensitive troponin i',
      'cardiac troponin i',
      'tni',
      'ctni',
      'hs ctni',
      'hs tni',
      'hstni',
    ],
    loinc: '10839-9',
  },
  // "myoglobine": the French and German spelling
  // ("Myoglobinaemia (1280 µg/L)", session 35: lost — the blood level named as a state, as "hypokalaemia" is)
  {
    name: 'myoglobin',
    terms: ['myoglobin', 'serum myoglobin', 'myoglobine', 'myoglobinemia', 'myoglobinaemia'],
  },
  {
    name: 'urine myoglobin',
    terms: [
      'urine myoglobin',
      'urinary myoglobin',
      'myoglobin in urine',
      'myoglobin in the urine',
      'myoglobinuria',
    ],
  },
  // urine tests; "proteinuria" carries its own interpretation (present). Haematuria is left out: in a history
  // it is a symptom ("frequent micturition and haematuria"), not a test result
  {
    name: 'urine protein',
    terms: [
      'urine protein',
      'urinary protein',
      'urine proteins',
      'urinary proteins',
      'proteinuria',
      'protein in the urine',
      'protein in urine',
    ],
  },
  // free light chains in the urine: "Bence Jones proteins absent" (a result, no number)
  {
    name: 'Bence Jones protein',
    terms: ['bence jones protein', 'bence jones proteins', 'bence jones proteinuria'],
  },
  { name: 'urine blood', terms: ['urine blood', 'urinary blood'] },
  // session 31: "24-h urine calcium was 12 mmol/day", "urinary free cortisol 850 µg/24 h" (read as the serum's)
  {
    name: 'urine calcium',
    terms: [
      'urine calcium',
      'urinary calcium',
      'calcium in urine',
      'calcium in the urine',
      '24 h urine calcium',
      '24 hour urine calcium',
      'urine calcium excretion',
      'urinary calcium excretion',
    ],
  },
  {
    name: 'urine cortisol',
    terms: [
      'urinary free cortisol',
      'urine free cortisol',
      'urinary cortisol',
      'urine cortisol',
      '24 h urine cortisol',
      '24 hour urine cortisol',
      '24 h urinary free cortisol',
      '24 hour urinary free cortisol',
    ],
  },
  // session 31: "cerebrospinal fluid glucose was 3.1 mmol/L" had been read as the blood glucose, and a CSF protein
  // had been lost
  {
    name: 'CSF protein',
    terms: [
      'csf protein',
      'cerebrospinal fluid protein',
      'csf total protein',
      'protein in the csf',
      'protein in csf',
    ],
    loinc: '2880-3',
  },
  {
    name: 'CSF glucose',
    terms: ['csf glucose', 'cerebrospinal fluid glucose', 'glucose in the csf', 'glucose in csf'],
    loinc: '2342-4',
  },
  // session 26: "Urinary potassium was 25 mmol/L" had been read as the serum potassium
  { name: 'urine sodium', terms: ['urine sodium', 'urinary sodium', 'sodium in urine', 'urine na'] },
  {
    name: 'urine potassium',
    terms: ['urine potassium', 'urinary potassium', 'potassium in urine', 'urine k'],
  },
  // session 39 (vocabulary): "thyrotrophin", the British spelling
  {
    name: 'TSH',
    terms: ['tsh', 'thyroid stimulating hormone', 'thyrotropin', 'thyrotrophin'],
    loinc: '3016-3',
    uln: 4.5,
  },
  { name: 'free T4', terms: ['free t4', 'ft4', 'free thyroxine'], uln: 22 },
  // total thyroxine ("T4 122.5 pmol/L", "T4 decreasing to 27 pmol/L"); a tumour's T4 stage has no value after it,
  // and the bare "T4" gives no reading without one ("pT4 N0, T4 stage, with elevated CEA": session 23)
  { name: 'T4', terms: ['total t4', 'total thyroxine', 'thyroxine'], valueOnly: ['t4'] },
  { name: 'free T3', terms: ['free t3', 'ft3', 'free triiodothyronine'], uln: 6.8 },
  // total triiodothyronine ("T3 was 2.8 pmol/l": session 23); like T4, the bare "T3" is read only beside a value
  { name: 'T3', terms: ['total t3', 'triiodothyronine', 'total triiodothyronine'], valueOnly: ['t3'] },
  { name: 'KL-6', terms: ['kl 6', 'krebs von den lungen 6', 'krebs von den lungen'], uln: 500 },
  { name: 'ACE', terms: ['ace', 'angiotensin converting enzyme', 'serum ace', 'sace'], loinc: '2742-1' },
  // the free fraction, never the total calcium ("ionic calcium 4.32 mg/dl")
  {
    name: 'ionised calcium',
    // "calcium ionized 3.1 mg/dL" (session 26): a laboratory's inverted name
    terms: [
      'ionised calcium',
      'ionized calcium',
      'ionic calcium',
      'free calcium',
      'calcium ionized',
      'calcium ionised',
    ],
  },
  {
    name: 'calcium',
    terms: ['calcium', 'serum calcium', 'corrected calcium', 'hypercalcemia', 'hypocalcemia'],
    panelOnly: ['ca'],
    loinc: '17861-6',
  },
  {
    name: 'albumin',
    terms: ['albumin', 'serum albumin', 'hypoalbuminemia'],
    panelOnly: ['alb'],
    loinc: '1751-7',
  },
  // session 39 (vocabulary): the clinic shorthand "alk phos", "ALKP" and the plural
  {
    name: 'alkaline phosphatase',
    terms: [
      'alkaline phosphatase',
      'alp',
      'alk phos',
      'alkp',
      'alkaline phosphatases',
      'serum alkaline phosphatase',
    ],
    loinc: '6768-6',
  },
  {
    name: '25-hydroxyvitamin D',
    terms: [
      '25 hydroxyvitamin d',
      '25 oh vitamin d',
      '25 oh d',
      'vitamin d',
      '25 hydroxy vitamin d',
      // session 30: the D3 of "vitamin D3", "25-hydroxyvitamin D3" (its digit had been read as the value)
      'vitamin d3',
      '25 hydroxyvitamin d3',
      '25 hydroxy vitamin d3',
      '25 oh d3',
      '25 oh vitamin d3',
      // "vitamin D 25-hydroxy at 31 ng/mL", "Vitamin D (25-OH) 31", "25(OH)D 31" (session 30: the 25 had been read
      // as the value, or nothing at all)
      'vitamin d 25 oh',
      'vitamin d 25 hydroxy',
      'vitamin d (25 oh)',
      'vitamin d (25 hydroxy)',
      '25 (oh) d',
      '25 (oh) d3',
      '25 (oh) vitamin d',
      // session 39 (vocabulary): the metabolite's chemical and trivial names
      '25 hydroxycholecalciferol',
      'calcidiol',
    ],
  },
  {
    name: '1,25-dihydroxyvitamin D',
    terms: [
      '1,25 dihydroxyvitamin d',
      '1,25 dihydroxy vitamin d',
      '1,25 dihydroxyvitamin d3',
      '1,25 dihydroxy vitamin d3',
      '1,25 oh 2 d',
      '1,25 (oh)2 d',
      '1,25 (oh)2 vitamin d',
      '1,25 oh 2 vitamin d',
      'calcitriol',
    ],
  },
  {
    name: 'GGT',
    terms: [
      'ggt',
      'gamma glutamyl transferase',
      'gamma gt',
      // the older enzyme name, and the one-word spellings
      'gamma glutamyl transpeptidase',
      'gamma glutamyltransferase',
      'gamma glutamyltranspeptidase',
      'ggtp',
    ],
    loinc: '2324-2',
  },
  {
    name: 'bilirubin',
    // session 30: "hyperbilirubinaemia (41 µmol/L)" (the value had been lost)
    terms: ['bilirubin', 'total bilirubin', 'hyperbilirubinemia'],
    // "T-Bil" of Japanese laboratory tables
    panelOnly: ['tbili', 'tbil', 'bili', 't bil', 't bili'],
    loinc: '1975-2',
  },
  {
    name: 'potassium',
    terms: ['potassium', 'hypokalemia', 'hyperkalemia'],
    panelOnly: ['k'],
    loinc: '2823-3',
  },
  { name: 'sodium', terms: ['sodium', 'hyponatremia', 'hypernatremia'], panelOnly: ['na'], loinc: '2951-2' },
  {
    name: 'chloride',
    terms: ['chloride', 'serum chloride', 'hypochloremia', 'hyperchloremia'],
    panelOnly: ['cl'],
    loinc: '2075-0',
  },
  {
    name: 'bicarbonate',
    // session 39 (vocabulary): the total CO2 of a chemistry panel is its bicarbonate
    terms: [
      'bicarbonate',
      'serum bicarbonate',
      'total co2',
      'tco2',
      'total carbon dioxide',
      'standard bicarbonate',
    ],
    panelOnly: ['hco3', 'bicarb', 'co2'],
    loinc: '1963-8',
  },
  // "glucose-6-phosphate dehydrogenase" is an enzyme: named so that its "6" is never a glucose value
  { name: 'G6PD', terms: ['g6pd', 'glucose 6 phosphate dehydrogenase'] },
  {
    name: 'glucose',
    // session 31: "hypoglycaemia (44 mg/dL)" (the value had been lost), as "hypokalaemia" is potassium
    // session 39 (vocabulary): "blood sugar", and "glycaemia" of reports translated from Romance languages
    terms: [
      'glucose',
      'blood glucose',
      'serum glucose',
      'plasma glucose',
      'hypoglycemia',
      'hyperglycemia',
      'blood sugar',
      'fasting blood sugar',
      'random blood sugar',
      'glycemia',
    ],
    panelOnly: ['glu', 'gluc'],
    loinc: '2345-7',
  },
  {
    name: 'magnesium',
    // session 31: "hypomagnesaemia (0.5 mmol/L)" (the value had been lost), as "hypokalaemia" is potassium
    terms: ['magnesium', 'serum magnesium', 'hypomagnesemia', 'hypermagnesemia'],
    panelOnly: ['mg'],
    loinc: '19123-9',
  },
  {
    name: 'phosphate',
    terms: [
      'phosphate',
      'serum phosphate',
      'phosphorus',
      'serum phosphorus',
      // session 29: the adjective's spelling used for the element ("phosphorous of 3.0 mg/dL")
      'phosphorous',
      'serum phosphorous',
      'hypophosphatemia',
      'hyperphosphatemia',
    ],
    panelOnly: ['phos', 'po4'],
    loinc: '2777-1',
  },
  { name: 'PT', terms: ['prothrombin time'], panelOnly: ['pt'], loinc: '5902-2' },
  {
    name: 'PTT',
    // session 39 (vocabulary): "activated PTT", and the British kaolin–cephalin clotting time
    terms: [
      'aptt',
      'partial thromboplastin time',
      'activated partial thromboplastin time',
      'activated ptt',
      'kaolin cephalin clotting time',
      'kcct',
    ],
    panelOnly: ['ptt'],
    loinc: '14979-9',
  },
  { name: 'INR', terms: ['inr', 'international normalized ratio'], loinc: '6301-6' },
  { name: 'D-dimer', terms: ['d dimer', 'd dimers', 'ddimer', 'ddimers'], loinc: '48065-7' },
  { name: 'urea', terms: ['urea', 'serum urea'] },
  // ("ureanitrogen": a space lost in copying, session 39)
  {
    name: 'BUN',
    terms: [
      'blood urea nitrogen',
      'bun',
      'urea nitrogen',
      'ureanitrogen',
      'blood ureanitrogen',
      'serum urea nitrogen',
    ],
    loinc: '3094-0',
  },
  {
    name: 'eGFR',
    terms: ['egfr', 'gfr', 'estimated glomerular filtration rate', 'glomerular filtration rate'],
  },
  {
    name: 'IgG',
    terms: ['igg level', 'igg levels', 'serum igg', 'total igg', 'immunoglobulin g'],
    panelOnly: ['igg'],
    loinc: '2465-3',
  },
  { name: 'CEA', terms: ['cea', 'carcinoembryonic antigen', 'carcinoembryogenic antigen'], loinc: '2039-6' },
  {
    name: 'CA-125',
    // ("CA12-5": session 25, the spelling of reports from China)
    terms: ['ca 125', 'ca125', 'cancer antigen 125', 'carbohydrate antigen 125', 'ca12 5', 'ca 12 5'],
    loinc: '10334-1',
  },
  {
    name: 'CA 15-3',
    // ("CA153", session 35: read as a calcium of 153 — the spelling of reports from China)
    terms: ['ca 15 3', 'ca 15.3', 'cancer antigen 15 3', 'carbohydrate antigen 15 3', 'ca 153', 'ca153'],
  },
  // ("CA 27.29 was 70 U/mL", session 35: read as a CA 15-3 of 27.29)
  { name: 'CA 27.29', terms: ['ca 27.29', 'ca 27 29', 'ca27.29', 'cancer antigen 27.29'] },
  // ("CA242", "CA50", session 35: read as calcium): tumour markers of reports from China
  { name: 'CA 242', terms: ['ca 242', 'ca242', 'carbohydrate antigen 242'] },
  { name: 'CA 50', terms: ['ca50', 'carbohydrate antigen 50'] },
  {
    name: 'CA 19-9',
    // ("CA-199", "CA199": session 25)
    terms: ['ca 19 9', 'ca 19.9', 'carbohydrate antigen 19 9', 'cancer antigen 19 9', 'ca 199', 'ca199'],
  },
  {
    name: 'fibrinogen',
    terms: ['fibrinogen', 'plasma fibrinogen', 'clauss fibrinogen', 'hypofibrinogenemia'],
    panelOnly: ['fib', 'fbg'],
    loinc: '3255-7',
  },
  {
    name: 'PTH',
    terms: ['pth', 'parathormone', 'parathyroid hormone', 'intact pth', 'intact parathyroid hormone', 'ipth'],
    loinc: '2731-8',
  },
  // the tumour's PTH-related protein (session 30: "PTHrP" had been read as an elevated PTH, its value lost)
  {
    name: 'PTHrP',
    terms: [
      'pthrp',
      'pth rp',
      'pth related protein',
      'pth related peptide',
      'parathyroid hormone related protein',
      'parathyroid hormone related peptide',
      'parathyroid hormone related polypeptide',
      'parathormone related protein',
      'parathormone related peptide',
      'parathormone related polypeptide',
    ],
  },
  // "prostatespecific antigen": the hyphen lost at a line break of a two-column PDF
  {
    name: 'PSA',
    // ("prostatic specific antigen": session 34)
    terms: [
      'psa',
      'prostate specific antigen',
      'prostatespecific antigen',
      'prostatic specific antigen',
      'total psa',
      'tpsa',
    ],
    loinc: '2857-1',
  },
  // the free fraction (session 34: "free PSA 2.1 ng/ml" had been read as a second total PSA)
  { name: 'free PSA', terms: ['free psa', 'fpsa', 'free prostate specific antigen'], loinc: '10886-0' },
  {
    name: 'AFP',
    terms: [
      'afp',
      'alpha fetoprotein',
      'alpha 1 fetoprotein',
      'alphafetoprotein',
      'serum afp',
      'alpha fetal protein',
      // session 39 (vocabulary): the British spelling
      'alpha foetoprotein',
    ],
    loinc: '1834-1',
  },
  {
    name: 'CA 72-4',
    terms: ['ca 72 4', 'ca 72.4', 'cancer antigen 72 4', 'carbohydrate antigen 72 4', 'ca 724', 'ca724'],
  },
  { name: 'NSE', terms: ['nse', 'neuron specific enolase', 'neurone specific enolase'] },
  // session 39 (vocabulary): the marker's other written forms (no other test is called "CYFRA")
  {
    name: 'CYFRA 21-1',
    terms: [
      'cyfra 21 1',
      'cytokeratin 19 fragment',
      'cyfra 21.1',
      'cytokeratin 19 fragments',
      'cytokeratin fragment 21 1',
      'cytokeratin 19 fragment 21 1',
      'cyfra',
    ],
  },
  // session 31: "hypercortisolaemia" (no reading had been made), as "hypokalaemia" is potassium
  {
    name: 'cortisol',
    terms: ['cortisol', 'serum cortisol', 'hypercortisolemia', 'hypocortisolemia'],
    loinc: '2143-6',
  },
  { name: 'procalcitonin', terms: ['procalcitonin', 'serum procalcitonin'], loinc: '33959-8' },
  { name: 'prolactin', terms: ['prolactin', 'serum prolactin'] },
  // arterial blood gases: partial pressures written as one word ("PaO2 of 71 mmHg")
  // "pO2"/"pCO2" as a blood gas report writes them (session 18)
  { name: 'PaO2', terms: ['pao2', 'pao 2', 'partial pressure of oxygen', 'po2', 'po 2'], loinc: '2703-7' },
  {
    name: 'PaCO2',
    terms: ['paco2', 'paco 2', 'partial pressure of carbon dioxide', 'pco2', 'pco 2'],
    loinc: '2019-8',
  },
  // the renin–aldosterone axis of hypokalaemic myopathies, and a drug level (session 18; no LOINC: the assay varies)
  { name: 'aldosterone', terms: ['aldosterone', 'serum aldosterone', 'plasma aldosterone'] },
  { name: 'renin', terms: ['renin', 'plasma renin activity', 'renin activity', 'plasma renin'] },
  { name: 'digoxin', terms: ['digoxin level', 'serum digoxin', 'digoxin concentration'] },
  { name: 'vitamin B12', terms: ['vitamin b12', 'b12', 'cobalamin', 'cyanocobalamin'], loinc: '2132-9' },
  {
    name: 'HbA1c',
    terms: [
      'hba1c',
      'a1c',
      'hb a1c',
      'haemoglobin a1c',
      'hemoglobin a1c',
      'glycated haemoglobin',
      'glycated hemoglobin',
      'glycosylated haemoglobin',
      'glycosylated hemoglobin',
      // session 39 (vocabulary): "glycated Hb" had been read as the haemoglobin
      'glycated hb',
      'glycosylated hb',
      'glycohemoglobin',
    ],
    loinc: '4548-4',
  },
  // ── session 16 (helper lex4): routine analytes that case reports of myositis, its mimics and its cancers state
  // with numbers. LOINC codes only where checked against published LOINC material (serum/plasma unless named);
  // left out where the same words carry several codes (absolute count or percentage, urine or serum) or the code
  // could not be confirmed. Ordinary words and drug names are kept out of running text: "iron" and "folic acid"
  // are also supplements, "EPO" a drug, "IgA" a class of antibody ("IgA anti-…"), so those forms are read in a
  // pasted panel (`panelOnly`) or with a head word ("serum iron", "IgA level") only. Names of a chronic condition
  // ("hypercholesterolaemia", "hyperuricaemia") are a history, not a result, and are left out; "serum lactate" is
  // not a term, so that "serum lactate dehydrogenase" stays LDH (the extractor skips "serum" before an analyte).
  {
    name: 'haematocrit',
    terms: ['haematocrit', 'hematocrit', 'hct', 'packed cell volume'],
    panelOnly: ['pcv', 'ht'],
    loinc: '4544-3',
  },
  {
    name: 'RBC',
    terms: [
      'rbc',
      'rbc count',
      'red blood cell count',
      'red cell count',
      'erythrocyte count',
      'red blood count',
    ],
    // session 39 (vocabulary): the cells' names stand for their count in a pasted panel only ("red blood cells
    // were normocytic" is a film's description, "erythrocytes" a sediment's)
    panelOnly: ['red blood cells', 'erythrocytes'],
    loinc: '789-8',
  },
  {
    name: 'reticulocytes',
    terms: ['reticulocytes', 'reticulocyte count', 'reticulocyte', 'retic count', 'reticulocytosis'],
    panelOnly: ['retic', 'retics', 'ret'],
  },
  {
    name: 'lactate',
    terms: ['lactate', 'lactic acid', 'lactate level', 'lactate levels', 'hyperlactatemia'],
    panelOnly: ['lac'],
    loinc: '2524-7',
  },
  {
    name: 'uric acid',
    terms: ['uric acid', 'serum uric acid', 'urate', 'urates', 'serum urate'],
    panelOnly: ['ua'],
    loinc: '3084-1',
  },
  {
    name: 'total protein',
    terms: [
      'total protein',
      'serum total protein',
      'total serum protein',
      'total serum proteins',
      'serum total proteins',
      'total proteins',
      'hypoproteinemia',
    ],
    panelOnly: ['tp'],
    loinc: '2885-2',
  },
  {
    name: 'globulin',
    terms: ['globulin', 'globulins', 'serum globulin', 'total globulin'],
    panelOnly: ['glob'],
  },
  {
    name: 'albumin/globulin ratio',
    terms: [
      'albumin globulin ratio',
      'albumin/globulin ratio',
      'albumin to globulin ratio',
      'a/g ratio',
      // session 39 (vocabulary): the ratio without its slash (never the anion gap)
      'ag ratio',
    ],
  },
  // the gamma fraction of serum protein electrophoresis ("gamma globulin 2.9 g/dL")
  // … and the words of a fraction found low or high, which are also diagnoses: a reading only beside a value
  {
    name: 'gammaglobulin',
    terms: ['gammaglobulin', 'gammaglobulins', 'gamma globulin', 'gamma globulins', 'gamma fraction'],
    valueOnly: ['hypogammaglobulinemia', 'hypergammaglobulinemia'],
  },
  {
    name: 'amylase',
    terms: ['amylase', 'serum amylase', 'pancreatic amylase', 'hyperamylasemia'],
    panelOnly: ['amy'],
    loinc: '1798-8',
  },
  { name: 'lipase', terms: ['lipase', 'serum lipase'], loinc: '3040-3' },
  {
    name: 'ammonia',
    terms: ['ammonia', 'serum ammonia', 'plasma ammonia', 'blood ammonia', 'hyperammonemia'],
    panelOnly: ['nh3'],
    loinc: '16362-6',
  },
  {
    name: 'iron',
    terms: ['serum iron', 'plasma iron', 'iron level', 'iron levels', 'serum fe'],
    panelOnly: ['iron', 'fe'],
    loinc: '2498-4',
  },
  { name: 'transferrin', terms: ['transferrin', 'serum transferrin'], loinc: '3034-6' },
  { name: 'TIBC', terms: ['tibc', 'total iron binding capacity', 'iron binding capacity'], loinc: '2500-7' },
  { name: 'UIBC', terms: ['uibc', 'unsaturated iron binding capacity'] },
  {
    name: 'transferrin saturation',
    terms: ['transferrin saturation', 'tsat', 'iron saturation', 'saturation of transferrin'],
    loinc: '2502-3',
  },
  {
    name: 'folate',
    terms: ['folate', 'serum folate', 'plasma folate', 'folate level', 'serum folic acid'],
    loinc: '2284-8',
  },
  // immunoglobulin classes: "IgA anti-…", "IgM kappa paraprotein", "Mycoplasma IgM" are not levels, so the bare
  // abbreviations are read in a panel only ("IgG 14.2, IgA 2.1, IgM 0.9 g/L")
  {
    name: 'IgA',
    terms: ['iga level', 'iga levels', 'serum iga', 'immunoglobulin a'],
    panelOnly: ['iga'],
    loinc: '2458-8',
  },
  {
    name: 'IgM',
    terms: ['igm level', 'igm levels', 'serum igm', 'immunoglobulin m'],
    panelOnly: ['igm'],
    loinc: '2472-9',
  },
  {
    name: 'IgE',
    terms: ['ige level', 'serum ige', 'total ige', 'immunoglobulin e'],
    panelOnly: ['ige'],
    loinc: '19113-0',
  },
  // session 30: "serum immunoglobulin G4 level was 212 mg/dL" had been read as an IgG of 4
  {
    name: 'IgG4',
    terms: [
      'igg4',
      'serum igg4',
      'igg4 level',
      'igg 4',
      'immunoglobulin g4',
      'immunoglobulin g 4',
      // session 39 (vocabulary): the subclass named in full (read as an IgG of 4)
      'immunoglobulin g subclass 4',
      'igg subclass 4',
    ],
  },
  {
    name: 'beta-2 microglobulin',
    terms: [
      'beta 2 microglobulin',
      'b2 microglobulin',
      'beta 2m',
      'b2m',
      'beta 2 mg',
      'serum beta 2 microglobulin',
    ],
    loinc: '1952-1',
  },
  {
    name: 'BNP',
    terms: ['bnp', 'brain natriuretic peptide', 'b type natriuretic peptide', 'serum bnp', 'plasma bnp'],
    loinc: '30934-4',
  },
  {
    name: 'NT-proBNP',
    terms: [
      'nt probnp',
      'ntprobnp',
      'nt pro bnp',
      'probnp',
      'n terminal pro brain natriuretic peptide',
      'n terminal pro b type natriuretic peptide',
      'n terminal probnp',
      // session 39 (vocabulary): "N-terminal pro-BNP" had been read as the BNP
      'n terminal pro bnp',
      'nt pro b type natriuretic peptide',
    ],
    loinc: '33762-6',
  },
  { name: 'CH50', terms: ['ch50', 'ch 50', 'total hemolytic complement', 'total complement activity'] },
  {
    name: 'total cholesterol',
    terms: ['total cholesterol', 'serum cholesterol', 'cholesterol'],
    panelOnly: ['tc', 'chol', 't cho', 'tcho', 't chol'],
    loinc: '2093-3',
  },
  {
    name: 'triglycerides',
    terms: ['triglycerides', 'triglyceride', 'serum triglycerides', 'hypertriglyceridemia'],
    panelOnly: ['trig', 'tgs'],
    loinc: '2571-8',
  },
  {
    name: 'LDL cholesterol',
    terms: [
      'ldl',
      'ldl cholesterol',
      'ldl c',
      'low density lipoprotein',
      'low density lipoprotein cholesterol',
    ],
    loinc: '2089-1',
  },
  {
    name: 'HDL cholesterol',
    terms: [
      'hdl',
      'hdl cholesterol',
      'hdl c',
      'high density lipoprotein',
      'high density lipoprotein cholesterol',
    ],
    loinc: '2085-9',
  },
  // total cholesterol less HDL ("a non-HDL cholesterol of 4.9 mmol/L": session 23, read as HDL); no LOINC
  // given: the curator did not confirm one
  {
    name: 'non-HDL cholesterol',
    terms: ['non hdl cholesterol', 'non hdl c', 'non hdl', 'nonhdl cholesterol'],
  },
  // the ratio is one reading ("the total cholesterol to HDL ratio was raised at 5.24": session 23, read as two labs)
  {
    name: 'cholesterol/HDL ratio',
    terms: [
      'cholesterol to hdl ratio',
      'total cholesterol to hdl ratio',
      'cholesterol hdl ratio',
      'total cholesterol hdl ratio',
      'tc hdl ratio',
      'cholesterol to hdl cholesterol ratio',
    ],
  },
  // serum free light chains: each chain and their ratio are three analytes
  {
    name: 'kappa free light chain',
    terms: [
      'kappa free light chain',
      'kappa free light chains',
      'free kappa light chain',
      'free kappa light chains',
      'free kappa',
      'kappa flc',
      'serum free kappa',
      'kappa light chain',
      'kappa light chains',
    ],
  },
  {
    name: 'lambda free light chain',
    terms: [
      'lambda free light chain',
      'lambda free light chains',
      'free lambda light chain',
      'free lambda light chains',
      'free lambda',
      'lambda flc',
      'serum free lambda',
      'lambda light chain',
      'lambda light chains',
    ],
  },
  {
    name: 'free light chain ratio',
    terms: [
      'kappa/lambda ratio',
      'kappa lambda ratio',
      'kappa to lambda ratio',
      'kappa:lambda ratio',
      'free light chain ratio',
      'flc ratio',
      'k/l ratio',
      'kappa/lambda free light chain ratio',
      'free kappa/lambda ratio',
      'sflc ratio',
      'serum free light chain ratio',
    ],
  },
  {
    name: 'hCG',
    terms: [
      'hcg',
      'beta hcg',
      'b hcg',
      'bhcg',
      'serum hcg',
      'human chorionic gonadotropin',
      'human chorionic gonadotrophin',
      'beta human chorionic gonadotropin',
      'chorionic gonadotropin',
    ],
  },
  { name: 'calcitonin', terms: ['calcitonin', 'serum calcitonin'], loinc: '1992-7' },
  { name: 'thyroglobulin', terms: ['thyroglobulin', 'serum thyroglobulin'], loinc: '3013-0' },
  {
    name: 'SCC antigen',
    terms: [
      'scc antigen',
      'scc ag',
      'scca',
      'squamous cell carcinoma antigen',
      'serum scc',
      'serum scc antigen',
      'squamous cell carcinoma associated antigen',
      'squamous cell carcinoma related antigen',
    ],
    // "Tumour markers: CEA 4.1 ng/mL, SCC 3.2 ng/mL" (session 25: read as a squamous cell carcinoma): the bare
    // abbreviation is the marker only beside a value
    valueOnly: ['scc'],
  },
  {
    name: 'ProGRP',
    terms: ['progrp', 'pro grp', 'pro gastrin releasing peptide', 'progastrin releasing peptide'],
  },
  // the circulating marker; "chromogranin" alone is a stain of the tumour (immunohistochemistry)
  {
    name: 'chromogranin A',
    terms: ['serum chromogranin a', 'plasma chromogranin a', 'chromogranin a level', 'cga'],
    // session 39 (vocabulary): "chromogranin A 412 ng/mL"; without a value it is the tumour's stain
    valueOnly: ['chromogranin a'],
  },
  // "ChE" of Japanese laboratory tables (a liver synthetic marker, low in malnutrition and liver disease)
  {
    name: 'cholinesterase',
    terms: ['cholinesterase', 'serum cholinesterase', 'pseudocholinesterase', 'butyrylcholinesterase'],
    panelOnly: ['che'],
  },
  { name: 'haptoglobin', terms: ['haptoglobin', 'serum haptoglobin', 'haptoglobins'], loinc: '4542-7' },
  { name: 'anion gap', terms: ['anion gap', 'serum anion gap'], panelOnly: ['ag'] },
  {
    name: 'osmolality',
    terms: ['serum osmolality', 'plasma osmolality', 'osmolality', 'serum osmolarity', 'plasma osmolarity'],
    loinc: '2692-2',
  },
  { name: 'urine osmolality', terms: ['urine osmolality', 'urinary osmolality', 'urine osmolarity'] },
  { name: 'zinc', terms: ['serum zinc', 'plasma zinc', 'zinc level'], panelOnly: ['zinc', 'zn'] },
  { name: 'copper', terms: ['serum copper', 'plasma copper', 'copper level'], panelOnly: ['copper', 'cu'] },
  {
    name: 'selenium',
    terms: ['serum selenium', 'plasma selenium', 'selenium level'],
    panelOnly: ['selenium', 'se'],
  },
  { name: 'ceruloplasmin', terms: ['ceruloplasmin', 'caeruloplasmin', 'serum ceruloplasmin'] },
  {
    name: 'carnitine',
    terms: ['carnitine', 'free carnitine', 'total carnitine', 'serum carnitine', 'plasma carnitine'],
  },
  {
    name: 'urine protein/creatinine ratio',
    terms: [
      'urine protein creatinine ratio',
      'urine protein/creatinine ratio',
      'urine protein to creatinine ratio',
      'urinary protein creatinine ratio',
      'urinary protein/creatinine ratio',
      'urinary protein to creatinine ratio',
      'protein/creatinine ratio',
      'protein creatinine ratio',
      'protein to creatinine ratio',
      'upcr',
      'uprot/cr',
    ],
    loinc: '2890-2',
  },
  {
    name: '24-hour urine protein',
    terms: [
      '24 hour urine protein',
      '24 h urine protein',
      '24h urine protein',
      '24 hour urinary protein',
      '24 h urinary protein',
      '24 hour urinary protein excretion',
      '24 h urinary protein excretion',
      'protein excretion',
      '24 hour proteinuria',
      '24 h proteinuria',
      '24h proteinuria',
      'urine protein excretion',
      'urinary protein excretion',
      'daily proteinuria',
    ],
    loinc: '2889-4',
  },
  { name: 'urine ketones', terms: ['urine ketones', 'urinary ketones', 'ketonuria', 'ketones in urine'] },
  {
    name: 'beta-hydroxybutyrate',
    terms: ['beta hydroxybutyrate', '3 hydroxybutyrate', 'serum ketones', 'blood ketones', 'serum ketone'],
  },
  {
    name: 'erythropoietin',
    terms: ['erythropoietin', 'serum erythropoietin', 'serum epo', 'epo level'],
    loinc: '15061-5',
  },
  // Pompe disease, a mimic: the enzyme's activity in a dried blood spot or leukocytes
  {
    name: 'acid alpha-glucosidase',
    terms: [
      'acid alpha glucosidase',
      'acid alpha glucosidase activity',
      'gaa activity',
      'gaa enzyme activity',
      'alpha glucosidase activity',
      'acid maltase activity',
    ],
  },
  // fractions of bilirubin: "direct bilirubin 0.4" is never the total bilirubin
  {
    name: 'direct bilirubin',
    terms: ['direct bilirubin', 'conjugated bilirubin', 'bilirubin direct', 'direct reacting bilirubin'],
    panelOnly: ['d bil', 'dbil', 'd bili'],
  },
  {
    name: 'indirect bilirubin',
    terms: ['indirect bilirubin', 'unconjugated bilirubin', 'bilirubin indirect'],
    panelOnly: ['i bil', 'ibil'],
  },
  // interstitial lung disease markers beside KL-6, a cytokine of the anti-MDA5 reports, and more tumour and
  // endocrine markers of the cancers found with myositis
  { name: 'SP-D', terms: ['sp d', 'surfactant protein d', 'serum sp d'] },
  { name: 'SP-A', terms: ['sp a', 'surfactant protein a', 'serum sp a'] },
  { name: 'IL-6', terms: ['il 6', 'interleukin 6', 'serum il 6', 'il 6 level'] },
  { name: 'HE4', terms: ['he4', 'he 4', 'human epididymis protein 4', 'serum he4'] },
  {
    name: 'PIVKA-II',
    terms: [
      'pivka ii',
      'pivka 2',
      'protein induced by vitamin k absence ii',
      'des gamma carboxy prothrombin',
    ],
  },
  // session 39 (vocabulary): the British "-trophic"/"-trophin" spellings
  {
    name: 'ACTH',
    terms: [
      'acth',
      'plasma acth',
      'adrenocorticotropic hormone',
      'corticotropin',
      'adrenocorticotrophic hormone',
      'corticotrophin',
      'adrenocorticotropin',
    ],
  },
  // blood gases: the pH of blood, apart from the pH of urine ("pH 7.21, PaCO2 68 mmHg")
  { name: 'pH', terms: ['arterial ph', 'blood ph', 'venous ph', 'serum ph'], panelOnly: ['ph'] },
  { name: 'urine pH', terms: ['urine ph', 'urinary ph'] },
  // a ratio near 1 ("1.025"): the typical upper limit settles the full stop as the decimal point
  {
    name: 'urine specific gravity',
    terms: ['urine specific gravity', 'urinary specific gravity', 'specific gravity'],
    uln: 1.03,
  },
  // "fractional excretion of sodium <1%" is its own measure, never the serum sodium the words end with
  {
    name: 'FENa',
    terms: [
      'fena',
      'fe na',
      'fractional excretion of sodium',
      'fractional sodium excretion',
      'sodium fractional excretion',
    ],
  },
  // viral loads, each named for its virus: a bare "viral load" names no analyte (the virus is elsewhere)
  {
    name: 'HBV DNA',
    terms: ['hbv dna', 'hbv-dna', 'hepatitis b virus dna', 'hepatitis b dna', 'hbv viral load', 'hbv load'],
  },
  {
    name: 'HCV RNA',
    terms: ['hcv rna', 'hcv-rna', 'hepatitis c virus rna', 'hepatitis c rna', 'hcv viral load', 'hcv load'],
  },
  {
    name: 'HIV viral load',
    terms: ['hiv viral load', 'hiv rna', 'hiv-1 rna', 'hiv 1 rna', 'hiv-1 viral load', 'hiv load'],
  },
  // the urine sediment (a blood-count name with a count per microscope field is read as these: extract/labs.ts)
  {
    name: 'urine RBC',
    terms: [
      'urine rbc',
      'urinary rbc',
      'urine red blood cells',
      'urine red cells',
      'urine erythrocytes',
      // session 39 (vocabulary): the sediment's red cells named after the cells ("red blood cells in urine")
      'urinary red blood cells',
      'urinary red cells',
      'urinary erythrocytes',
      'rbc in urine',
      'rbcs in urine',
      'red blood cells in urine',
      'red blood cells in the urine',
      'red cells in urine',
      'red cells in the urine',
    ],
  },
  {
    name: 'urine WBC',
    terms: [
      'urine wbc',
      'urinary wbc',
      'urine white blood cells',
      'urine white cells',
      'urine leukocytes',
      // session 39 (vocabulary): "urinary leucocytes" had been read as the blood's white count
      'urinary leukocytes',
      'urinary white blood cells',
      'urinary white cells',
      'wbc in urine',
      'white blood cells in urine',
      'white blood cells in the urine',
    ],
  },
  // lymphocyte subsets: counts only ("CD4+ T cells" in a muscle biopsy are a stain, not a count)
  {
    name: 'CD4',
    terms: [
      'cd4 count',
      'cd4 counts',
      'cd4 cell count',
      'cd4+ count',
      'cd4+ cell count',
      'cd4 t cell count',
      'cd4+ t cell count',
      'cd4 lymphocyte count',
      'cd4+ lymphocyte count',
      'cd4+ t lymphocyte count',
    ],
    panelOnly: ['cd4', 'cd4+'],
  },
  {
    name: 'CD8',
    terms: [
      'cd8 count',
      'cd8 counts',
      'cd8 cell count',
      'cd8+ count',
      'cd8+ cell count',
      'cd8 t cell count',
      'cd8+ t cell count',
      'cd8 lymphocyte count',
      'cd8+ lymphocyte count',
      'cd8+ t lymphocyte count',
    ],
    panelOnly: ['cd8', 'cd8+'],
  },
  {
    name: 'CD19',
    terms: ['cd19 count', 'cd19+ count', 'cd19 cell count', 'cd19+ cell count', 'cd19+ b cell count'],
    panelOnly: ['cd19', 'cd19+'],
  },
  { name: 'CD4/CD8 ratio', terms: ['cd4/cd8 ratio', 'cd4:cd8 ratio', 'cd4 cd8 ratio', 'cd4+/cd8+ ratio'] },
  {
    name: 'sIL-2R',
    terms: [
      'sil 2r',
      'sil2r',
      'soluble il 2r',
      'soluble il 2 receptor',
      'soluble interleukin 2 receptor',
      // session 39 (vocabulary): the receptor's alpha chain by its CD name
      'scd25',
      'soluble cd25',
    ],
  },
  // ── session 39 (helper vocab-labs): analytes a myositis, rheumatology, oncology or paraneoplastic report may give
  // a value for, named from knowledge rather than from corpus text. Short forms that are also words, units,
  // society names or other tests are kept out of running text: "ACR" (the American College of Rheumatology),
  // "SAA" (severe aplastic anaemia), "PV" (polycythaemia vera), "FDP", "TT", bare "insulin" (a drug), bare
  // "S100" (a tumour stain), bare "pyruvate" ("pyruvate kinase deficiency") and "M-band" (a sarcomere's band)
  // the measured clearance, never the serum creatinine its name begins with
  {
    name: 'creatinine clearance',
    terms: [
      'creatinine clearance',
      'crcl',
      'clcr',
      '24 hour creatinine clearance',
      '24 h creatinine clearance',
      'measured creatinine clearance',
      'estimated creatinine clearance',
    ],
  },
  // the cytokine of adult-onset Still's disease and of the anti-MDA5 reports
  { name: 'IL-18', terms: ['il 18', 'interleukin 18', 'serum il 18', 'il 18 level'] },
  { name: 'serum amyloid A', terms: ['serum amyloid a', 'serum amyloid a protein'], panelOnly: ['saa'] },
  { name: 'plasma viscosity', terms: ['plasma viscosity'] },
  {
    name: 'RDW',
    terms: ['rdw', 'red cell distribution width', 'red blood cell distribution width', 'rdw cv', 'rdw sd'],
  },
  // the breakdown products of fibrin, apart from the fibrinogen and the D-dimer
  {
    name: 'fibrin degradation products',
    terms: [
      'fibrin degradation products',
      'fibrin degradation product',
      'fibrinogen degradation products',
      'fibrin/fibrinogen degradation products',
      'fibrin fibrinogen degradation products',
    ],
    panelOnly: ['fdp', 'fdps'],
  },
  { name: 'thrombin time', terms: ['thrombin time'] },
  // cryoglobulins are mostly told as a screen found present or absent, which the corpus's gold does not hold as a
  // lab item (session 38: "cryoglobulins absent" gives nothing): the names are read only beside a value (a
  // cryocrit, a concentration), and "cryoglobulinaemia" names a disease
  {
    name: 'cryoglobulins',
    terms: ['cryocrit'],
    valueOnly: ['cryoglobulins', 'cryoglobulin', 'serum cryoglobulins', 'cryoglobulinemia'],
  },
  // the monoclonal protein of a myeloma or an MGUS ("M-spike 1.2 g/dL"); "paraproteinaemia" is a diagnosis
  {
    name: 'paraprotein',
    terms: [
      'paraprotein',
      'serum paraprotein',
      'm protein',
      'm spike',
      'monoclonal protein',
      'monoclonal spike',
      'monoclonal component',
      'm component',
      'monoclonal band',
    ],
    valueOnly: ['paraproteinemia'],
  },
  // insulin is also a drug: the hormone's level only with a head word
  {
    name: 'insulin',
    terms: ['serum insulin', 'plasma insulin', 'fasting insulin', 'insulin level', 'insulin levels'],
  },
  { name: 'C-peptide', terms: ['c peptide', 'serum c peptide', 'c peptide level', 'fasting c peptide'] },
  // the share of the PSA that is free, never the free PSA itself
  {
    name: 'free/total PSA ratio',
    terms: [
      'free/total psa ratio',
      'free total psa ratio',
      'free to total psa ratio',
      'f/t psa ratio',
      'f/t psa',
      'percent free psa',
      'percentage free psa',
    ],
  },
  // S100 (S100B) in the serum of a melanoma; bare "S100" is also the tumour's stain, so read only beside a value
  {
    name: 'S100',
    terms: ['serum s100', 'serum s 100', 'serum s100b', 'serum s 100b'],
    valueOnly: ['s100', 's 100', 's100b', 's 100b'],
  },
  // the serotonin metabolite of a neuroendocrine tumour, in the urine
  {
    name: '5-HIAA',
    terms: [
      '5 hiaa',
      'urinary 5 hiaa',
      'urine 5 hiaa',
      '24 hour urinary 5 hiaa',
      '24 hour urine 5 hiaa',
      '5 hydroxyindoleacetic acid',
      '5 hydroxyindole acetic acid',
      '5 hydroxy indole acetic acid',
    ],
  },
  // the urine's albumin and its ratio to creatinine ("urine albumin" had been read as the serum albumin, the
  // ratio as an albumin); "ACR" alone is the American College of Rheumatology and is left out
  {
    name: 'urine albumin/creatinine ratio',
    terms: [
      'urine albumin/creatinine ratio',
      'urine albumin creatinine ratio',
      'urine albumin to creatinine ratio',
      'urinary albumin/creatinine ratio',
      'urinary albumin creatinine ratio',
      'urinary albumin to creatinine ratio',
      'albumin/creatinine ratio',
      'albumin creatinine ratio',
      'albumin to creatinine ratio',
      'microalbumin/creatinine ratio',
      'microalbumin creatinine ratio',
      'microalbumin to creatinine ratio',
      'uacr',
    ],
  },
  {
    name: 'urine albumin',
    terms: [
      'urine albumin',
      'urinary albumin',
      'urine microalbumin',
      'urinary microalbumin',
      'microalbumin',
      'urinary albumin excretion',
      'urine albumin excretion',
    ],
    valueOnly: ['albuminuria', 'microalbuminuria'],
  },
  // the metabolic-myopathy work-up; bare "pyruvate" also begins an enzyme's name ("pyruvate kinase",
  // "pyruvate dehydrogenase deficiency"), so it is read only beside a value
  {
    name: 'pyruvate',
    terms: ['pyruvic acid', 'serum pyruvate', 'plasma pyruvate', 'blood pyruvate', 'pyruvate level'],
    valueOnly: ['pyruvate'],
  },
  {
    name: 'lactate/pyruvate ratio',
    terms: [
      'lactate/pyruvate ratio',
      'lactate pyruvate ratio',
      'lactate to pyruvate ratio',
      'lactate:pyruvate ratio',
      'l/p ratio',
    ],
  },
  {
    name: 'acylcarnitines',
    terms: [
      'acylcarnitine profile',
      'acylcarnitines',
      'acylcarnitine',
      'plasma acylcarnitines',
      'plasma acylcarnitine profile',
      'serum acylcarnitine profile',
      'acyl carnitine profile',
      'acyl carnitines',
      'acylcarnitine analysis',
    ],
  },
  {
    name: 'urine organic acids',
    terms: ['urine organic acids', 'urinary organic acids', 'urine organic acid analysis'],
  },
  // a marker of sarcoidosis beside the ACE; bare "lysozyme" is also a stain
  { name: 'lysozyme', terms: ['serum lysozyme', 'lysozyme level'], valueOnly: ['lysozyme'] },
];

/**
 * Autoantibody targets. Hyphens, Greek letters and "anti-" prefixes are handled by normalisation. "SSA" or
 * "anti-Ro" without 52 or 60 is its own name (SSA/Ro, unspecified); targets outside myositis (TPO, AChR, cN1A …)
 * are named so that a result is recorded with its target, never fed into the myositis criteria.
 */
/**
 * The entries with each one-word "anti…" term also spelled apart, as "anti-nuclear" is written for "antinuclear"
 * (the extraction's normalisation turns the hyphen into a space): "positive anti-nuclear and anti-smooth muscle
 * antibodies". A longer term still wins ("anti-nuclear matrix protein 2" is NXP2).
 */
function withSpelledApart(entries: readonly NameEntry[]): readonly NameEntry[] {
  return entries.map((n) => {
    const terms = new Set(n.terms);
    for (const t of n.terms) {
      const m = /^anti([a-z]{4,}.*)$/.exec(t);
      if (m) terms.add(`anti ${m[1]!}`);
      // "threonyl-transfer RNA synthetase": the enzyme's tRNA spelled out
      if (t.includes('trna synthetase')) terms.add(t.replace('trna', 'transfer rna'));
    }
    return terms.size === n.terms.length ? n : { ...n, terms: [...terms] };
  });
}

/**
 * Infection serologies: antibodies against an infectious agent, tested in a myositis work-up for a mimic or a
 * trigger (HIV and HTLV-1 myopathy, toxoplasmosis, trichinosis, leptospirosis, dengue, Borrelia) or before
 * immunosuppression (hepatitis B and C). Decision (session 45): they are antibody results of the case, named by
 * the agent ("HIV", "Toxoplasma gondii"), and by the agent and class when the text gives a class its own result
 * ("Toxoplasma gondii IgM"); the engine's criteria read none of them. An antigen test (HBsAg) or a nucleic-acid
 * test (HBV DNA, HIV viral load) is not one of them: the viral loads are labs.
 */
const INFECTION_SEROLOGIES: readonly NameEntry[] = [
  {
    name: 'HIV',
    terms: ['hiv', 'hiv 1', 'hiv1', 'hiv 1 2', 'hiv 1/2', 'human immunodeficiency virus', 'anti hiv'],
  },
  {
    name: 'HTLV-1',
    terms: ['htlv', 'htlv 1', 'htlv1', 'htlv i', 'htlvi', 'human t lymphotropic virus type 1'],
  },
  { name: 'hepatitis A', terms: ['hav', 'hepatitis a', 'hepatitis a virus', 'anti hav'] },
  { name: 'hepatitis B', terms: ['hbv', 'hepatitis b', 'hepatitis b virus', 'anti hbv'] },
  { name: 'hepatitis C', terms: ['hcv', 'hepatitis c', 'hepatitis c virus', 'anti hcv'] },
  { name: 'hepatitis E', terms: ['hev', 'hepatitis e virus', 'anti hev'] },
  { name: 'CMV', terms: ['cmv', 'cytomegalovirus'] },
  { name: 'EBV', terms: ['ebv', 'epstein barr virus', 'ebv vca'] },
  { name: 'HSV', terms: ['hsv', 'herpes simplex virus', 'herpes simplex'] },
  { name: 'VZV', terms: ['vzv', 'varicella zoster virus', 'varicella zoster'] },
  { name: 'parvovirus B19', terms: ['parvovirus b19', 'parvovirus'] },
  { name: 'coxsackievirus', terms: ['coxsackie', 'coxsackievirus', 'coxsackie virus'] },
  { name: 'SARS-CoV-2', terms: ['sars cov 2', 'sars cov2', 'covid 19 antibodies', 'covid 19 antibody'] },
  { name: 'dengue', terms: ['dengue', 'dengue virus'] },
  { name: 'Toxoplasma gondii', terms: ['toxoplasma', 'toxoplasma gondii', 'toxoplasmosis'] },
  { name: 'Trichinella', terms: ['trichinella', 'trichinella spiralis', 'trichinosis', 'trichinellosis'] },
  { name: 'Toxocara', terms: ['toxocara', 'toxocara canis'] },
  { name: 'Strongyloides', terms: ['strongyloides', 'strongyloides stercoralis'] },
  { name: 'Taenia solium', terms: ['cysticercosis', 'cysticercus', 'taenia solium'] },
  { name: 'Borrelia', terms: ['borrelia', 'borrelia burgdorferi', 'lyme', 'lyme disease'] },
  { name: 'Leptospira', terms: ['leptospira', 'leptospirosis'] },
  {
    name: 'Treponema pallidum',
    terms: ['treponema', 'treponema pallidum', 'syphilis', 'tpha', 'vdrl', 'rpr'],
  },
  { name: 'Mycoplasma pneumoniae', terms: ['mycoplasma', 'mycoplasma pneumoniae'] },
  { name: 'Brucella', terms: ['brucella', 'brucellosis'] },
  { name: 'Rickettsia', terms: ['rickettsia', 'rickettsial'] },
  { name: 'Coxiella burnetii', terms: ['coxiella', 'coxiella burnetii', 'q fever'] },
  // antistreptolysin O: the antibody to a toxin of group A streptococci ("ASO" alone only in a name field)
  {
    name: 'Streptococcus pyogenes',
    terms: [
      'antistreptolysin o',
      'anti streptolysin o',
      'antistreptolysin',
      'streptolysin o',
      'asot',
      'aslo',
    ],
    fieldOnly: ['aso'],
  },
];

/** The canonical names of the infection serologies, with their antibody classes ("HIV", "Toxoplasma gondii IgM"). */
export const INFECTION_SEROLOGY_TARGETS: ReadonlySet<string> = new Set(
  INFECTION_SEROLOGIES.flatMap((e) => [e.name, `${e.name} IgM`, `${e.name} IgG`]),
);

/** The agent's name, its written forms with an antibody class after them ("toxoplasma igm"). */
const isotypeOf = (e: NameEntry, cls: 'IgM' | 'IgG'): NameEntry => {
  const c = cls.toLowerCase();
  return {
    name: `${e.name} ${cls}`,
    terms: e.terms.flatMap((t) => [`${t} ${c}`, `${t} ${c} antibody`, `${t} ${c} antibodies`]),
  };
};

/** Each agent, then the agent with each antibody class. */
function withIsotypes(agents: readonly NameEntry[]): NameEntry[] {
  return agents.flatMap((e) => [e, isotypeOf(e, 'IgM'), isotypeOf(e, 'IgG')]);
}

export const ANTIBODY_NAMES: readonly NameEntry[] = withSpelledApart([
  {
    name: 'TIF1-gamma',
    terms: [
      // "anti-TIF" in a list of myositis-specific antibodies: the name cut short
      'tif',
      'tif1 gamma',
      'tif1γ',
      'tif 1 gamma',
      'tif1g',
      'tif1',
      'tif 1',
      // a misprint with the digit one for the letter I ("anti-T1F1-γ")
      't1f1',
      't1f1γ',
      't1f1 gamma',
      // OCR with the lower-case L for the digit one ("anti-TIFl-γ", session 37: lost); no English word is "tifl"
      'tifl',
      'tifl gamma',
      'tiflγ',
      'p155',
      'p155/140',
      // "anti-p155/p140": the complex named by both its bands (p140 alone is NXP2)
      'p155/p140',
      'p155 p140',
      // "anti-155/140": the molecular weights alone, read only after "anti" (never a blood pressure)
      'anti 155/140',
      'p155 140',
      'transcription intermediary factor 1 gamma',
      'transcriptional intermediary factor 1 gamma',
      'transcription intermediary factor 1',
      'transcriptional intermediary factor 1',
      // "anti" glued to the expanded name ("antitranscriptional intermediary factor 1-γ antibody")
      'antitranscriptional intermediary factor 1 gamma',
      'antitranscription intermediary factor 1 gamma',
      'tripartite motif containing 33',
      'trim33',
    ],
  },
  // the other members of the TIF1 family (session 18): named apart so that "TIF1β" is never read as TIF1γ, the
  // cancer-associated antigen ("tif1" alone stays TIF1γ, as texts write it)
  {
    name: 'TIF1-beta',
    // (TRIM28 / KAP1 are gene symbols: only after "anti")
    terms: [
      'tif1 beta',
      'tif1β',
      'tif 1 beta',
      'tif1b',
      'transcription intermediary factor 1 beta',
      'anti trim28',
      'anti kap1',
    ],
  },
  {
    name: 'TIF1-alpha',
    terms: [
      'tif1 alpha',
      'tif1α',
      'tif 1 alpha',
      'tif1a',
      'transcription intermediary factor 1 alpha',
      'anti trim24',
    ],
  },
  {
    name: 'NXP2',
    // "antinuclear matrix protein 2 antibody": the prefix fused onto the expanded name (not ANA)
    terms: [
      'nxp2',
      'nxp 2',
      // the letters swapped, as a published title prints it ("anti-NPX2", session 24)
      'npx2',
      'npx 2',
      'mj',
      'p140',
      'nuclear matrix protein 2',
      'antinuclear matrix protein 2',
      'morc3',
    ],
  },
  {
    name: 'MDA5',
    terms: [
      'mda5',
      'mda 5',
      'cadm140',
      'cadm 140',
      'melanoma differentiation associated gene 5',
      'melanoma differentiation associated protein 5',
      'melanoma differentiation associated 5',
      'ifih1',
    ],
  },
  {
    name: 'Mi-2',
    // ("Mi-2α/β −", session 35: the "/β" left outside the name, and the grade after it read as another's)
    terms: [
      'mi2',
      'mi 2',
      'mi 2 alpha',
      'mi 2 beta',
      'mi2 alpha',
      'mi2 beta',
      'mi 2 alpha / beta',
      'mi2 alpha / beta',
      // the helicases the antibody binds: gene symbols, so only after "anti"
      'anti chd4',
      'anti chd3',
    ],
  },
  // an older myositis-associated target, still in some panels ("anti-Mi-1 and anti-Mi-2 were negative")
  { name: 'Mi-1', terms: ['mi1', 'mi 1'] },
  {
    name: 'SAE',
    // ("SUMO-activating enzyme", "small ubiquitin-related modifier": session 39, vocabulary)
    terms: [
      'sae',
      'sae1',
      'sae2',
      'sae 1',
      'sae 2',
      'small ubiquitin like modifier activating enzyme',
      'small ubiquitin related modifier activating enzyme',
      'sumo activating enzyme',
      'sumo 1 activating enzyme',
    ],
  },
  {
    name: 'Jo-1',
    // "jo" alone (the "-1" left off) is read only after "anti" (extract/antibodies.ts), session 24
    // session 39 (vocabulary): the enzyme's three-letter short form ("HisRS"), as for each synthetase below
    terms: ['jo1', 'jo 1', 'j0 1', 'j01', 'histidyl trna synthetase', 'jo', 'hisrs'],
  },
  // "anti-P L-7" (session 37: lost): the name split by OCR, read only after "anti"
  { name: 'PL-7', terms: ['pl7', 'pl 7', 'threonyl trna synthetase', 'anti p l 7', 'thrrs'] },
  { name: 'PL-12', terms: ['pl12', 'pl 12', 'alanyl trna synthetase', 'anti p l 12', 'alars'] },
  // ("GlyRS" is the synthetase; "GlyR", the glycine receptor, is a neural antibody of its own below)
  { name: 'EJ', terms: ['ej', 'glycyl trna synthetase', 'glyrs'] },
  { name: 'OJ', terms: ['oj', 'isoleucyl trna synthetase', 'ilers'] },
  // the 54-kDa subunit the antibody binds ("anti-SRP54")
  {
    name: 'SRP',
    terms: ['srp', 'signal recognition particle', 'srp54', 'srp 54', 'signal recognition particle 54'],
  },
  {
    name: 'HMGCR',
    terms: [
      'hmgcr',
      'hmg cr',
      'hmg coa reductase',
      'hmg coa r',
      'hmgcoar',
      'hmg coar',
      // "HMGCoA reductase antibodies", "HMGCoA antibodies" (session 24)
      'hmgcoa',
      'hmgcoa reductase',
      'hydroxymethylglutaryl coa reductase',
      'hydroxymethylglutaryl coenzyme a reductase',
      '3 hydroxy 3 methylglutaryl coenzyme a reductase',
      '3 hydroxy 3 methylglutaryl coa reductase',
      // "3-hydroxy-3-methylglutaryl coenzyme A (HMG CoA) reductase antibodies" (session 32): the enzyme's
      // abbreviation in brackets before "reductase"
      '3 hydroxy 3 methylglutaryl coenzyme a ( hmg coa ) reductase',
      '3 hydroxy 3 methylglutaryl coenzyme a ( hmgcoa ) reductase',
      // "anti-HMG-CoA antibodies", "anti-3-hydroxy-3-methylglutaryl-coenzyme A" without "reductase" (session 25);
      // only after "anti": the enzyme's name alone is the statins' target
      'anti hmg coa',
      'anti 3 hydroxy 3 methylglutaryl coenzyme a',
      // the older name by its two bands ("anti-200/100 kDa"), only after "anti"
      'anti 200/100',
    ],
  },
  {
    name: 'Ro52',
    terms: [
      'ro52',
      'ro 52',
      // ("antibodies against the 52-kDa Ro antigen", session 33)
      '52 kda ro',
      'ro 52 kda',
      'trim21',
      'anti ro52',
      'anti ro 52',
      'ssa 52',
      'ssa52',
      // "SS-A 52", "SS-A/Ro 52 kDa": the hyphen of "SS-A" spells the name apart
      'ss a 52',
      'ss a/ro 52',
      'ssa/ro52',
      'ssa/ro 52',
      // "anti-SSA/Ro52" and "anti-SSA 52kD" are one target, not SSA/Ro and Ro52
      'anti ssa/ro52',
      'anti ssa/ro 52',
      'anti ssa 52',
      'anti ssa52',
      'ssa 52kd',
      'ssa 52 kd',
      'anti ssa 52kd',
      'anti ssa 52 kd',
      'ro 52kd',
      'ro 52 kd',
      // session 30: "anti-Ro/SSA 52 kDa", "anti-Ro52/SSA" (read as SSA/Ro and Ro52, where the corpus reads Ro52)
      'ro/ssa 52',
      'ro/ssa52',
      'anti ro/ssa 52',
      'anti ro/ssa52',
      'ro/ssa 52 kd',
      'ro/ssa 52 kda',
      'ssa 52 kda',
      'ssa/ro 52 kd',
      'ssa/ro 52 kda',
      'ro 52 kda',
      'ro52/ssa',
      'ro 52/ssa',
      'anti ro52/ssa',
      'ssa (ro52)',
      'ssa (ro 52)',
      'anti ssa (ro52)',
    ],
  },
  {
    name: 'Ro60',
    terms: [
      'ro60',
      'ro 60',
      'anti ro60',
      'anti ro 60',
      'ssa 60',
      'ssa60',
      'ss a 60',
      'ss a/ro 60',
      'ssa/ro60',
      'ssa/ro 60',
      'anti ssa/ro60',
      'anti ssa/ro 60',
      'anti ssa 60',
      'ssa 60kd',
      'ssa 60 kd',
      // ("antibodies to the 60-kDa Ro antigen"; TROVE2 is the gene symbol, only after "anti")
      '60 kda ro',
      'ro 60 kda',
      'ro60/ssa',
      'anti trove2',
    ],
  },
  {
    name: 'SSA/Ro',
    terms: [
      'ssa',
      'ss a',
      'anti ro',
      'ssa/ro',
      'ssa ro',
      'ro/ssa',
      'ss a/ro',
      'anti ssa',
      // "a positive Ro antibody": "Ro" alone is too short to read (rule out), with its noun it is the target;
      // bare, only after "anti" or in a list after another antibody (src/extract/extractors/antibodies.ts)
      'ro antibody',
      'ro antibodies',
      'ro',
      // the expanded name: "anti-Sjögren's syndrome-related antigen A/Ro (SS-A/Ro) antibody"
      'sjogren syndrome related antigen a',
      'sjogren syndrome antigen a',
      // session 22: "anti-Sjögren's syndrome-A antibodies"
      'sjogren syndrome a',
      'sjogren s syndrome a',
      'sjogrens syndrome a',
      'sjogren s syndrome antigen a',
    ],
  },
  {
    name: 'La',
    terms: [
      'ssb',
      'ss b',
      'ssb/la',
      'la/ssb',
      'anti la',
      'la',
      'sjogren syndrome b',
      'sjogren s syndrome b',
      'sjogrens syndrome b',
      'sjogren syndrome antigen b',
      'sjogren s syndrome antigen b',
    ],
  },
  // "anti-PM75", "PM100": the subunit without "Scl" (session 24)
  {
    name: 'PM-Scl',
    terms: [
      'pm scl',
      'pmscl',
      'pm scl 75',
      'pm scl 100',
      'pm/scl',
      'pm75',
      'pm 75',
      'pm100',
      'pm 100',
      // "PM/Scl-75: positive", "PM-Scl100" (session 37: the subunit's number was left outside the name, and a
      // colon after it lost the result): the two antigens of one complex, read as the one target PM-Scl
      'pm/scl 75',
      'pm/scl 100',
      'pm/scl75',
      'pm/scl100',
      'pm scl75',
      'pm scl100',
      // the exosome subunits the two antigens are (gene symbols: only after "anti")
      'anti exosc10',
      'anti exosc9',
      // the complex's name spelled out, with "anti" or a noun only: "polymyositis/scleroderma overlap" is a disease
      'anti polymyositis/scleroderma',
      'anti polymyositis scleroderma',
      'polymyositis/scleroderma antibody',
      'polymyositis/scleroderma antibodies',
      'polymyositis scleroderma antibody',
      'polymyositis scleroderma antibodies',
    ],
  },
  { name: 'Ku', terms: ['ku'] },
  // "anti-nRNP/Sm": one assay of the U1 snRNP (its Sm proteins are not the lupus-specific anti-Sm result)
  {
    name: 'U1-RNP',
    // "U1-snRNP": the small nuclear ribonucleoprotein
    terms: [
      'u1 rnp',
      'u1rnp',
      'rnp',
      'nrnp',
      'u1 nrnp',
      'nrnp/sm',
      'nrnp sm',
      'rnp/sm',
      'rnp sm',
      'u1 snrnp',
      'u1snrnp',
      'snrnp',
      // session 22: the name spelled out ("anti-U1-ribonucleoprotein", "anti-ribonucleoprotein antibodies")
      'u1 ribonucleoprotein',
      'anti ribonucleoprotein',
      'u1 small nuclear ribonucleoprotein',
      // the 70-kDa protein of the particle ("anti-U1-70k"), and the ENA assay written Sm first
      'u1 70k',
      'u1 70 kda',
      'u1 70kda',
      'u1 snrnp 70',
      'sm/rnp',
      'sm rnp',
    ],
  },
  // "anti-topoisomerase antibodies" (session 25): the antibody to topoisomerase I, also without the "I"
  // session 31: "anti Scleroderma 70 antibody" (spelled out) had been lost
  {
    name: 'Scl-70',
    terms: [
      'scl 70',
      'scl70',
      'topoisomerase i',
      'anti topoisomerase',
      'scleroderma 70',
      'anti scleroderma 70',
      // the enzyme's short form ("anti-topo I", "topo-1")
      'topo i',
      'topo 1',
      // ("DNA topoisomerase 1" had been read as dsDNA by its "DNA")
      'dna topoisomerase i',
      'dna topoisomerase 1',
    ],
  },
  // bare "Sm" only after "anti" or in a list after another antibody (src/extract/extractors/antibodies.ts)
  // ("Smith" alone is a surname: only after "anti" or with "antigen")
  { name: 'Sm', terms: ['anti sm', 'anti smith', 'sm', 'smith antigen', 'sm antigen', 'smd1', 'sm d1'] },
  {
    name: 'ANA',
    terms: [
      'ana',
      'antinuclear factor',
      'anti nuclear factor',
      'anf',
      'antinuclear antibody test',
      'antinuclear antibody',
      'antinuclear antibodies',
      'antinuclear',
      'anti nuclear antibodies',
      'anti nuclear antibody',
      'fana',
      // indirect immunofluorescence on HEp-2 cells is the antinuclear antibody test
      'hep 2',
      'hep2',
    ],
  },
  { name: 'ENA', terms: ['ena', 'extractable nuclear antigen', 'extractable nuclear antigens'] },
  // ("nDNA" alone is also the nuclear genome of a mitochondrial disease: only after "anti")
  {
    name: 'dsDNA',
    terms: [
      'dsdna',
      'ds dna',
      'double stranded dna',
      'a dna',
      'anti dna',
      'dna',
      'double strand dna',
      'native dna',
      'double stranded deoxyribonucleic acid',
      'anti ndna',
    ],
  },
  // antibodies to single-stranded (denatured) DNA: another result than dsDNA (session 39, vocabulary)
  {
    name: 'ssDNA',
    terms: ['ssdna', 'ss dna', 'single stranded dna', 'single strand dna', 'denatured dna'],
  },
  // lupus antigens (session 39, vocabulary); "anti-P" alone is also a blood-group antibody and stays unread
  {
    name: 'ribosomal P',
    terms: [
      'ribosomal p',
      'ribosomal p protein',
      'ribosomal p proteins',
      'ribosomal p0',
      'rib p',
      'anti ribosomal p',
      'antiribosomal p',
    ],
  },
  // ("chromatin" alone is a word of histology: only after "anti")
  { name: 'nucleosome', terms: ['nucleosome', 'nucleosomes', 'anti chromatin', 'antichromatin'] },
  // C1q alone is the complement level, PCNA alone a proliferation stain: both only after "anti"
  { name: 'C1q', terms: ['anti c1q'], fieldOnly: ['c1q'] },
  { name: 'PCNA', terms: ['anti pcna'], fieldOnly: ['pcna'] },
  {
    name: 'ANCA',
    terms: [
      'anca',
      'antineutrophil cytoplasmic antibodies',
      'antineutrophil cytoplasmic antibody',
      'anti neutrophil cytoplasmic antibodies',
      'anti neutrophil cytoplasmic antibody',
      'antineutrophil cytoplasmic autoantibodies',
      'antineutrophil cytoplasmic autoantibody',
      'anti neutrophil cytoplasmic autoantibodies',
    ],
  },
  // the two staining patterns, each its own result (session 18: "c-ANCA and p-ANCA negative" had become one ANCA)
  // ("negative for PR3, MPO and anticardiolipin antibodies": session 25, the antigens named bare)
  // session 29: the antigens spelt out ("anti-myeloperoxidase antibodies", "anti-proteinase 3"), and the patterns'
  // full names ("perinuclear anti-neutrophil cytoplasmic antibodies")
  {
    name: 'c-ANCA',
    terms: [
      'c anca',
      'canca',
      'cytoplasmic anca',
      'pr3 anca',
      'anti pr3',
      'pr3',
      'proteinase 3',
      'anti proteinase 3',
      'proteinase 3 anca',
      'cytoplasmic anti neutrophil cytoplasmic antibodies',
      'cytoplasmic antineutrophil cytoplasmic antibodies',
      // the "classic" (cytoplasmic) pattern
      'classic anca',
      'classical anca',
    ],
  },
  {
    name: 'p-ANCA',
    terms: [
      'p anca',
      'panca',
      'perinuclear anca',
      'mpo anca',
      'anti mpo',
      'mpo',
      // never "myeloperoxidase" alone: a stain of blasts ("myeloperoxidase-positive blasts")
      'anti myeloperoxidase',
      'myeloperoxidase anca',
      'myeloperoxidase antibodies',
      'myeloperoxidase antibody',
      'perinuclear anti neutrophil cytoplasmic antibodies',
      'perinuclear antineutrophil cytoplasmic antibodies',
      'perinuclear anti neutrophil cytoplasmic antibody',
    ],
  },
  // "Rose-Waaler 1: 512" (session 25): the sheep-cell agglutination test of older reports is a rheumatoid factor
  {
    name: 'RF',
    terms: ['rf', 'rheumatoid factor', 'rose waaler', 'rose waaler test', 'rheumatoid factors', 'ra factor'],
  },
  // anti-glomerular basement membrane ("GBM" alone is also glioblastoma: read only with "anti")
  {
    name: 'GBM',
    terms: ['anti gbm', 'glomerular basement membrane', 'antiglomerular basement membrane'],
  },
  {
    name: 'CCP',
    terms: [
      'ccp',
      'anti ccp',
      'cyclic citrullinated peptide',
      'cyclic citrullinated peptides',
      'acpa',
      'acpas',
      'anti citrullinated protein antibody',
      'anti citrullinated protein antibodies',
      'citrullinated protein antibody',
      'citrullinated protein antibodies',
      'anti citrullinated peptide antibody',
      'anti citrullinated peptide antibodies',
    ],
  },
  {
    name: 'beta2-glycoprotein I',
    terms: [
      'b2gp',
      'b2gpi',
      'b2 gp',
      'b2 gpi',
      'beta2 glycoprotein i',
      'beta2 glycoprotein 1',
      'beta 2 glycoprotein i',
      'beta 2 glycoprotein 1',
      'beta2gpi',
      'beta2 gpi',
      'beta2 glycoprotein',
      'beta 2 glycoprotein',
      'b2 glycoprotein',
      // the Roman one written as a digit ("β2GP1")
      'b2gp1',
      'b2 gp1',
      'beta2gp1',
      'beta2 gp1',
      'beta 2 gp1',
    ],
  },
  { name: 'anticardiolipin', terms: ['anticardiolipin', 'anti cardiolipin', 'cardiolipin', 'acl'] },
  // ("LA" alone is also La/SSB and "LAC" other things: left unread)
  {
    name: 'lupus anticoagulant',
    terms: ['lupus anticoagulant', 'lupus anticoagulants', 'lupus inhibitor', 'lupus inhibitors'],
  },
  {
    name: 'TPO',
    terms: [
      'tpo',
      'anti tpo',
      'thyroid peroxidase',
      // "positive thyroid peroxidise antibodies" (session 26): a misspelling seen in print
      'thyroid peroxidise',
      'antithyroid peroxidase',
      'anti thyroid peroxidase',
      'thyroid peroxidase antibodies',
      'antimicrosomal',
      // "TPOAb", "TPO-Ab": the abbreviation with its noun glued on
      'tpoab',
      'anti tpoab',
      // the older name of the same antigen
      'thyroid microsomal',
      'thyroperoxidase',
    ],
  },
  {
    name: 'AChR',
    terms: [
      'achr',
      'acetylcholine receptor',
      'antiacetylcholine receptor',
      'anti acetylcholine receptor',
      'acetylcholine receptor antibodies',
      // a frequent misnomer of the same test ("antibodies for acetylcholinesterase receptor were negative")
      'acetylcholinesterase receptor',
      // session 33: "anti-ACh receptor antibodies"
      'ach receptor',
    ],
  },
  // the ganglionic (alpha-3) receptor of autoimmune autonomic ganglionopathy: another antigen than the muscle
  // receptor of myasthenia (session 39: read as AChR)
  {
    name: 'ganglionic AChR',
    terms: [
      'ganglionic achr',
      'ganglionic acetylcholine receptor',
      'ganglionic nicotinic acetylcholine receptor',
      'ganglionic type acetylcholine receptor',
      'alpha3 achr',
      'alpha 3 achr',
      'alpha3 ganglionic achr',
      'alpha3 ganglionic acetylcholine receptor',
      'gachr',
    ],
  },
  // the other antibodies of myasthenia gravis, tested beside AChR in checkpoint-inhibitor myositis (session 18)
  {
    name: 'MuSK',
    terms: [
      'musk',
      'muscle specific kinase',
      'muscle specific tyrosine kinase',
      'muscle specific receptor tyrosine kinase',
    ],
  },
  { name: 'LRP4', terms: ['lrp4', 'lrp 4', 'low density lipoprotein receptor related protein 4'] },
  // striational antibodies named by their antigen ("antititin": the prefix is read by the key and the lexicon)
  // (MGT30: the main immunogenic region of titin, as some assays name the antibody)
  { name: 'titin', terms: ['titin', 'mgt30', 'mgt 30'] },
  // ("RyR-Ab" in a list of antibodies: session 25)
  // ("RyR antibody: negative", session 33)
  {
    name: 'ryanodine receptor',
    terms: ['ryanodine receptor', 'anti ryr', 'ryr ab', 'ryr antibody', 'ryr antibodies'],
  },
  // antibodies to striated muscle (titin, ryanodine receptor), seen with thymoma and checkpoint-inhibitor myositis
  {
    name: 'striated muscle',
    terms: [
      'striated muscle',
      'striated muscle antibody',
      'striated muscle antibodies',
      'antistriated muscle',
      'striational',
      'striational antibodies',
      'antistriational',
      // (session 41: "anti-skeletal muscle antibodies", the same test named by the muscle it stains)
      'anti skeletal muscle',
      'antiskeletal muscle',
      'skeletal muscle antibody',
      'skeletal muscle antibodies',
    ],
  },
  // antibodies to heart muscle, reported beside the striational ones in checkpoint-inhibitor myocarditis (session 41)
  {
    name: 'cardiac muscle',
    terms: [
      'anti cardiac muscle',
      'anticardiac muscle',
      'cardiac muscle antibody',
      'cardiac muscle antibodies',
      'anti heart muscle',
      'heart muscle antibody',
      'heart muscle antibodies',
      'anti myocardial',
      'antimyocardial',
      'antimyocardial antibody',
      'antimyocardial antibodies',
      'myocardial antibody',
      'myocardial antibodies',
    ],
  },
  // the antibodies of Graves' disease ("TSH receptor antibody 6.2 IU/L", "TRAb positive")
  {
    name: 'TSH receptor',
    terms: [
      'tsh receptor',
      'tsh receptor antibody',
      'tsh receptor antibodies',
      'thyrotropin receptor',
      'thyrotropin receptor antibodies',
      'trab',
      'trabs',
      'thyroid stimulating immunoglobulin',
      'thyroid stimulating immunoglobulins',
      // ("TSHR" alone is the gene symbol: with "anti" or a noun)
      'anti tshr',
      'tshr ab',
      'tshr antibodies',
      'tshr antibody',
      'tsh r',
      'tbii',
      'tsh binding inhibitory immunoglobulin',
      'thyrotropin binding inhibitory immunoglobulin',
      'tsi',
    ],
    fieldOnly: ['tshr'],
  },
  // "Mup44": the 44-kDa muscle protein, the antigen's name before it was identified as cN1A
  {
    name: 'cN1A',
    terms: [
      'cn1a',
      'nt5c1a',
      'cytosolic 5 nucleotidase 1a',
      'cytosolic 5 nucleotidase',
      'mup44',
      'mup 44',
      'cytoplasmic 5 nucleotidase 1a',
      'cn 1a',
    ],
  },
  // "anti-TG", "TgAb": read only with their prefix or glued noun ("Tg" alone is the thyroglobulin level)
  {
    name: 'Tg',
    terms: [
      'thyroglobulin antibodies',
      'anti thyroglobulin',
      'antithyroglobulin',
      'anti tg',
      'tgab',
      'anti tgab',
      'thyroglobulin antibody',
      'tg ab',
      'tg antibodies',
      'tg antibody',
    ],
  },
  {
    name: 'AMA',
    terms: [
      'ama',
      'antimitochondrial',
      'anti mitochondrial',
      'antimitochondrial antibodies',
      'ama m2',
      'anti m2',
      'mitochondrial m2',
      'mitochondria m2',
      // ("anti-mitochondrial M2 antibody … (index 152; normal <7)", session 33: the 2 of "M2" read as a level)
      'anti mitochondrial m2',
      'antimitochondrial m2',
      // the M2 antigen named by its enzyme, the E2 subunit of pyruvate dehydrogenase
      'pdc e2',
      'anti pdc e2',
    ],
  },
  // a bare "smooth muscle" is read as the antibody only in an antibody list (not "smooth muscle actin")
  // ("anti-SMA", "SMA antibody", "smooth-muscle antibody": session 33; a bare "SMA" is also a spinal muscular atrophy
  // or an artery, and stays unread)
  {
    name: 'ASMA',
    terms: [
      'asma',
      'anti smooth muscle',
      'smooth muscle antibodies',
      'smooth muscle antibody',
      'smooth muscle',
      'anti sma',
      'sma antibody',
      'sma antibodies',
      // the antigen of the type 1 autoimmune hepatitis antibody ("anti-actin", "anti-F-actin"); "F-actin" alone is a
      // stain
      'anti actin',
      'antiactin',
      'anti f actin',
    ],
  },
  {
    name: 'LKM',
    terms: [
      'lkm',
      'anti lkm',
      'lkm 1',
      'anti lkm 1',
      'liver kidney microsomal',
      'liver kidney microsome',
      // session 33: "anti-liver/kidney microsomal antibodies"
      'liver/kidney microsomal',
    ],
  },
  // the proteins of the RNase MRP / RNase P complex the antibody binds, only after "anti"
  { name: 'Th/To', terms: ['th/to', 'th to', 'anti rpp25', 'anti rpp38', 'anti hpop1'] },
  // session 31: the antibodies of membranous nephropathy, paraneoplastic or not (no result had been read)
  { name: 'PLA2R', terms: ['pla2r', 'phospholipase a2 receptor', 'm type phospholipase a2 receptor'] },
  { name: 'THSD7A', terms: ['thsd7a', 'thrombospondin type 1 domain containing 7a'] },
  // session 31: the rarer antibodies of systemic sclerosis overlap (no result had been read)
  { name: 'NOR90', terms: ['nor90', 'nor 90', 'hubf'] },
  { name: 'RuvBL1/2', terms: ['ruvbl1/2', 'ruvbl1', 'ruvbl2', 'ruvbl'] },
  { name: 'eIF2B', terms: ['eif2b'] },
  // the bare names are read only as members of a list of antibodies (src/extract/extractors/antibodies.ts:
  // "Anti-PL-12, EJ and KS antibodies were not found", session 25)
  // ("YRS" alone is also "years": only after "anti")
  { name: 'Zo', terms: ['anti zo', 'phenylalanyl trna synthetase', 'zo', 'phers'] },
  { name: 'KS', terms: ['anti ks', 'asparaginyl trna synthetase', 'ks', 'asnrs'] },
  { name: 'Ha', terms: ['anti ha', 'tyrosyl trna synthetase', 'ha', 'tyrrs', 'anti yrs'] },
  // Other connective-tissue disease targets
  {
    name: 'centromere',
    terms: [
      'centromere',
      'anti centromere',
      'anticentromere',
      'cenp b',
      'cenpb',
      'centromere b',
      'cenp a',
      'cenpa',
      'centromere protein a',
      'centromere protein b',
      'anticentromeric',
    ],
  },
  { name: 'histone', terms: ['histone', 'histones', 'anti histone'] },
  // ("anti-polymerase III antibody": session 33)
  {
    name: 'RNA polymerase III',
    terms: [
      'rna polymerase iii',
      'rna polymerase 3',
      'rnap iii',
      'rnap3',
      'anti polymerase iii',
      'rna pol iii',
      'rna pol 3',
      'rnapiii',
      'rnap 3',
    ],
  },
  // ("U3-snRNP", the nucleolar particle, had been read as U1-RNP by its "snRNP": session 39)
  {
    name: 'fibrillarin',
    terms: ['fibrillarin', 'u3 rnp', 'u3rnp', 'u3 snrnp', 'u3 snornp', 'u3 snorna'],
  },
  // FHL1 is also the gene of a myopathy ("FHL1 sequencing was negative"): in running text only after "anti"
  { name: 'FHL1', terms: ['anti fhl1'], fieldOnly: ['fhl1'] },
  // rarer myositis-associated antigens (session 39, vocabulary): the survival-of-motor-neuron complex (SMN is also a
  // gene) and the translation factor KJ (a pair of letters), both only after "anti"
  { name: 'SMN', terms: ['anti smn'], fieldOnly: ['smn'] },
  { name: 'KJ', terms: ['anti kj'], fieldOnly: ['kj'] },
  // Neural (onconeural) antibodies: read by the paraneoplastic criteria (neural-antibody keys), never by the
  // myositis criteria
  // ("type 1 antineuronal nuclear antibodies": session 33)
  {
    name: 'Hu',
    terms: [
      'anti hu',
      'anna1',
      'anna 1',
      'type 1 antineuronal nuclear',
      'antineuronal nuclear antibody type 1',
      'antineuronal nuclear antibody 1',
      // the neuronal protein of the family ("anti-HuD")
      'anti hud',
      // the bare "hu", "yo", "ri" are read only after "anti", "against" or as a list's member after another antibody,
      // as the bare synthetases are (session 33: "Onconeural antibodies (Hu, Yo, Ri, CV2, Ma2)" lost three)
      'hu',
    ],
  },
  // (CDR2, CDR2L, NOVA1: the antigens' gene symbols, only after "anti")
  {
    name: 'Yo',
    terms: [
      'anti yo',
      'pca1',
      'pca 1',
      'yo',
      'purkinje cell cytoplasmic antibody type 1',
      'purkinje cell cytoplasmic antibodies type 1',
      'purkinje cell cytoplasmic antibody 1',
      'purkinje cell antibody type 1',
      'anti cdr2',
      'anti cdr2l',
    ],
  },
  {
    name: 'Ri',
    terms: [
      'anti ri',
      'anna2',
      'anna 2',
      'ri',
      'type 2 antineuronal nuclear',
      'antineuronal nuclear antibody type 2',
      'antineuronal nuclear antibody 2',
      'anti nova1',
      'anti nova 1',
    ],
  },
  {
    name: 'CV2/CRMP5',
    terms: ['cv2', 'crmp5', 'crmp 5', 'cv2/crmp5', 'cv2 crmp5', 'collapsin response mediator protein 5'],
  },
  // AGNA: the anti-glial nuclear antibody, whose antigen is SOX1
  {
    name: 'SOX1',
    terms: [
      'sox1',
      'sox 1',
      'agna',
      'anti glial nuclear antibody',
      'antiglial nuclear antibody',
      'glial nuclear antibody',
    ],
  },
  { name: 'amphiphysin', terms: ['amphiphysin'] },
  // (PNMA2, the antigen's gene name: session 33)
  // ("anti-Ta", the same antibody's other name; a bare "Ta" or "Ma" is a word or a symbol and stays unread, and
  // "anti-Ma" alone may be Ma1 or Ma2)
  { name: 'Ma2', terms: ['ma2', 'ma 2', 'ma2/ta', 'pnma2', 'anti ta', 'ta/ma2'] },
  { name: 'KLHL11', terms: ['klhl11', 'klhl 11', 'kelch like protein 11'] },
  // session 39 (vocabulary): the other paraneoplastic and autoimmune neural antibodies, each named so that its
  // key is the one the paraneoplastic criteria list (src/cancer/pns-care-2021/from-case.ts): "Tr" → tr, "PCA-2" →
  // pca2, "GABA-BR" → gababr
  // (a bare "Tr" is an abbreviation of many things, DNER a gene symbol: only after "anti", or as "Tr/DNER", "PCA-Tr")
  {
    name: 'Tr',
    terms: [
      'anti tr',
      'tr/dner',
      'tr dner',
      'anti dner',
      'pca tr',
      'delta/notch like epidermal growth factor related receptor',
    ],
    fieldOnly: ['tr', 'dner'],
  },
  // (ZIC4 is also a gene symbol: with "anti" or an antibody noun)
  { name: 'Zic4', terms: ['anti zic4', 'zic4 antibody', 'zic4 antibodies'], fieldOnly: ['zic4'] },
  {
    name: 'PCA-2',
    terms: [
      'pca2',
      'pca 2',
      'anti map1b',
      'purkinje cell cytoplasmic antibody type 2',
      'purkinje cell cytoplasmic antibody 2',
      'purkinje cell antibody type 2',
    ],
    fieldOnly: ['map1b'],
  },
  {
    name: 'ANNA-3',
    terms: [
      'anna3',
      'anna 3',
      'type 3 antineuronal nuclear',
      'antineuronal nuclear antibody type 3',
      'antineuronal nuclear antibody 3',
    ],
  },
  { name: 'AMPAR', terms: ['ampar', 'ampa receptor', 'ampa receptors', 'ampa r'] },
  // ("a GABA-B receptor agonist" is a drug class: the receptor spelled out is read only with "anti" or an antibody noun)
  {
    name: 'GABA-BR',
    terms: [
      'gababr',
      'gaba b r',
      'gabab r',
      'gaba br',
      'anti gaba b receptor',
      'anti gabab receptor',
      'anti gaba ( b ) receptor',
      'gaba b receptor antibody',
      'gaba b receptor antibodies',
      'gabab receptor antibody',
      'gabab receptor antibodies',
    ],
  },
  {
    name: 'GABA-AR',
    terms: [
      'gabaar',
      'gaba a r',
      'gabaa r',
      'gaba ar',
      'anti gaba a receptor',
      'anti gabaa receptor',
      'anti gaba ( a ) receptor',
      'gaba a receptor antibody',
      'gaba a receptor antibodies',
      'gabaa receptor antibody',
      'gabaa receptor antibodies',
    ],
  },
  { name: 'DPPX', terms: ['dppx', 'dipeptidyl peptidase like protein 6'] },
  { name: 'mGluR1', terms: ['mglur1', 'mglur 1', 'metabotropic glutamate receptor 1'] },
  { name: 'mGluR5', terms: ['mglur5', 'mglur 5', 'metabotropic glutamate receptor 5'] },
  { name: 'GlyR', terms: ['glyr', 'glycine receptor', 'glycine receptors'] },
  // (IgLON5 also names a disease, "anti-IgLON5 disease": with "anti" or an antibody noun)
  { name: 'IgLON5', terms: ['anti iglon5', 'iglon5 antibody', 'iglon5 antibodies'], fieldOnly: ['iglon5'] },
  { name: 'recoverin', terms: ['recoverin'] },
  // the antibodies of neuromyelitis optica and MOG-antibody disease (AQP4 and MOG are also gene symbols and tissue
  // stains: with "anti", "IgG" or an antibody noun)
  {
    name: 'AQP4',
    terms: [
      'anti aqp4',
      'aqp4 igg',
      'aqp4 antibody',
      'aqp4 antibodies',
      'aqp4 ab',
      'anti aquaporin 4',
      'aquaporin 4 antibody',
      'aquaporin 4 antibodies',
      'aquaporin 4 igg',
      'nmo igg',
    ],
    fieldOnly: ['aqp4', 'aquaporin 4'],
  },
  {
    name: 'MOG',
    terms: [
      'anti mog',
      'mog igg',
      'mog antibody',
      'mog antibodies',
      'mog ab',
      'anti myelin oligodendrocyte glycoprotein',
      'myelin oligodendrocyte glycoprotein antibody',
      'myelin oligodendrocyte glycoprotein antibodies',
    ],
    fieldOnly: ['mog'],
  },
  // antiganglioside antibodies of Guillain-Barré syndrome and its variants (GM1 alone also names a gangliosidosis;
  // MAG alone is also an abbreviation of magnesium)
  { name: 'GQ1b', terms: ['gq1b'] },
  {
    name: 'GM1',
    terms: ['anti gm1', 'gm1 antibody', 'gm1 antibodies', 'anti ganglioside gm1', 'gm1 igm', 'gm1 igg'],
    fieldOnly: ['gm1'],
  },
  {
    name: 'MAG',
    terms: [
      'anti mag',
      'anti myelin associated glycoprotein',
      'myelin associated glycoprotein antibody',
      'myelin associated glycoprotein antibodies',
    ],
    fieldOnly: ['mag'],
  },
  {
    name: 'VGCC',
    // the plural too ("antibodies against voltage-gated calcium channels of the P/Q type": session 34, read as a raised calcium)
    terms: [
      'vgcc',
      'voltage gated calcium channel',
      'voltage gated calcium channels',
      'voltage gated ca channel',
      'voltage gated ca channels',
      'p/q type vgcc',
      'p/q type calcium channel',
      'p/q type calcium channels',
    ],
  },
  {
    name: 'NMDAR',
    terms: ['nmdar', 'nmda receptor', 'n methyl d aspartate receptor', 'nmda r', 'anti nmda', 'anti glun1'],
  },
  // ("anti-GAD antibodies": session 33; a bare "GAD" is also an anxiety disorder)
  {
    name: 'GAD65',
    terms: ['gad65', 'gad 65', 'glutamic acid decarboxylase', 'anti gad', 'glutamate decarboxylase'],
  },
  {
    name: 'LGI1',
    terms: ['lgi1', 'leucine rich glioma inactivated 1', 'leucine rich glioma inactivated protein 1'],
  },
  // the voltage-gated potassium channel complex, of which LGI1 and CASPR2 are the targets (session 33: never read)
  { name: 'VGKC', terms: ['vgkc', 'voltage gated potassium channel', 'voltage gated potassium channels'] },
  {
    name: 'CASPR2',
    terms: [
      'caspr2',
      'caspr 2',
      'contactin associated protein like 2',
      'contactin associated protein 2',
      'anti cntnap2',
    ],
  },
  // the N-type channel is another antigen than the P/Q-type one of Lambert-Eaton syndrome (session 39: read as VGCC)
  {
    name: 'N-type VGCC',
    terms: [
      'n type vgcc',
      'n type calcium channel',
      'n type calcium channels',
      'n type voltage gated calcium channel',
      'n type voltage gated calcium channels',
    ],
  },
  { name: 'Kv1.4', terms: ['kv1.4', 'kv 1.4', 'kv1 4'] },
  // organ-specific antibodies a case may list (session 39, vocabulary): coeliac disease ("EMA" alone is also the
  // epithelial membrane antigen stain and "endomysial" alone a place in a muscle biopsy; "AGA" and "DGP" alone
  // are read only in a name field), pernicious anaemia ("PCA" alone is also a Purkinje cell antibody or an artery)
  {
    name: 'tTG',
    terms: [
      'ttg',
      'anti ttg',
      'tissue transglutaminase',
      'ttg iga',
      'iga ttg',
      'ttg igg',
      'anti transglutaminase',
      'transglutaminase 2',
      'anti tg2',
    ],
  },
  {
    name: 'endomysial',
    terms: [
      'anti endomysial',
      'antiendomysial',
      'endomysial antibody',
      'endomysial antibodies',
      'endomysial iga',
      'iga endomysial',
      'ema iga',
      'iga ema',
    ],
    fieldOnly: ['endomysial', 'ema'],
  },
  {
    name: 'gliadin',
    terms: [
      'anti gliadin',
      'antigliadin',
      'gliadin antibody',
      'gliadin antibodies',
      'gliadin iga',
      'gliadin igg',
      'deamidated gliadin peptide',
      'deamidated gliadin peptides',
      'deamidated gliadin',
      'anti dgp',
      'dgp iga',
      'dgp igg',
    ],
    fieldOnly: ['gliadin', 'aga', 'dgp'],
  },
  {
    name: 'parietal cell',
    terms: [
      'anti parietal cell',
      'antiparietal cell',
      'parietal cell antibody',
      'parietal cell antibodies',
      'anti gastric parietal cell',
      'apca',
    ],
    fieldOnly: ['parietal cell'],
  },
  {
    name: 'intrinsic factor',
    terms: [
      'anti intrinsic factor',
      'intrinsic factor antibody',
      'intrinsic factor antibodies',
      'intrinsic factor blocking antibody',
      'intrinsic factor blocking antibodies',
    ],
    fieldOnly: ['intrinsic factor'],
  },
  // autoantibodies to GM-CSF (autoimmune alveolar proteinosis); GM-CSF alone is also a drug
  {
    name: 'GM-CSF',
    terms: [
      'anti gm csf',
      'gm csf autoantibodies',
      'gm csf autoantibody',
      'gm csf antibodies',
      'gm csf antibody',
    ],
    fieldOnly: ['gm csf'],
  },
  ...withIsotypes(INFECTION_SEROLOGIES),
]);

/** Greek letters of analyte names spelled out ("β2-microglobulin", "β-hCG", "κ/λ ratio"). */
const ANALYTE_GREEK: ReadonlyMap<string, string> = new Map([
  ['α', 'alpha'],
  ['β', 'beta'],
  ['γ', 'gamma'],
  ['κ', 'kappa'],
  ['λ', 'lambda'],
]);

/**
 * A name lower-cased with its Greek letters spelled out ("TIF1γ" → "tif1gamma", "β2-microglobulin" →
 * "beta2-microglobulin"): the first step of every comparison of names.
 * @param name - a name as written
 */
export const lowerSpelledGreek = (name: string): string =>
  name.toLowerCase().replace(/[αβγκλ]/g, (ch) => ANALYTE_GREEK.get(ch) ?? ch);

/**
 * British spellings folded onto the American ones the tables are mostly written in ("haemoglobin",
 * "leucocytes", "hypokalaemia", "oestradiol", "coeliac", "normalised"), so that a name typed in a structured field
 * in either spelling finds its entry (running text goes through the extraction lexicon's own normalisation). Both
 * a table's terms and a name looked up go through it, so a fold only has to be consistent; two entries that a fold
 * would make one are refused when the tables are indexed.
 * @param lower - a name already lower-cased
 */
const foldBritish = (lower: string): string =>
  lower
    .replace(/aem/g, 'em')
    .replace(/leuc/g, 'leuk')
    .replace(/\boe(?=[ds])/g, 'e')
    .replace(/\bcoel/g, 'cel')
    .replace(/tumour/g, 'tumor')
    .replace(/is(ed|ation)\b/g, 'iz$1');

const analyteKey = (name: string) => foldBritish(lowerSpelledGreek(name)).replace(/[^a-z0-9]/g, '');

// every Greek letter spelled out, not only γ: "TIF1β" is another antigen than TIF1γ and must not fall back to "tif1"
// (session 18: it was read as TIF1-gamma, the cancer-associated one)
const antibodyKey = (name: string) =>
  foldBritish(lowerSpelledGreek(name))
    .replace(/^anti[\s-]*/, '')
    // a glued "Ab" is the antibody's noun ("TPOAb", "TgAb"), but "TRAb" is an abbreviation of its own: cut short to
    // "tr" it would be the onconeural antibody Tr (session 39)
    .replace(/\s*(antibod(y|ies)|autoantibod(y|ies)|(?<!^tr)ab)$/, '')
    .replace(/[^a-z0-9]/g, '');

/**
 * Indexes a name table by normalised key.
 * @throws Error when two names share a written form (a mistake in the table)
 */
function index(table: readonly NameEntry[], key: (name: string) => string): ReadonlyMap<string, string> {
  const out = new Map<string, string>();
  for (const e of table)
    for (const t of [...e.terms, ...(e.fieldOnly ?? []), ...(e.panelOnly ?? []), ...(e.valueOnly ?? [])]) {
      const k = key(t);
      const prev = out.get(k);
      if (prev !== undefined && prev !== e.name)
        throw new Error(`"${t}" is written for both ${prev} and ${e.name}`);
      out.set(k, e.name);
    }
  return out;
}

const ANALYTE_BY_KEY = index(ANALYTE_NAMES, analyteKey);
const ANTIBODY_BY_KEY = index(ANTIBODY_NAMES, antibodyKey);
const analyteCache = new Map<string, string>();
const antibodyCache = new Map<string, string>();

/** Canonical analyte name ("creatine kinase" → "CK"); unknown names are returned trimmed. */
export function canonicalAnalyte(name: string): string {
  let v = analyteCache.get(name);
  if (v === undefined) {
    v = ANALYTE_BY_KEY.get(analyteKey(name)) ?? name.trim();
    if (analyteCache.size < 10_000) analyteCache.set(name, v);
  }
  return v;
}

/** Canonical antibody target ("anti-TIF1γ", "TIF1-gamma", "p155/140" → "TIF1-gamma"); unknown targets trimmed. */
export function canonicalAntibody(name: string): string {
  let v = antibodyCache.get(name);
  if (v === undefined) {
    v = ANTIBODY_BY_KEY.get(antibodyKey(name)) ?? name.trim();
    if (antibodyCache.size < 10_000) antibodyCache.set(name, v);
  }
  return v;
}

/**
 * The key of a neural antibody target as the paraneoplastic criteria list them: lower case, without an
 * "anti-" prefix and without punctuation ("anti-CV2/CRMP5" → `cv2crmp5`, "Anti-Hu" → `hu`).
 * @param target - the target as written in the case
 */
export function neuralAntibodyKey(target: string): string {
  let v = neuralKeyCache.get(target);
  if (v === undefined) {
    v = target
      .toLowerCase()
      .replace(/^anti[\s-]*/, '')
      .replace(/[^a-z0-9]/g, '');
    if (neuralKeyCache.size < 10_000) neuralKeyCache.set(target, v);
  }
  return v;
}
/** Keys already computed (the same few targets recur in every case), bounded. */
const neuralKeyCache = new Map<string, string>();

/**
 * Cancer vocabulary completed from knowledge: histology names, older names and abbreviations (cystadenocarcinomas,
 * oat cell carcinoma, hepatoma, T-cell lymphomas, older leukaemia and MDS names, sarcomas) and abbreviations that
 * name both a histology and its organ. Each is read in a sentence of its own, beside near controls in which a short
 * form that is also a word or a unit reads nothing.
 * @module
 */
import { describe, expect, it } from 'vitest';
import { extractCase } from '../extract.js';

const OPEN = 'Case presentation\n\nA 63-year-old woman was admitted with weakness of both thighs. ';

const read = (text: string) =>
  (extractCase(OPEN + text).case.cancers ?? []).map((c) => `${c.histology}@${c.site ?? '-'}`);

describe('histologies under older or other names', () => {
  it('ovarian serous and mucinous cystadenocarcinomas, HGSOC', () => {
    expect(read('Laparotomy confirmed a serous cystadenocarcinoma of the left ovary.')).toEqual([
      'serous carcinoma@left ovary',
    ]);
    expect(read('She was diagnosed with HGSOC.')).toEqual(['serous carcinoma@ovary']);
    expect(read('Histology showed a mucinous cystadenocarcinoma.')).toEqual(['mucinous adenocarcinoma@-']);
  });
  it('oat cell carcinoma, LCNEC, hepatoma, Klatskin tumour', () => {
    expect(read('She was diagnosed with an oat cell carcinoma.')).toEqual(['small cell carcinoma@lung']);
    expect(read('Resection showed an LCNEC.')).toEqual(['neuroendocrine carcinoma@-']);
    expect(read('A CT scan revealed a hepatoma.')).toEqual(['hepatocellular carcinoma@liver']);
    expect(read('A CT scan revealed a Klatskin tumour.')).toEqual(['cholangiocarcinoma@bile duct']);
  });
  it('carcinosarcoma by its older name, the pleomorphic sarcoma, granulosa cell tumour, glioblastoma', () => {
    expect(read('She was diagnosed with a malignant mixed Mullerian tumour of the uterus.')).toEqual([
      'carcinosarcoma@uterus',
    ]);
    expect(read('A thigh mass proved to be a malignant fibrous histiocytoma.')).toEqual([
      'undifferentiated pleomorphic sarcoma@-',
    ]);
    expect(read('She was diagnosed with a granulosa cell tumour.')).toEqual(['granulosa cell tumor@ovary']);
    expect(read('An MRI revealed a glioblastoma.')).toEqual(['glioblastoma@brain']);
  });
  it('neuroendocrine neoplasm; a NET or a NEC alone reads nothing', () => {
    expect(read('She was diagnosed with a neuroendocrine neoplasm.')).toEqual(['neuroendocrine tumor@-']);
    expect(read('The NET result was negative and there was no NEC.')).toEqual([]);
  });
});

describe('haematological neoplasms', () => {
  it('T-cell lymphomas by their WHO names', () => {
    expect(read('She was diagnosed with AITL.')).toEqual(['angioimmunoblastic t cell lymphoma@-']);
    expect(read('A node biopsy showed an ALCL.')).toEqual(['anaplastic large cell lymphoma@-']);
    expect(read('She was diagnosed with adult T-cell leukaemia/lymphoma.')).toEqual([
      'adult t cell leukemia/lymphoma@-',
    ]);
    expect(read('She was diagnosed with ENKTL.')).toEqual(['extranodal nk/t cell lymphoma@-']);
    expect(read('She was diagnosed with primary CNS lymphoma.')).toEqual([
      'primary central nervous system lymphoma@brain',
    ]);
  });
  it('older leukaemia and MDS names, MPN, plasmacytoma', () => {
    expect(read('She was diagnosed with acute non-lymphocytic leukaemia.')).toEqual([
      'acute myeloid leukemia@-',
    ]);
    expect(read('She was diagnosed with acute promyelocytic leukaemia.')).toEqual([
      'acute promyelocytic leukemia@-',
    ]);
    expect(read('The marrow showed refractory anaemia with excess blasts.')).toEqual([
      'myelodysplastic syndrome@-',
    ]);
    expect(read('She was diagnosed with an MPN.')).toEqual(['myeloproliferative neoplasm@-']);
    expect(read('A rib biopsy showed a solitary plasmacytoma.')).toEqual(['plasmacytoma@-']);
  });
  it('short forms that are also a unit, a word or an antibody read nothing', () => {
    expect(read('All lesions measured under 5 MM; APL antibodies were negative.')).toEqual([]);
    expect(read('PV and ET were normal on examination.')).toEqual([]);
  });
});

describe('abbreviations and names stating the organ', () => {
  it('PDAC, LUAD, squamous cell lung cancer', () => {
    expect(read('She was diagnosed with PDAC.')).toEqual(['adenocarcinoma@pancreas']);
    expect(
      read('She was diagnosed with pancreatic ductal adenocarcinoma (PDAC). The PDAC was unresectable.'),
    ).toEqual(['adenocarcinoma@pancreas']);
    expect(read('A biopsy showed a bronchioloalveolar carcinoma.')).toEqual(['adenocarcinoma@lung']);
    expect(read('She was diagnosed with a squamous cell lung cancer.')).toEqual([
      'squamous cell carcinoma@lung',
    ]);
  });
  it('HNSCC, ESCC, OSCC, cSCC, uveal melanoma, PanNET, MPM', () => {
    expect(read('She was diagnosed with HNSCC.')).toEqual(['squamous cell carcinoma@head and neck']);
    expect(read('She was diagnosed with ESCC.')).toEqual(['squamous cell carcinoma@esophagus']);
    expect(read('She was diagnosed with OSCC.')).toEqual(['squamous cell carcinoma@oral cavity']);
    expect(read('A cSCC was excised from the scalp.')).toEqual(['squamous cell carcinoma@skin']);
    expect(read('She was diagnosed with a choroidal melanoma.')).toEqual(['melanoma@eye']);
    expect(read('She was diagnosed with a PanNET.')).toEqual(['neuroendocrine tumor@pancreas']);
    expect(read('The pleural biopsy showed MPM.')).toEqual(['mesothelioma@-']);
  });
  it('GEJ and the corpus uteri as sites; alone they read nothing', () => {
    expect(read('She was diagnosed with a GEJ adenocarcinoma.')).toEqual([
      'adenocarcinoma@esophagogastric junction',
    ]);
    expect(read('She was diagnosed with a carcinoma of the corpus uteri.')).toEqual(['carcinoma@uterus']);
    expect(read('Endoscopy showed a normal GEJ and the corpus uteri was normal.')).toEqual([]);
  });
  it('a gist, a glioma-free brain: no cancer', () => {
    expect(read('The gist of the history was a slow decline.')).toEqual([]);
  });
});

describe('histologies of their own, and three more primary sites', () => {
  it('salivary, thyroid and skin histologies by their names', () => {
    expect(read('A parotid biopsy showed an acinic cell carcinoma.')).toEqual([
      'acinic cell carcinoma@parotid gland',
    ]);
    expect(read('She was diagnosed with a mucoepidermoid carcinoma.')).toEqual([
      'mucoepidermoid carcinoma@salivary gland',
    ]);
    expect(read('Biopsy revealed an adenoid cystic carcinoma of the breast.')).toEqual([
      'adenoid cystic carcinoma@breast',
    ]);
    expect(read('She was diagnosed with a Hürthle cell carcinoma.')).toEqual([
      'hurthle cell carcinoma@thyroid',
    ]);
    expect(read('A plaque on the trunk proved to be DFSP.')).toEqual([
      'dermatofibrosarcoma protuberans@skin',
    ]);
  });
  it("Paget's disease of the nipple is a cancer; of bone, or bare, it is not", () => {
    expect(read("She was diagnosed with Paget's disease of the nipple.")).toEqual([
      'paget disease of the breast@breast',
    ]);
    expect(read("She had Paget's disease with a raised alkaline phosphatase.")).toEqual([]);
    expect(read('A benign phyllodes tumour was excised.')).toEqual([]);
    expect(read('A malignant phyllodes tumour was excised.')).toEqual(['malignant phyllodes tumor@breast']);
  });
  it('a myeloid sarcoma is not a soft tissue sarcoma; leukaemias by their own names', () => {
    expect(read('A skin biopsy showed a myeloid sarcoma.')).toEqual(['myeloid sarcoma@-']);
    expect(read('She was diagnosed with hairy cell leukaemia.')).toEqual(['hairy cell leukemia@-']);
    expect(read('She was diagnosed with T-cell large granular lymphocytic leukaemia.')).toEqual([
      'large granular lymphocytic leukemia@-',
    ]);
  });
  it('organ-stating names: Pancoast tumour, linitis plastica, fibrolamellar, adrenocortical carcinoma', () => {
    expect(read('A CT scan revealed a Pancoast tumour.')).toEqual(['carcinoma@lung']);
    expect(read('Endoscopy showed linitis plastica.')).toEqual(['adenocarcinoma@stomach']);
    expect(read('She was diagnosed with a fibrolamellar carcinoma.')).toEqual([
      'hepatocellular carcinoma@liver',
    ]);
    expect(read('She was diagnosed with adrenocortical carcinoma.')).toEqual(['carcinoma@adrenal gland']);
  });
  it('the vagina and the urethra as primaries; bleeding, a catheter or a hysterectomy route name no site', () => {
    expect(read('She was diagnosed with a vaginal carcinoma.')).toEqual(['carcinoma@vagina']);
    expect(read('She was diagnosed with carcinoma of the urethra.')).toEqual(['carcinoma@urethra']);
    expect(read('She had vaginal bleeding and a biopsy showed a carcinoma.')).toEqual(['carcinoma@-']);
    expect(read('A urethral catheter was placed, and a carcinoma was found.')).toEqual(['carcinoma@-']);
    expect(read('She had a vaginal hysterectomy for endometrial carcinoma.')).toEqual(['carcinoma@uterus']);
  });
});

describe('a name stating the organ keeps its histology’s code', () => {
  it('PDAC as an adenocarcinoma, a Pancoast tumour as a carcinoma', () => {
    const codes = (text: string) => (extractCase(OPEN + text).case.cancers ?? []).map((c) => c.codes?.snomed);
    expect(codes('She was diagnosed with PDAC.')).toEqual(['35917007']);
    expect(codes('A CT scan revealed a Pancoast tumour.')).toEqual(['68453008']);
  });
});

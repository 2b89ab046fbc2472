/**
 * Cancer histologies and primary sites, and tumour response categories (RECIST 1.1 and prose).
 * @module
 */
import type { Concept } from './types.js';

/**
 * A histology. `site` is the organ of the histology (invasive ductal → breast), used when the text names no site;
 * `named` when the name itself states the organ (hepatocellular → liver), which then wins over a site word
 * nearby; `family` groups spellings of one tumour type for merging mentions.
 */
const h = (
  value: string,
  terms: string[],
  opts: { snomed?: string; site?: string; named?: boolean; family?: string } = {},
): Concept => ({
  id: `histology:${value}`,
  kind: 'histology',
  value,
  terms: [value, ...terms],
  ...(opts.snomed ? { codes: { snomed: opts.snomed } } : {}),
  ...(opts.site || opts.family
    ? {
        attrs: {
          ...(opts.site ? { site: opts.site } : {}),
          ...(opts.named ? { siteNamed: 'true' } : {}),
          ...(opts.family ? { family: opts.family } : {}),
        },
      }
    : {}),
});
/**
 * A histology named with its organ ("PDAC": an adenocarcinoma of the pancreas): the histology's own value (merging
 * with it), the site named.
 */
const named = (value: string, site: string, terms: string[], family?: string): Concept => ({
  id: `histology:${value}@${site}`,
  kind: 'histology',
  value,
  terms,
  ...(NAMED_SNOMED[value] ? { codes: { snomed: NAMED_SNOMED[value] } } : {}),
  attrs: { site, siteNamed: 'true', ...(family ? { family } : {}) },
});
/** The SNOMED CT morphology codes of the histologies above, as their own entries give them. */
const NAMED_SNOMED: Readonly<Record<string, string>> = {
  carcinoma: '68453008',
  adenocarcinoma: '35917007',
  'squamous cell carcinoma': '28899001',
  melanoma: '2092003',
};
const s = (value: string, terms: string[]): Concept => ({
  id: `site:${value}`,
  kind: 'site',
  value,
  terms: [value, ...terms],
});
const r = (value: string, terms: string[]): Concept => ({
  id: `response:${value}`,
  kind: 'response',
  value,
  terms,
});

/** Histology concepts (most specific first does not matter: longest match wins). */
export const HISTOLOGY_CONCEPTS: readonly Concept[] = [
  h(
    'invasive ductal carcinoma',
    [
      'infiltrating ductal carcinoma',
      'infiltrating duct carcinoma',
      'invasive duct carcinoma',
      'idc',
      'ductal carcinoma',
    ],
    { site: 'breast', snomed: '82711006' },
  ),
  h('invasive lobular carcinoma', ['infiltrating lobular carcinoma', 'lobular carcinoma'], {
    site: 'breast',
  }),
  h('ductal carcinoma in situ', ['dcis'], { site: 'breast' }),
  h('triple negative breast cancer', ['triple negative breast carcinoma', 'tnbc'], { site: 'breast' }),
  h('leiomyosarcoma', ['leiomyosarcomas'], { snomed: '51549004' }),
  h('chondrosarcoma', []),
  h('angiosarcoma', ['angiosarcomas']),
  // session 39: the uterine carcinosarcoma's older name
  h('carcinosarcoma', ['malignant mixed mullerian tumor', 'malignant mixed mesodermal tumor', 'mmmt']),
  h('liposarcoma', []),
  // session 39: sarcomas by their WHO names (the old "malignant fibrous histiocytoma" is the pleomorphic sarcoma)
  h('fibrosarcoma', []),
  h('myxofibrosarcoma', []),
  h('undifferentiated pleomorphic sarcoma', ['malignant fibrous histiocytoma']),
  h('rhabdomyosarcoma', []),
  h('osteosarcoma', []),
  h('soft tissue sarcoma', ['sarcoma', 'sarcomas']),
  // a signet ring cell carcinoma is an adenocarcinoma: the two names of one tumour merge
  // "adenoCa of the stomach": the abbreviation of telegraphic notes
  // ("adenocarcinomas in both ovaries", session 24: the plural gave no cancer)
  h('adenocarcinoma', ['adenoca', 'adenocarcinomas'], { snomed: '35917007', family: 'adenocarcinoma' }),
  h('signet ring cell carcinoma', ['signet ring cell adenocarcinoma', 'signet ring carcinoma'], {
    family: 'adenocarcinoma',
  }),
  h('squamous cell carcinoma', ['scc'], { snomed: '28899001' }),
  // a skin cancer by its name ("basal cell carcinoma in the left malar region")
  h('basal cell carcinoma', ['bcc', 'basal cell carcinomas', 'basalioma'], {
    site: 'skin',
    named: true,
    snomed: '1338007',
  }),
  // session 39: "oat cell carcinoma", the older name
  h(
    'small cell carcinoma',
    [
      'small cell lung cancer',
      'sclc',
      'small cell lung carcinoma',
      'oat cell carcinoma',
      'oat cell lung cancer',
    ],
    {
      site: 'lung',
    },
  ),
  // session 30: "non-SCLC" (had been read as a small-cell carcinoma)
  // session 31: "a non-small cell carcinoma" without the organ (had been read as a small-cell carcinoma)
  h(
    'non small cell lung cancer',
    [
      'nsclc',
      'non small cell lung carcinoma',
      'non sclc',
      'non small cell carcinoma',
      'non small cell cancer',
      'non small cell lung cancers',
      'nonsmall cell lung cancer',
      'nonsmall cell carcinoma',
    ],
    { site: 'lung' },
  ),
  // "adenosquamous lung carcinoma": the histology word stands before the organ
  h('adenosquamous carcinoma', ['adenosquamous', 'adenosquamous cell carcinoma']),
  // "anaplastic carcinoma of the large cell type"
  h('large cell carcinoma', [
    'large cell lung carcinoma',
    'large cell lung cancer',
    'carcinoma of the large cell type',
    'anaplastic carcinoma of the large cell type',
    'undifferentiated large cell carcinoma',
  ]),
  h('nasopharyngeal carcinoma', ['npc', 'nasopharyngeal cancer'], {
    site: 'nasopharynx',
    named: true,
    family: 'nasopharyngeal carcinoma',
  }),
  h('urothelial carcinoma', ['urothelial cancer'], { family: 'urothelial carcinoma' }),
  h('transitional cell carcinoma', ['tcc'], { family: 'urothelial carcinoma' }),
  // differentiated and other thyroid cancers by their histology ("papillary thyroid cancer")
  h(
    'papillary thyroid carcinoma',
    [
      'papillary thyroid cancer',
      'papillary carcinoma of the thyroid',
      'papillary thyroid microcarcinoma',
      'papillary carcinoma of thyroid',
    ],
    {
      site: 'thyroid',
      named: true,
    },
  ),
  h('follicular thyroid carcinoma', ['follicular thyroid cancer', 'follicular carcinoma of the thyroid'], {
    site: 'thyroid',
    named: true,
  }),
  h('medullary thyroid carcinoma', ['medullary thyroid cancer', 'medullary carcinoma of the thyroid'], {
    site: 'thyroid',
    named: true,
  }),
  h('anaplastic thyroid carcinoma', ['anaplastic thyroid cancer'], { site: 'thyroid', named: true }),
  h(
    'hepatocellular carcinoma',
    [
      'hcc',
      'hepatoma',
      'hepatomas',
      'hepatocellular cancer',
      'liver cell carcinoma',
      'fibrolamellar carcinoma',
      'fibrolamellar hepatocellular carcinoma',
    ],
    { site: 'liver', named: true, snomed: '25370001' },
  ),
  // session 30: "ccRCC" (no cancer was read)
  // session 31: "hypernephroma", the old name (no tumour had been read)
  h(
    'renal cell carcinoma',
    ['rcc', 'clear cell renal cell carcinoma', 'renal cell cancer', 'ccrcc', 'hypernephroma'],
    {
      site: 'kidney',
      named: true,
      snomed: '41607009',
      family: 'renal cell carcinoma',
    },
  ),
  // "renal clear cell carcinoma", "clear cell carcinoma of the ovary" (session 38: a bare carcinoma read, so a
  // breast cancer named beside it was taken for it): the cell type, at the site named beside it; with a renal cell
  // carcinoma of the same text (and no other site) one tumour
  h('clear cell carcinoma', ['clear-cell carcinoma', 'clear cell adenocarcinoma'], {
    family: 'renal cell carcinoma',
  }),
  // the ovary unless a site word stands by it ("uterine serous carcinoma"); the organ adjective may stand between
  // the subtype and the noun ("high-grade serous ovarian carcinoma")
  h(
    'serous carcinoma',
    [
      'high grade serous carcinoma',
      'serous adenocarcinoma',
      'serous ovarian carcinoma',
      'serous ovarian cancer',
      'serous ovarian adenocarcinoma',
      'high grade serous ovarian carcinoma',
      'high grade serous ovarian cancer',
      'low grade serous carcinoma',
      'serous papillary carcinoma',
      'papillary serous carcinoma',
      'serous tubo ovarian carcinoma',
      // session 39 (vocabulary from knowledge): the abbreviations of the high-grade serous carcinoma and the older
      // "cystadenocarcinoma"
      'hgsoc',
      'hgsc',
      'serous cystadenocarcinoma',
      'papillary serous cystadenocarcinoma',
      'serous ovarian cystadenocarcinoma',
    ],
    { site: 'ovary' },
  ),
  // the uterus unless a site word stands by it ("endometrioid carcinoma of the ovary")
  h(
    'endometrioid adenocarcinoma',
    [
      'endometrioid carcinoma',
      'endometrioid endometrial adenocarcinoma',
      'endometrioid endometrial carcinoma',
      'endometrial endometrioid adenocarcinoma',
      'endometrial endometrioid carcinoma',
      'endometrioid type adenocarcinoma',
    ],
    { site: 'uterus' },
  ),
  h('mucinous adenocarcinoma', ['mucinous carcinoma', 'mucinous cystadenocarcinoma']),
  // "a neuroendocrine tumour of the lung … a large cell neuroendocrine carcinoma of the lung" (session 38: two
  // cancers): the carcinoma names the tumour's kind (a family of one tumour, refined by the carcinoma)
  h('neuroendocrine carcinoma', ['neuroendocrine cancer', 'large cell neuroendocrine carcinoma', 'lcnec'], {
    family: 'neuroendocrine tumor',
  }),
  // session 39: "neuroendocrine neoplasm", the WHO's umbrella name ("NET" and "NEN" alone are everyday or ambiguous
  // words: not read)
  h(
    'neuroendocrine tumor',
    [
      'carcinoid',
      'carcinoid tumor',
      'neuroendocrine tumors',
      'neuroendocrine neoplasm',
      'neuroendocrine neoplasms',
    ],
    { family: 'neuroendocrine tumor' },
  ),
  h('undifferentiated carcinoma', ['poorly differentiated carcinoma']),
  // the nasopharynx is named by the histology ("an undifferentiated nasopharyngeal carcinoma")
  h('undifferentiated nasopharyngeal carcinoma', ['undifferentiated carcinoma of nasopharyngeal type'], {
    site: 'nasopharynx',
    named: true,
    family: 'nasopharyngeal carcinoma',
  }),
  // lymphoepithelioma-like carcinoma (pulmonary LELC, a non-small cell lung cancer; also salivary and gastric)
  h('lymphoepithelioma like carcinoma', ['lelc', 'lymphoepithelioma', 'lymphoepithelial carcinoma']),
  // session 31: "large B-cell lymphoma" without "diffuse" (had been read as a bare lymphoma)
  h(
    'diffuse large b cell lymphoma',
    ['dlbcl', 'diffuse large b cell non hodgkin lymphoma', 'large b cell lymphoma'],
    {
      family: 'lymphoma',
    },
  ),
  h('hodgkin lymphoma', ["hodgkin's lymphoma", 'hodgkin disease'], { family: 'lymphoma' }),
  // session 31: "non-Hodgkin's disease" had been read as a Hodgkin lymphoma
  h(
    'lymphoma',
    [
      'non hodgkin lymphoma',
      "non hodgkin's lymphoma",
      'non hodgkin disease',
      "non hodgkin's disease",
      'lymphomas',
      'b cell lymphoma',
      't cell lymphoma',
    ],
    { family: 'lymphoma' },
  ),
  // cutaneous and extranodal T/NK lymphomas ("Mycosis Fungoides in Dermatomyositis")
  h('mycosis fungoides', ['cutaneous t cell lymphoma', 'ctcl', 'sezary syndrome'], {
    site: 'skin',
    named: true,
    family: 'lymphoma',
  }),
  h(
    'extranodal nk/t cell lymphoma',
    [
      'nk/t cell lymphoma',
      'extranodal nk/t cell lymphoma nasal type',
      'natural killer/t cell lymphoma',
      'enktl',
      'enktcl',
    ],
    { family: 'lymphoma' },
  ),
  h('peripheral t cell lymphoma', ['peripheral t cell lymphoma not otherwise specified', 'ptcl'], {
    family: 'lymphoma',
  }),
  // EBV-driven B-cell lymphoproliferative neoplasms named without the word lymphoma (WHO: large B-cell
  // lymphomas; issue 12, seventh round)
  h('lymphomatoid granulomatosis', ['lymphomatoid granulomatous'], { family: 'lymphoma' }),
  h('follicular lymphoma', ['follicular non hodgkin lymphoma'], { family: 'lymphoma' }),
  // session 39: T-cell lymphomas by their WHO names (had been read as a bare lymphoma, or as a leukaemia and a
  // lymphoma)
  h('angioimmunoblastic t cell lymphoma', ['aitl', 'angioimmunoblastic lymphoma'], { family: 'lymphoma' }),
  h('anaplastic large cell lymphoma', ['alcl'], { family: 'lymphoma' }),
  h(
    'adult t cell leukemia/lymphoma',
    ['adult t cell leukemia lymphoma', 'adult t cell leukemia', 'adult t cell lymphoma', 'atll'],
    { family: 'lymphoma' },
  ),
  h('subcutaneous panniculitis like t cell lymphoma', ['sptcl'], { family: 'lymphoma' }),
  h('primary central nervous system lymphoma', ['primary cns lymphoma', 'pcnsl'], {
    site: 'brain',
    named: true,
    family: 'lymphoma',
  }),
  // Session 19: post-transplant lymphoproliferative disorder, a lymphoid neoplasm in the WHO classification
  // (recorded as a cancer, as the corpus records it)
  h(
    'post-transplant lymphoproliferative disorder',
    ['post transplant lymphoproliferative disorder', 'posttransplant lymphoproliferative disorder', 'ptld'],
    { family: 'lymphoma' },
  ),
  // Leukaemias and myeloma: haematological cancers without an organ site (the histology names them)
  // session 39: the older "acute non-lymphocytic leukaemia"; the promyelocytic subtype by its name ("APL" alone is
  // also the antiphospholipid antibodies: not read)
  h(
    'acute myeloid leukemia',
    [
      'acute myelogenous leukemia',
      'acute myeloblastic leukemia',
      'aml',
      'acute non lymphocytic leukemia',
      'acute nonlymphocytic leukemia',
      'anll',
    ],
    {
      family: 'leukemia',
    },
  ),
  h('acute promyelocytic leukemia', ['apml'], { family: 'leukemia' }),
  h('chronic myeloid leukemia', ['chronic myelogenous leukemia', 'cml'], { family: 'leukemia' }),
  h('acute lymphoblastic leukemia', ['acute lymphocytic leukemia'], { family: 'leukemia' }),
  h('chronic lymphocytic leukemia', ['cll'], { family: 'leukemia' }),
  // session 39: leukaemias by their own names (had been read as a bare leukaemia)
  h('hairy cell leukemia', [], { family: 'leukemia' }),
  h('prolymphocytic leukemia', ['t cell prolymphocytic leukemia', 'b cell prolymphocytic leukemia'], {
    family: 'leukemia',
  }),
  h('large granular lymphocytic leukemia', ['t cell large granular lymphocytic leukemia', 'lgl leukemia'], {
    family: 'leukemia',
  }),
  h('plasma cell leukemia', [], { family: 'leukemia' }),
  h('leukemia', ['leukemias'], { family: 'leukemia' }),
  h('multiple myeloma', ['myeloma', 'plasma cell myeloma']),
  // session 39: a plasma cell neoplasm outside the marrow ("MM" alone is the millimetre: not read)
  h('plasmacytoma', ['plasmacytomas', 'solitary plasmacytoma', 'extramedullary plasmacytoma']),
  // Issue 12, eighth round: cancers a case names by their histology alone (haematological neoplasms, lymphoma
  // subtypes, and tumours whose name states the organ)
  // "MDS" alone (session 26: "a patient with DM and MDS" lost), like AML and CML
  h('myelodysplastic syndrome', [
    'myelodysplastic syndromes',
    'myelodysplasia',
    'myelodysplastic neoplasm',
    'mds',
    // session 39: the older FAB subtype names
    'refractory anemia with excess blasts',
    'raeb',
    'refractory anemia with ringed sideroblasts',
    'refractory cytopenia with multilineage dysplasia',
  ]),
  h('chronic myelomonocytic leukemia', ['cmml'], { family: 'leukemia' }),
  // Session 16: the myeloproliferative neoplasms (WHO haematological neoplasms, ICD-O behaviour /3), recorded
  // as cancers as the corpus records a myelodysplastic syndrome
  h('polycythemia vera', ['polycythemia rubra vera']),
  h('essential thrombocythemia', ['essential thrombocytosis']),
  h('primary myelofibrosis', ['myelofibrosis']),
  h('myeloproliferative neoplasm', [
    'myeloproliferative neoplasms',
    'myeloproliferative disorder',
    'myeloproliferative disorders',
    'mpn',
  ]),
  h('mantle cell lymphoma', [], { family: 'lymphoma' }),
  h(
    'marginal zone lymphoma',
    [
      'malt lymphoma',
      'mucosa associated lymphoid tissue lymphoma',
      'extranodal marginal zone lymphoma',
      // session 31: "nodal marginal zone B-cell lymphoma" had been read as a bare lymphoma
      'marginal zone b cell lymphoma',
      'nodal marginal zone lymphoma',
      'nodal marginal zone b cell lymphoma',
      'splenic marginal zone lymphoma',
      'mzl',
    ],
    { family: 'lymphoma' },
  ),
  h('burkitt lymphoma', ["burkitt's lymphoma"], { family: 'lymphoma' }),
  h('waldenstrom macroglobulinemia', ["waldenstrom's macroglobulinemia", 'lymphoplasmacytic lymphoma'], {
    family: 'lymphoma',
  }),
  // session 30: "cholangiocellular carcinoma" (read as a bare carcinoma)
  // session 39: the hilar tumour by its eponym
  h(
    'cholangiocarcinoma',
    [
      'bile duct carcinoma',
      'bile duct cancer',
      'cholangiocellular carcinoma',
      'klatskin tumor',
      "klatskin's tumor",
      'cholangiocarcinomas',
    ],
    {
      site: 'bile duct',
      named: true,
    },
  ),
  h('merkel cell carcinoma', [], { site: 'skin', named: true }),
  h('neuroblastoma', []),
  // Issue 12 (session 18): the embryonal tumours of childhood name their organ, as a juvenile DM after a
  // retinoblastoma showed (the cancer was missed)
  h('retinoblastoma', ['retinoblastomas'], { site: 'eye', named: true }),
  h('nephroblastoma', ['wilms tumor', "wilms' tumor", 'wilms tumour', "wilms' tumour"], {
    site: 'kidney',
    named: true,
  }),
  h('hepatoblastoma', [], { site: 'liver', named: true }),
  h('medulloblastoma', [], { site: 'brain', named: true }),
  // session 39 ("GBM" alone is the glomerular basement membrane: not read)
  h('glioblastoma', ['glioblastoma multiforme', 'glioblastomas'], { site: 'brain', named: true }),
  // session 39: a sex cord-stromal tumour of the ovary (low-grade malignant), the ovary's unless a site word says
  h('granulosa cell tumor', ['granulosa cell tumors', 'adult granulosa cell tumor'], { site: 'ovary' }),
  h('ewing sarcoma', ["ewing's sarcoma", 'ewing sarcomas']),
  h('gastrointestinal stromal tumor', ['gastrointestinal stromal tumors']),
  // session 31: a thymic carcinoma is its own epithelial tumour of the thymus, not a thymoma (it had been read as one)
  h('thymic carcinoma', ['thymic carcinomas'], { site: 'thymus', named: true }),
  h('thymoma', ['thymomas'], { site: 'thymus', named: true }),
  h('melanoma', [], { snomed: '2092003' }),
  // session 30: "non-melanoma skin cancer" had been read as a melanoma; "Kaposi's sarcoma" as a soft tissue sarcoma
  h('non melanoma skin cancer', ['nmsc', 'non melanoma skin cancers', 'non melanoma skin carcinoma'], {
    site: 'skin',
  }),
  h('kaposi sarcoma', ['kaposi sarcomas']),
  // session 30: "glucagonoma" (no tumour was read)
  h('glucagonoma', ['glucagonomas'], { site: 'pancreas' }),
  // session 39: "MPM", the pleural mesothelioma's abbreviation
  // session 39: histologies of their own the table lacked (each malignant by its name; a bare "Paget's disease" is
  // the bone's, a phyllodes tumour without "malignant" is mostly benign, an insulinoma mostly benign: left out)
  h('adenoid cystic carcinoma', [], { site: 'salivary gland' }),
  h('mucoepidermoid carcinoma', [], { site: 'salivary gland' }),
  h('acinic cell carcinoma', [], { site: 'salivary gland' }),
  h('salivary duct carcinoma', [], { site: 'salivary gland', named: true }),
  h('hurthle cell carcinoma', ['hurthle cell carcinomas', 'oncocytic thyroid carcinoma'], {
    site: 'thyroid',
    named: true,
  }),
  h('olfactory neuroblastoma', ['esthesioneuroblastoma'], { site: 'nasal cavity', named: true }),
  h('extramammary paget disease', ["extramammary paget's disease"], { site: 'skin' }),
  h(
    'paget disease of the breast',
    ["paget's disease of the breast", "paget's disease of the nipple", 'paget disease of the nipple'],
    {
      site: 'breast',
      named: true,
    },
  ),
  h('malignant phyllodes tumor', ['malignant phyllodes tumors'], { site: 'breast', named: true }),
  h('dermatofibrosarcoma protuberans', ['dfsp', 'dermatofibrosarcoma'], { site: 'skin', named: true }),
  h('malignant peripheral nerve sheath tumor', ['mpnst', 'malignant schwannoma']),
  h('desmoplastic small round cell tumor', ['dsrct']),
  h('primitive neuroectodermal tumor', ['primitive neuroectodermal tumors']),
  h('chordoma', ['chordomas']),
  h('histiocytic sarcoma', []),
  // a myeloid leukaemia's tumour outside the marrow (not a soft tissue sarcoma)
  h('myeloid sarcoma', ['granulocytic sarcoma', 'chloroma'], { family: 'leukemia' }),
  h('blastic plasmacytoid dendritic cell neoplasm', ['bpdcn']),
  h('gastrinoma', ['gastrinomas'], { site: 'pancreas' }),
  h('vipoma', ['vipomas'], { site: 'pancreas' }),
  h('gestational trophoblastic neoplasia', ['gestational trophoblastic neoplasm'], { site: 'uterus' }),
  h('immature teratoma', ['immature teratomas'], { site: 'ovary', family: 'germ cell tumor' }),
  h('mesothelioma', ['mpm', 'mesotheliomas']),
  // Issue 12 (helper exd): a seminoma is its own histology of the germ cell family, of the testis unless a
  // site word says otherwise
  h('germ cell tumor', ['germ cell tumors', 'germ cell neoplasm'], { family: 'germ cell tumor' }),
  h('seminoma', ['seminomas'], { site: 'testis', family: 'germ cell tumor' }),
  // session 31: the ovary's counterpart of the seminoma (no tumour had been read)
  h('dysgerminoma', ['dysgerminomas'], { site: 'ovary', family: 'germ cell tumor' }),
  // session 24: "embryonal carcinoma" on a node biopsy of an extragonadal germ cell tumour was read as a second,
  // bare carcinoma; the other germ cell histologies likewise
  h('embryonal carcinoma', ['embryonal carcinomas'], { family: 'germ cell tumor' }),
  // session 29: a gestational or germ cell choriocarcinoma had given no cancer
  h('choriocarcinoma', ['choriocarcinomas'], { family: 'germ cell tumor' }),
  h('yolk sac tumor', ['yolk sac tumors', 'endodermal sinus tumor', 'endodermal sinus tumors'], {
    family: 'germ cell tumor',
  }),
  h(
    'nonseminomatous germ cell tumor',
    ['nonseminomatous germ cell tumors', 'non-seminomatous germ cell tumor', 'nsgct'],
    {
      family: 'germ cell tumor',
    },
  ),
  h('mixed germ cell tumor', ['mixed germ cell tumors'], { family: 'germ cell tumor' }),
  h('carcinoma', ['carcinomas'], { snomed: '68453008' }),
  // session 39: abbreviations and names that state both a histology above and its organ (the histology's own value,
  // so they merge with it; site named). Left out as everyday or ambiguous words: GIST (the gist), MCC (a gene),
  // PTC (a cholangiography), ILC, NET, NEC, CUP, ALL, ET, PV, MM, HL, FL, MCL, APL, pNET (also the primitive
  // neuroectodermal tumour).
  // (after the histologies they name: a look-up by value finds the histology itself first)
  named('carcinoma', 'adrenal gland', [
    'adrenocortical carcinoma',
    'adrenocortical cancer',
    'adrenal cortical carcinoma',
  ]),
  named('adenocarcinoma', 'stomach', ['linitis plastica'], 'adenocarcinoma'),
  named('carcinoma', 'vagina', ['vaginal carcinoma', 'vaginal carcinomas']),
  named('squamous cell carcinoma', 'vagina', ['vaginal squamous cell carcinoma']),
  named('carcinoma', 'lung', ['pancoast tumor', "pancoast's tumor", 'superior sulcus tumor']),
  named('adenocarcinoma', 'pancreas', ['pdac'], 'adenocarcinoma'),
  named(
    'adenocarcinoma',
    'lung',
    ['luad', 'bronchioloalveolar carcinoma', 'bronchoalveolar carcinoma'],
    'adenocarcinoma',
  ),
  named('squamous cell carcinoma', 'lung', [
    'lusc',
    'squamous cell lung cancer',
    'squamous cell lung carcinoma',
    'squamous lung cancer',
    'squamous lung carcinoma',
  ]),
  named('squamous cell carcinoma', 'head and neck', ['hnscc', 'scchn']),
  named('squamous cell carcinoma', 'esophagus', ['escc']),
  named('squamous cell carcinoma', 'oral cavity', ['oscc', 'oral squamous cell carcinoma']),
  named('squamous cell carcinoma', 'skin', ['cscc', 'cutaneous squamous cell carcinoma']),
  named('melanoma', 'eye', [
    'uveal melanoma',
    'choroidal melanoma',
    'ocular melanoma',
    'ciliary body melanoma',
  ]),
  named(
    'neuroendocrine tumor',
    'pancreas',
    ['pannet', 'pancreatic neuroendocrine tumor'],
    'neuroendocrine tumor',
  ),
  {
    id: 'histology:cancer',
    kind: 'histology',
    value: 'cancer',
    terms: [
      'cancer',
      // plurals of a list of organs ("bladder and prostate cancers": session 34)
      'cancers',
      'malignancy',
      'neoplasm',
      'malignant neoplasm',
      'malignant tumor',
      'tumor',
      'neoplasia',
    ],
    attrs: { generic: 'true' },
  },
];

/** Primary sites. */
export const SITE_CONCEPTS: readonly Concept[] = [
  s('breast', ['mammary']),
  // session 32: "biopsy of a right upper lobe mass confirmed squamous cell carcinoma" (no site read): the lobes named
  // upper, middle and lower are the lung's
  s('lung', ['pulmonary', 'bronchial', 'bronchogenic', 'upper lobe', 'middle lobe', 'lower lobe', 'lingula']),
  s('ovary', ['ovarian', 'ovaries']),
  s('colon', [
    'colonic',
    'sigmoid colon',
    // session 30: "sigmoid carcinoma", "a sigmoid adenocarcinoma" (no site was read)
    'sigmoid',
    'ascending colon',
    'descending colon',
    'transverse colon',
    'caecum',
    'cecum',
    'cecal',
    'caecal',
  ]),
  s('rectum', ['rectal']),
  s('colorectum', ['colorectal', 'large bowel', 'rectosigmoid']),
  s('stomach', ['gastric']),
  s('esophagogastric junction', [
    'gastroesophageal junction',
    'gastro esophageal junction',
    'esophago gastric junction',
    'cardia',
    // session 39: the abbreviations ("a GEJ adenocarcinoma")
    'gej',
    'goj',
  ]),
  s('thymus', ['thymic']),
  s('lymph node', ['lymph nodes', 'cervical lymph nodes', 'cervical lymph node', 'nodal']),
  s('head and neck', []),
  s('tongue', []),
  s('larynx', ['laryngeal']),
  s('pancreas', ['pancreatic']),
  s('nasopharynx', ['nasopharyngeal']),
  // session 26: "a maxillary sinus carcinoma", "a mass in the right ethmoid sinus"
  s('maxillary sinus', ['maxillary antrum']),
  s('ethmoid sinus', ['ethmoidal sinus', 'ethmoid sinuses']),
  s('paranasal sinus', ['paranasal sinuses']),
  s('prostate', ['prostatic']),
  s('bladder', ['urinary bladder']),
  s('uterus', ['uterine', 'endometrium', 'endometrial', 'corpus uteri', 'uterine corpus']),
  // session 30: "adenocarcinoma of the uterine cervix" (read as the uterus)
  s('cervix', ['cervical', 'uterine cervix', 'cervix uteri']),
  s('liver', ['hepatic']),
  s('kidney', ['renal']),
  s('eye', ['eyeball', 'eye ball', 'eye-ball']),
  s('brain', []),
  s('esophagus', ['esophageal']),
  s('thyroid', []),
  s('skin', ['cutaneous']),
  // Issue 12, seventh round: organ sites the table lacked (head and neck, biliary, adnexal)
  s('gallbladder', ['gall bladder']),
  s('parotid gland', ['parotid', 'parotid glands']),
  s('tonsil', ['tonsillar', 'tonsils', 'palatine tonsil']),
  s('fallopian tube', ['fallopian tubes', 'tubal']),
  // Issue 12, eighth round
  s('bile duct', ['bile ducts', 'biliary tract', 'intrahepatic bile duct', 'extrahepatic bile duct']),
  s('nasal cavity', ['sinonasal', 'nasal cavities']),
  s('testis', ['testicular', 'testes', 'testicle', 'testicles']),
  // Issue 12, tenth round: head and neck, genital and digestive sites the table lacked ("carcinoma of lip")
  s('lip', ['lips', 'lower lip', 'upper lip']),
  s('oropharynx', ['oropharyngeal']),
  s('hypopharynx', ['hypopharyngeal']),
  s('salivary gland', ['salivary glands', 'submandibular gland']),
  s('vulva', ['vulvar', 'vulval']),
  s('penis', ['penile']),
  // session 39: primaries of the vagina, the urethra and the adrenal cortex ("a urethral catheter" names no site:
  // the extractor's NOT_SITE_AFTER; a bare "adrenal" is where metastases sit, so only the gland or its cortex named;
  // "vaginal" alone, a symptom's or a route's word, made the development half's timing fall: only the noun, and
  // "vaginal carcinoma" as a name)
  s('vagina', []),
  s('urethra', ['urethral']),
  s('adrenal gland', ['adrenal glands', 'adrenal cortex']),
  s('anus', ['anal canal', 'anal']),
  // session 29: "oral cavity cancer" had given no cancer at all ("oral" alone is a route of a drug: not a site)
  s('oral cavity', ['mouth', 'floor of mouth', 'floor of the mouth', 'buccal mucosa', 'gingiva', 'gingival']),
  s('small intestine', ['small bowel', 'duodenum', 'duodenal', 'jejunum', 'jejunal', 'ileum', 'ileal']),
  s('appendix', ['appendiceal']),
  s('ureter', ['ureteral', 'ureteric']),
  s('renal pelvis', []),
  // Issue 12, session 15 (probe tables): the ampulla and a primary of the peritoneum (named as such: a bare
  // "peritoneal" is where metastases sit)
  s('ampulla of vater', ['ampulla', 'ampullary', 'periampullary']),
  s('peritoneum', ['primary peritoneal']),
];

/** Tumour response categories (RECIST 1.1: CR, PR, SD, PD) and prose forms. */
export const RESPONSE_CONCEPTS: readonly Concept[] = [
  r('complete-response', ['complete response', 'complete remission', 'complete metabolic response', 'cr']),
  r('partial-response', [
    'partial response',
    'major partial response',
    'partial remission',
    'partial metabolic response',
    'pr',
  ]),
  r('stable-disease', [
    'stable disease',
    'disease stabilization',
    'stable metastatic disease',
    'overall stable metastatic disease',
    'overall stable disease',
    'sd',
  ]),
  r('progressive-disease', [
    'progressive disease',
    'disease progression',
    'multifocal progression',
    'progression',
    'pd',
  ]),
];

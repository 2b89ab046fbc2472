/**
 * Drugs and procedures with their treatment class (case model TREATMENT_CLASSES). Common misspellings
 * of drug names are listed as variants.
 * @module
 */
import type { Concept } from './types.js';

const d = (value: string, cls: string, terms: string[]): Concept => ({ id: `drug:${value}`, kind: 'drug', value, terms: [value, ...terms], attrs: { class: cls } });

/** Treatment concepts. */
export const DRUG_CONCEPTS: readonly Concept[] = [
  d('prednisone', 'glucocorticoid', []),
  d('prednisolone', 'glucocorticoid', []),
  d('methylprednisolone', 'glucocorticoid', ['methyl prednisolone', 'solumedrol', 'solu medrol']),
  d('dexamethasone', 'glucocorticoid', []),
  d('deflazacort', 'glucocorticoid', []),
  d('hydrocortisone', 'glucocorticoid', []),
  d('clobetasol', 'topical', ['clobetasol propionate']),
  d('tacrolimus ointment', 'topical', ['topical tacrolimus']),
  d('corticosteroids', 'glucocorticoid', ['corticosteroid', 'steroids', 'steroid', 'glucocorticoids', 'glucocorticoid', 'corticotherapy', 'steroid therapy']),
  d('methotrexate', 'immunosuppressant', ['mtx']),
  d('azathioprine', 'immunosuppressant', []),
  d('mycophenolate', 'immunosuppressant', ['mycophenolate mofetil', 'mmf', 'mycophenolic acid']),
  d('cyclosporine', 'immunosuppressant', ['ciclosporin']),
  d('tacrolimus', 'immunosuppressant', []),
  d('hydroxychloroquine', 'immunosuppressant', ['hcq', 'plaquenil']),
  d('rituximab', 'biologic', []),
  d('tofacitinib', 'targeted-therapy', []),
  d('intravenous immunoglobulin', 'ivig', ['ivig', 'iv immunoglobulin', 'intravenous immunoglobulins', 'iv immunoglobulins', 'ig iv']),
  d('paclitaxel', 'chemotherapy', ['taxol', 'nab paclitaxel']),
  d('docetaxel', 'chemotherapy', []),
  d('carboplatin', 'chemotherapy', []),
  d('cisplatin', 'chemotherapy', []),
  d('oxaliplatin', 'chemotherapy', []),
  d('doxorubicin', 'chemotherapy', ['adriamycin', 'doxorubucin', 'doxorrubicin', 'doxorubicine', 'liposomal doxorubicin']),
  d('epirubicin', 'chemotherapy', []),
  d('cyclophosphamide', 'chemotherapy', ['cyclophosphamid']),
  d('ifosfamide', 'chemotherapy', []),
  d('trabectedin', 'chemotherapy', []),
  d('eribulin', 'chemotherapy', []),
  d('gemcitabine', 'chemotherapy', []),
  d('dacarbazine', 'chemotherapy', []),
  d('fluorouracil', 'chemotherapy', ['5 fu', '5 fluorouracil']),
  d('capecitabine', 'chemotherapy', []),
  d('etoposide', 'chemotherapy', []),
  d('pemetrexed', 'chemotherapy', []),
  d('vinorelbine', 'chemotherapy', []),
  d('irinotecan', 'chemotherapy', []),
  d('pazopanib', 'targeted-therapy', []),
  d('trastuzumab', 'targeted-therapy', []),
  d('pertuzumab', 'targeted-therapy', []),
  d('bevacizumab', 'targeted-therapy', []),
  d('pembrolizumab', 'immunotherapy', []),
  d('nivolumab', 'immunotherapy', []),
  d('ipilimumab', 'immunotherapy', []),
  d('atezolizumab', 'immunotherapy', []),
  d('durvalumab', 'immunotherapy', []),
  d('tamoxifen', 'hormone-therapy', []),
  d('letrozole', 'hormone-therapy', []),
  d('anastrozole', 'hormone-therapy', []),
  d('exemestane', 'hormone-therapy', []),
  d('radiotherapy', 'radiotherapy', ['radiation therapy', 'irradiation', 'radiation']),
  d('surgery', 'surgery', ['surgical resection', 'resection', 'mastectomy', 'lumpectomy', 'tumorectomy', 'hysterectomy', 'colectomy', 'lobectomy', 'prophylactic stabilization', 'surgical stabilization']),
];

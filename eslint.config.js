// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

/**
 * The layers of src/, each with the folders it may import (besides its own). Engine layers run upwards:
 * core → case → facts → engine → contract → criteria → cancer | monitoring → sets (the registry) → assess →
 * render → cli | server; extract and fhir sit beside facts (fhir/export, the assessment as FHIR, above
 * render, and cds above it); calc runs a calculator on raw items; store is the
 * server's; eval scores extraction against gold (used by scripts/).
 * An import of any other src folder is a lint error, type-only imports included.
 */
/** Every engine layer below render: what render reads, and with render what the layers above it read. */
const BELOW_RENDER = [
  'core',
  'case',
  'facts',
  'extract',
  'fhir',
  'engine',
  'contract',
  'criteria',
  'cancer',
  'monitoring',
  'sets',
  'assess',
];

const LAYERS = {
  core: [],
  case: ['core'],
  facts: ['core', 'case'],
  extract: ['core', 'case', 'facts'],
  fhir: ['core', 'case', 'facts', 'extract'],
  engine: ['core'],
  contract: ['core', 'case', 'engine'],
  criteria: ['core', 'case', 'facts', 'engine', 'contract'],
  cancer: ['core', 'case', 'facts', 'engine', 'contract', 'criteria'],
  monitoring: ['core', 'case', 'facts', 'engine', 'contract', 'criteria'],
  calc: ['core', 'engine'],
  sets: ['core', 'case', 'facts', 'engine', 'contract', 'criteria', 'cancer', 'monitoring'],
  assess: ['core', 'case', 'facts', 'engine', 'contract', 'criteria', 'cancer', 'monitoring', 'sets'],
  render: BELOW_RENDER,
  store: ['core'],
  eval: ['core', 'case', 'facts', 'extract', 'engine', 'contract', 'criteria'],
  // Population runs: an interface beside cli (worker threads, files); its pure parts are listed in PURE_FILES.
  bulk: [...BELOW_RENDER, 'render'],
  // The synthetic population generator: writes FHIR with the import's code systems.
  population: ['core', 'case', 'fhir'],
  // The assessment as FHIR R4 (Bundle, CodeSystem): above render (its wording) within the fhir folder; listed
  // after fhir so that its rule replaces fhir's for these files.
  'fhir/export': [...BELOW_RENDER, 'render'],
  // CDS Hooks without the server: services, prefetch, request checks, cards (pure).
  cds: [
    'core',
    'case',
    'facts',
    'extract',
    'fhir',
    'fhir/export',
    'engine',
    'contract',
    'criteria',
    'cancer',
    'monitoring',
    'sets',
    'assess',
    'render',
  ],
};

/** Files of interface folders that are nevertheless pure (their I/O lives beside them). */
const PURE_FILES = {
  bulk: ['importer.ts', 'patient.ts', 'scan.ts'],
  population: ['codes.ts', 'model.ts', 'rng.ts', 'to-fhir.ts', 'truth.ts'],
};

/** Folders that are pure engine code: no file system, network, process or clock, no interface. */
const PURE = [
  'core',
  'case',
  'facts',
  'extract',
  'fhir',
  'eval',
  'engine',
  'contract',
  'criteria',
  'cancer',
  'monitoring',
  'calc',
  'sets',
  'assess',
  'fhir/export',
  'cds',
];

const SRC_FOLDERS = [...Object.keys(LAYERS), 'cli', 'server'];

/** One config per layer: the folders it must not import, and for engine layers the purity rule. */
function layerBoundaries() {
  const io = {
    group: ['node:*', 'fs', 'net', 'http', 'https', 'child_process', 'os', 'path'],
    message: 'The engine is free of I/O.',
  };
  return Object.entries(LAYERS).flatMap(([layer, allowed]) => {
    const forbidden = SRC_FOLDERS.filter((f) => f !== layer && !allowed.includes(f));
    const patterns = forbidden.map((f) => ({
      group: [`**/${f}/**`],
      message: `src/${layer} may import only ${allowed.length ? allowed.join(', ') : 'nothing outside core'} (layer order in docs/architecture.md).`,
    }));
    const configs = [
      {
        files: [`src/${layer}/**/*.ts`],
        ignores: ['**/*.test.ts'],
        rules: {
          'no-restricted-imports': [
            'error',
            { patterns: PURE.includes(layer) ? [io, ...patterns] : patterns },
          ],
        },
      },
    ];
    const pureFiles = PURE_FILES[/** @type {keyof typeof PURE_FILES} */ (layer)];
    if (pureFiles)
      configs.push({
        files: pureFiles.map((f) => `src/${layer}/${f}`),
        ignores: [],
        rules: { 'no-restricted-imports': ['error', { patterns: [io, ...patterns] }] },
      });
    return configs;
  });
}

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'data/**', 'coverage/**', 'test-output/**', 'web/dist/**'] },
  js.configs.recommended,
  // The type-aware strict set on every TypeScript file: src, test, scripts, bench and the web (web/**/*.tsx is
  // checked with web/tsconfig.json — JSX for Preact, the `heliotrope-source` condition — which the project
  // service finds as the nearest tsconfig of each web file).
  ...tseslint.configs.strictTypeChecked,
  {
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ['*.config.ts'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Options of the strict set (docs/architecture.md, "Lint"):
      // - `!` after an index the code has just checked is the idiom that noUncheckedIndexedAccess asks for
      //   (over a thousand sites, each one a checked index or a lookup of a key from the same table);
      '@typescript-eslint/no-non-null-assertion': 'off',
      // - numbers are interpolated into wording and paths everywhere (`${n} mm`, `visits[${i}]`); strings,
      //   numbers only: undefined, null, objects and unions with them stay errors;
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      // - `onClick={() => update(...)}`: an arrow's shorthand body returning void is the JSX handler idiom.
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
    },
  },
  ...layerBoundaries(),
  {
    // The web application runs in a browser: it talks to the server over HTTP and never imports it.
    files: ['web/**/*.ts', 'web/**/*.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/src/server/**', '**/src/store/**', '**/src/cli/**', 'node:*'],
              message: 'The web application reaches the server over HTTP, never by import.',
            },
            {
              group: ['**/src/**'],
              message:
                'The web application imports the engine through the package subpaths (heliotrope, heliotrope/wording, heliotrope/timeline, heliotrope/merge, heliotrope/json-diff), never by a relative path into src.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: { globals: { ...globals.node } },
  },
);

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
        // test code (tests and their fixtures, which the build leaves out) may read any layer, e.g. the scorer
        ignores: ['**/*.test.ts', '**/__fixtures__/**'],
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
      // - a `default:` branch is a deliberate catch-all (e.g. the generic wording of a section).
      '@typescript-eslint/switch-exhaustiveness-check': [
        'error',
        { considerDefaultExhaustiveForUnions: true },
      ],
      // - defensive checks on values typed as validated that arrive from JSON, FHIR, SQL rows, worker messages
      //   or the server (about 50 sites; removing one changes what bad input does), and wording tables typed
      //   by the engine's codes read with a code of another engine version: `WORDS[code] ?? code` on purpose.
      '@typescript-eslint/no-unnecessary-condition': 'off',
      // - `String(v)` of a JSON value after objects are set apart (`typeof v === 'object' ? JSON.stringify(v)`):
      //   the rule does not follow that split.
      '@typescript-eslint/no-base-to-string': 'off',
    },
  },
  {
    // Outside the web, rules of the strict set not yet applied, each with the reason (docs/architecture.md,
    // "Lint"). Each site needs a review of the behaviour on bad input or of a library's types, not a mechanical
    // change; the web has the whole set.
    files: ['src/**/*.ts', 'test/**/*.ts', 'scripts/**/*.ts', 'bench/**/*.ts'],
    rules: {
      // The engine's error contract throws typed failure values caught by the one error mapper (4 sites).
      '@typescript-eslint/only-throw-error': 'off',
      '@typescript-eslint/prefer-promise-reject-errors': 'off',
      // zod 4 deprecates `.finite()` and `.url()` and hono `routePath`: a migration of the schema that must
      // keep schema/case.schema.json identical, done on its own.
      '@typescript-eslint/no-deprecated': 'off',
      // Async methods that implement an async interface without awaiting (fakes in tests, pools).
      '@typescript-eslint/require-await': 'off',
      // Conversions of SQL row values the drivers type loosely (`String(row.id)`, `Number(row.version)`).
      '@typescript-eslint/no-unnecessary-type-conversion': 'off',
      // Deleting keys named by a table (as-of cut, extraction, FHIR import).
      '@typescript-eslint/no-dynamic-delete': 'off',
      '@typescript-eslint/unbound-method': 'off',
      '@typescript-eslint/no-misused-spread': 'off',
      '@typescript-eslint/no-redundant-type-constituents': 'off',
      '@typescript-eslint/no-unnecessary-type-parameters': 'off',
    },
  },
  {
    // Tests read JSON responses and documents as `any` on purpose (asserting on their shape is the test);
    // the benchmarks import the built engine from dist/, typed only once `npm run build` has run.
    files: ['**/*.test.ts', 'test/**/*.ts', 'bench/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/restrict-plus-operands': 'off',
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

// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'data/**', 'coverage/**', 'test-output/**', 'web/dist/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
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
    },
  },
  {
    // The engine is pure: no file system, network, process or server imports.
    files: [
      'src/core/**/*.ts',
      'src/case/**/*.ts',
      'src/criteria/**/*.ts',
      'src/cancer/**/*.ts',
      'src/monitoring/**/*.ts',
      'src/extract/**/*.ts',
      'src/assess/**/*.ts',
      'src/calc/**/*.ts',
      'src/fhir/**/*.ts',
      // Pure parts of population runs and of the population generator (their I/O lives beside them).
      'src/bulk/importer.ts',
      'src/bulk/interim-importer.ts',
      'src/bulk/patient.ts',
      'src/bulk/row.ts',
      'src/bulk/scan.ts',
      'src/bulk/summary.ts',
      'src/population/codes.ts',
      'src/population/model.ts',
      'src/population/rng.ts',
      'src/population/to-fhir.ts',
      'src/population/truth.ts',
    ],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['node:*', 'fs', 'net', 'http', 'https', 'child_process', 'os', 'path'],
              message: 'The engine is free of I/O.',
            },
            { group: ['**/server/**', '**/cli/**'], message: 'The engine must not import interfaces.' },
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

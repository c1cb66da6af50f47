import js from '@eslint/js'
import tseslint from 'typescript-eslint'

// node:fs/promises loads Node's stream stack, readline and the file watchers (issue 10).
const PROMISED_FS = {
  name: 'node:fs/promises',
  message:
    'Import the file calls from src/promised-fs.ts: node:fs/promises loads streams and readline at start-up.',
}

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', '__tests__/fixtures/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { process: 'readonly', console: 'readonly', Buffer: 'readonly', URL: 'readonly' },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-empty': ['error', { allowEmptyCatch: false }],
    },
  },
  {
    files: ['src/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [PROMISED_FS] }] },
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/action/**', 'src/report/github*.ts', 'src/report/github/**'],
    rules: {
      // The core never talks to GitHub: only src/action and the GitHub reporter may (DESIGN §8).
      'no-restricted-imports': [
        'error',
        {
          paths: [PROMISED_FS],
          patterns: [
            { group: ['@actions/*'], message: 'Only src/action and the GitHub reporter import @actions/*.' },
          ],
        },
      ],
    },
  },
)

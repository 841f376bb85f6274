import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/', 'release/', 'node_modules/', 'test-results/', 'playwright-report/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['renderer/**/*.{ts,tsx}', 'tests/unit/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // The renderer reaches main only through renderer/api.ts; from main/ it takes types, never code.
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/main/**'],
              allowTypeImports: true,
              message: 'The renderer imports only types from main/ (use `import type`).',
            },
            { group: ['electron'], message: 'The renderer never imports electron.' },
          ],
        },
      ],
    },
  },
  {
    // Core modules are tested in plain Node: only the Electron shell and host may import electron.
    files: ['main/**/*.ts'],
    ignores: ['main/app.ts', 'main/preload.ts', 'main/shell/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'electron',
              message:
                'Core modules never import electron; put Electron wiring in main/app.ts or main/shell/.',
            },
          ],
        },
      ],
    },
  },
  {
    // Raw IPC lives in one place each side, built from the contract.
    files: ['**/*.{ts,tsx}'],
    ignores: ['main/preload.ts', 'main/shell/ipc.ts', 'tests/unit/main/shell/ipc.test.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "Identifier[name='ipcMain']",
          message: 'Use main/shell/ipc.ts, which registers every call of the contract.',
        },
        {
          selector: "Identifier[name='ipcRenderer']",
          message: 'Use main/preload.ts, which builds window.kiosk from the contract.',
        },
      ],
    },
  },
);

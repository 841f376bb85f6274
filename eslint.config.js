import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import { builtinModules } from 'node:module';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// Boundaries between core, shell, browser host and renderer (docs/architecture.md).
// Each group of files gets ONE complete list of forbidden imports: when two config objects set the
// same rule for the same file, the later one replaces the earlier entirely, so the groups below
// never overlap. The patterns match the import as written; relative forms match through the folder
// name at any depth (`../host/server`, `./shell/ipc`, `../../main/content/types`).

/** A relative import that passes through one of these folders. */
const throughFolder = (...names) => `^\\.{1,2}/(.*/)?(${names.join('|')})(/|$)`;
/** A relative import of one of these files (without or with its extension). */
const toFile = (...names) => `^\\.{1,2}/(.*/)?(${names.join('|')})(\\.[jt]s)?$`;

const electron = (message) => ({ regex: '^electron(/|$)', message });
const network = {
  regex: '^(node:)?(http|https|http2|net)$',
  message: 'Core modules do no networking; the browser host (main/host/) serves HTTP.',
};
const hostOrShell = {
  regex: throughFolder('host', 'shell'),
  message: 'Core modules never import the hosts (main/host/, main/shell/); the hosts import the core.',
};
const coreWings = [
  {
    regex: throughFolder('content', 'signups', 'export', 'staff', 'analytics'),
    message: 'The Electron shell never imports a core wing; it gets the handlers from main/app.ts.',
  },
  {
    regex: toFile('kiosk', 'handlers'),
    message: 'The Electron shell never imports the kiosk or its handlers; main/app.ts passes them in.',
  },
  { regex: throughFolder('host'), message: 'The Electron shell never imports the browser host.' },
];
// Node's built-in modules by their bare names as well (`fs`, `fs/promises`), not only `node:fs`.
const builtins = new Set(
  builtinModules.filter((name) => !/^(_|node:)/.test(name)).map((name) => name.split('/')[0]),
);
const nodeBuiltin = {
  regex: `^(node:|(${[...builtins].join('|')})(/|$))`,
  message: 'The renderer runs in the browser: no Node modules.',
};
// From main/ the renderer takes types of the contract, nothing else: everything else it needs of
// main comes through main/api.ts, and every call through renderer/api.ts.
const mainButApi = {
  regex: '^\\.{1,2}/(.*/)?main/(?!api(\\.[jt]s)?$)',
  message: 'The renderer imports nothing of main/ but types from main/api.ts.',
};
const mainApiTypesOnly = {
  regex: '^\\.{1,2}/(.*/)?main/api(\\.[jt]s)?$',
  allowTypeImports: true,
  message: 'The renderer imports main/api.ts with `import type` only.',
};

/** The rule setting that forbids these imports (the TypeScript rule knows `import type`). */
const forbid = (...patterns) => ({
  '@typescript-eslint/no-restricted-imports': ['error', { patterns }],
});

export default defineConfig(
  {
    ignores: ['dist/', 'release/', 'node_modules/', 'test-results/', 'playwright-report/'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      // Every handler of the contract returns a promise; `async` says so where the body has
      // nothing to await, and turns a throw into a rejection. That is not a mistake to report.
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    // Plain JavaScript (scripts/*.mjs, this file) is in no tsconfig: lint it without types, with the
    // declaration files that describe it (scripts/*.d.mts).
    files: ['**/*.{js,mjs,cjs}', '**/*.d.mts'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // vitest's asymmetric matchers (`expect.any(Array)`, `expect.stringContaining(...)`) are typed
    // `any` so they fit any expected shape; placing them in an expected object is their purpose.
    files: ['tests/**/*.{ts,tsx}'],
    rules: { '@typescript-eslint/no-unsafe-assignment': 'off' },
  },
  {
    files: ['renderer/**/*.{ts,tsx}', 'tests/unit/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },

  // Core: everything in main/ but the two Electron entry files and the two hosts. The command-line
  // tools count as core: main/cli/start.ts launches Electron as a process and never imports it.
  {
    files: ['main/**/*.ts'],
    ignores: ['main/app.ts', 'main/preload.ts', 'main/shell/**', 'main/host/**'],
    rules: forbid(
      electron('Core modules never import electron; Electron wiring lives in main/app.ts and main/shell/.'),
      network,
      hostOrShell,
    ),
  },
  // The Electron shell: small policies over the contract (main/api.ts, main/dispatch.ts) and the
  // shared main/assets.ts and main/security.ts; it never reaches into the core's wings.
  { files: ['main/shell/**/*.ts'], rules: forbid(...coreWings) },
  // The browser host: plain Node, with no Electron in it.
  {
    files: ['main/host/**/*.ts'],
    rules: forbid(electron('The browser host runs in plain Node: it never imports electron.'), {
      regex: throughFolder('shell'),
      message: 'The browser host never imports the Electron shell.',
    }),
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    rules: forbid(
      mainButApi,
      mainApiTypesOnly,
      electron('The renderer never imports electron.'),
      nodeBuiltin,
    ),
  },
  // The renderer's tests may use Node, but take from main/ what the renderer may.
  {
    files: ['tests/unit/renderer/**/*.{ts,tsx}'],
    rules: forbid(mainButApi, mainApiTypesOnly, electron('The renderer never imports electron.')),
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

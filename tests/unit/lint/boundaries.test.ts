import { ESLint } from 'eslint';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';

// The boundaries of docs/architecture.md, as eslint.config.js keeps them: each snippet is linted
// as if it were a file at that place in the tree (the files are never written).
const RULE = '@typescript-eslint/no-restricted-imports';
const root = fileURLToPath(new URL('../../../', import.meta.url));

// The boundary rule reads syntax only, so the probes are linted without type information: that
// lets them sit at paths no tsconfig holds, and keeps this test fast.
const eslint = new ESLint({
  cwd: root,
  overrideConfig: { files: ['**/*.{ts,tsx}'], ...tseslint.configs.disableTypeChecked },
});

/** The rule ids of the boundary errors in `code` placed at `file`; fails on a snippet that does not parse. */
async function boundaryErrors(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(root, file) });
  const messages = result!.messages;
  expect(messages.filter((message) => message.fatal)).toEqual([]);
  return messages.filter((message) => message.ruleId === RULE).map((message) => message.ruleId!);
}

describe('lint keeps the boundaries', () => {
  it.each([
    // Core: no electron, no networking, no host and no shell, by any relative path.
    ['main/content/x.ts', "import { app } from 'electron';"],
    ['main/content/x.ts', "import type { WebContents } from 'electron';"],
    ['main/content/x.ts', "import { startBrowserHost } from '../host/server';"],
    ['main/content/x.ts', "import { createServer } from 'node:http';"],
    ['main/content/x.ts', "import { request } from 'https';"],
    ['main/content/x.ts', "import { connect } from 'node:net';"],
    ['main/content/deep/x.ts', "import { createKioskWindow } from '../../shell/window';"],
    ['main/signups/x.ts', "import { BrowserWindow } from 'electron';"],
    ['main/staff/x.ts', "import { registerIpc } from '../shell/ipc';"],
    ['main/kiosk.ts', "import { registerIpc } from './shell/ipc';"],
    ['main/handlers.ts', "export { startBrowserHost } from './host/server';"],
    ['main/dispatch.ts', "import { net } from 'electron';"],
    ['main/cli/x.ts', "import { app } from 'electron';"],
    ['main/cli/x.ts', "import { startBrowserHost } from '../host/server';"],
    // The Electron shell: none of the core's wings, the kiosk, its handlers or the browser host.
    ['main/shell/x.ts', "import { loadContent } from '../content/load';"],
    ['main/shell/x.ts', "import type { Problem } from '../content/types';"],
    ['main/shell/x.ts', "import { appendSignup } from '../signups/journal';"],
    ['main/shell/x.ts', "import { toCsv } from '../export/csv';"],
    ['main/shell/x.ts', "import { checkPin } from '../staff/pin';"],
    ['main/shell/x.ts', "import { count } from '../analytics/count';"],
    ['main/shell/x.ts', "import { createKiosk } from '../kiosk';"],
    ['main/shell/x.ts', "import { createHandlers } from '../handlers';"],
    ['main/shell/x.ts', "import { startBrowserHost } from '../host/server';"],
    // The browser host: no electron, no shell.
    ['main/host/x.ts', "import { app } from 'electron';"],
    ['main/host/x.ts', "import { registerIpc } from '../shell/ipc';"],
    // The renderer: from main/ only types of the contract; no electron, no Node.
    ['renderer/x.ts', "import type { Problem } from '../main/content/types';"],
    ['renderer/components/x.tsx', "import type { Problem } from '../../main/content/types';"],
    ['renderer/x.ts', "import { dispatch } from '../main/dispatch';"],
    ['renderer/x.ts', "import { callNames } from '../main/api';"],
    ['renderer/x.ts', "import { callNames, type CallName } from '../main/api';"],
    ['renderer/x.ts', "import '../main/api';"],
    ['renderer/x.ts', "import { contextBridge } from 'electron';"],
    ['renderer/x.ts', "import { readFile } from 'node:fs';"],
    ['renderer/x.ts', "import { readFile } from 'fs/promises';"],
    ['tests/unit/renderer/x.test.ts', "import { loadContent } from '../../../main/content/load';"],
  ])('%s: %s is an error', async (file, code) => {
    expect(await boundaryErrors(file, code)).toEqual([RULE]);
  });

  it.each([
    ['renderer/x.ts', "import type { CallName } from '../main/api';"],
    ['renderer/components/x.tsx', "import { type Problem } from '../../main/api';"],
    ['renderer/x.ts', "export type { Content } from '../main/api';"],
    ['renderer/x.ts', "import { useKiosk } from './store';"],
    ['main/shell/x.ts', "import { dispatch } from '../dispatch';"],
    [
      'main/shell/x.ts',
      "import { app } from 'electron';\nimport { callNames } from '../api';\nimport { resolveAsset } from '../assets';\nimport { CONTENT_SECURITY_POLICY } from '../security';",
    ],
    [
      'main/app.ts',
      "import { app } from 'electron';\nimport { createKiosk } from './kiosk';\nimport { registerIpc } from './shell/ipc';",
    ],
    ['main/preload.ts', "import { contextBridge } from 'electron';"],
    [
      'main/host/x.ts',
      "import { createServer } from 'node:http';\nimport { createKiosk } from '../kiosk';\nimport { dispatch } from '../dispatch';",
    ],
    ['main/content/x.ts', "import { readFile } from 'node:fs/promises';\nimport { parse } from 'yaml';"],
    [
      'main/cli/x.ts',
      "import { spawn } from 'node:child_process';\nimport { findElectronBinary } from '../electron-binary';",
    ],
    ['tests/unit/main/x.test.ts', "import { app } from 'electron';"],
  ])('%s: %s is allowed', async (file, code) => {
    expect(await boundaryErrors(file, code)).toEqual([]);
  });
});

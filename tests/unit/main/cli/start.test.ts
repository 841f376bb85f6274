import { execFile } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const run = promisify(execFile);
let project: string;

/** Runs `npm start`'s launcher as if installed in `project`, whose node_modules/electron we control. */
async function start(): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [join(project, 'dist', 'cli', 'start.mjs')], {
      timeout: 20_000,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    return error as { code: number; stdout: string; stderr: string };
  }
}

beforeEach(() => {
  project = mkdtempSync(join(tmpdir(), 'kiosk-start-'));
  mkdirSync(join(project, 'dist', 'cli'), { recursive: true });
  copyFileSync('dist/cli/start.mjs', join(project, 'dist', 'cli', 'start.mjs'));
  mkdirSync(join(project, 'node_modules', 'electron', 'dist'), { recursive: true });
  writeFileSync(join(project, 'node_modules', 'electron', 'package.json'), '{}');
});
afterEach(() => rmSync(project, { recursive: true, force: true }));

describe('npm start', () => {
  it('stops at once with a one-paragraph message naming npm run serve when Electron cannot be fetched', async () => {
    // The package's own installer, failing the way it does without internet.
    writeFileSync(join(project, 'node_modules', 'electron', 'install.js'), 'process.exit(1);');
    const result = await start();
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('npm run serve');
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('launches the Electron binary on the project once it is there', async () => {
    const electron = join(project, 'node_modules', 'electron');
    writeFileSync(join(electron, 'install.js'), 'process.exit(1);');
    writeFileSync(join(electron, 'path.txt'), 'electron');
    writeFileSync(join(electron, 'dist', 'electron'), '#!/bin/sh\necho "electron started with $1"\n');
    chmodSync(join(electron, 'dist', 'electron'), 0o755);
    const result = await start();
    expect(result.code).toBe(0);
    expect(result.stdout.trim()).toBe(`electron started with ${project}/`);
  });
});

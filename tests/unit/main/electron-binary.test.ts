import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findElectronBinary } from '../../../main/electron-binary';

let root: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'kiosk-electron-'));
});
afterEach(() => rm(root, { recursive: true, force: true }));

describe('findElectronBinary', () => {
  it('says the package is missing before npm ci', () => {
    expect(findElectronBinary(root)).toEqual({ found: false, reason: expect.stringContaining('npm ci') });
  });

  it('says the binary was never downloaded when path.txt is missing', async () => {
    await mkdir(join(root, 'node_modules', 'electron'), { recursive: true });
    await writeFile(join(root, 'node_modules', 'electron', 'package.json'), '{}');
    expect(findElectronBinary(root)).toMatchObject({
      found: false,
      reason: expect.stringContaining('never downloaded'),
    });
  });

  it('finds the binary that path.txt names, and only if it is there', async () => {
    const pkg = join(root, 'node_modules', 'electron');
    await mkdir(join(pkg, 'dist'), { recursive: true });
    await writeFile(join(pkg, 'package.json'), '{}');
    await writeFile(join(pkg, 'path.txt'), 'electron');
    expect(findElectronBinary(root)).toMatchObject({
      found: false,
      reason: expect.stringContaining('missing'),
    });
    await writeFile(join(pkg, 'dist', 'electron'), '');
    expect(findElectronBinary(root)).toEqual({ found: true, path: join(pkg, 'dist', 'electron') });
  });
});

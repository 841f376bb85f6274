import { listPackage } from '@electron/asar';
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = process.cwd();
const work = mkdtempSync(join(tmpdir(), 'kiosk-package-'));
const unpacked = join(work, 'release', 'linux-unpacked');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};

beforeAll(() => {
  // The dir target needs no real Electron: a stub distribution with the files it copies is enough.
  const stub = join(work, 'electron-stub');
  mkdirSync(stub);
  for (const name of ['electron', 'LICENSE', 'LICENSES.chromium.html']) writeFileSync(join(stub, name), '');
  chmodSync(join(stub, 'electron'), 0o755);
  if (!existsSync(join(root, 'dist', 'main', 'app.mjs')))
    execFileSync('node', ['scripts/build.mjs'], { stdio: 'inherit' });
  execFileSync(
    'npx',
    [
      'electron-builder',
      '--linux',
      'dir',
      '--config',
      'electron-builder.yml',
      `-c.electronDist=${stub}`,
      `-c.directories.output=${join(work, 'release')}`,
    ],
    { stdio: 'pipe' },
  );
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the packaged app', () => {
  it('holds the main, preload and renderer bundles in app.asar', () => {
    const files = listPackage(join(unpacked, 'resources', 'app.asar'), { isPack: false }).map((file) =>
      file.replaceAll('\\', '/'),
    );
    for (const file of [
      '/package.json',
      '/dist/main/app.mjs',
      '/dist/main/preload.cjs',
      '/dist/renderer/index.html',
    ]) {
      expect(files, file).toContain(file);
    }
    expect(files.some((file) => /^\/dist\/renderer\/assets\/index-.*\.js$/.test(file))).toBe(true);
  });

  it('ships the runtime dependencies and none of the devDependencies or source maps', () => {
    const files = listPackage(join(unpacked, 'resources', 'app.asar'), { isPack: false }).map((file) =>
      file.replaceAll('\\', '/'),
    );
    for (const name of Object.keys(pkg.dependencies)) expect(files, name).toContain(`/node_modules/${name}`);
    for (const name of Object.keys(pkg.devDependencies))
      expect(files, name).not.toContain(`/node_modules/${name}`);
    expect(files.filter((file) => file.endsWith('.map'))).toEqual([]);
    expect(
      files.filter(
        (file) => file.startsWith('/main/') || file.startsWith('/renderer/') || file.startsWith('/tests/'),
      ),
    ).toEqual([]);
  });

  it('ships content/ unpacked beside app.asar, for organizers to edit', () => {
    for (const file of ['kiosk.yaml', 'faq.en.md', 'faq.es.md', 'media/logo.svg']) {
      expect(existsSync(join(unpacked, 'resources', 'content', file)), file).toBe(true);
    }
    expect(readFileSync(join(unpacked, 'resources', 'content', 'faq.en.md'), 'utf8')).toContain(
      '## Who is AFSCME?',
    );
  });
});

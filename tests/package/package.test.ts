import { extractFile, listPackage } from '@electron/asar';
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { metaPolicy } from '../../scripts/vite-csp-meta';
import { writeStubElectron } from './stub-electron';

const root = process.cwd();
const work = mkdtempSync(join(tmpdir(), 'kiosk-package-'));
const unpacked = join(work, 'release', 'linux-unpacked');
const asar = join(unpacked, 'resources', 'app.asar');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};
const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as {
  packages: Record<string, { version?: string; dev?: boolean }>;
};
type PackageId = { name: string; version: string };

let asarFiles: string[] = [];
let builderOutput = '';

beforeAll(() => {
  // The dir target needs no real Electron: a stub distribution with the files it copies is enough.
  writeStubElectron(join(work, 'electron-stub'));
  if (!existsSync(join(root, 'dist', 'main', 'app.mjs')))
    execFileSync('node', ['scripts/build.mjs'], { stdio: 'inherit' });
  builderOutput = execFileSync(
    'npx',
    [
      'electron-builder',
      '--linux',
      'dir',
      '--config',
      'electron-builder.yml',
      `-c.electronDist=${join(work, 'electron-stub')}`,
      `-c.directories.output=${join(work, 'release')}`,
    ],
    { encoding: 'utf8', stdio: 'pipe', env: { ...process.env, KIOSK_TEST: '1' } },
  );
  asarFiles = listPackage(asar, { isPack: false }).map((file) => file.replaceAll('\\', '/'));
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The folder of the npm package a shipped file belongs to, like `node_modules/zod` or a nested one. */
function packageOf(file: string): string | null {
  const name = '(?:@[^/]+/[^/]+|[^@/.][^/]*)';
  return new RegExp(`^/(node_modules/${name}(?:/node_modules/${name})*)`).exec(file)?.[1] ?? null;
}

describe('the packaged app', () => {
  it('holds the main, preload and renderer bundles in app.asar', () => {
    for (const file of [
      '/package.json',
      '/dist/main/app.mjs',
      '/dist/main/preload.cjs',
      '/dist/main/content-worker.mjs',
      '/dist/renderer/index.html',
    ]) {
      expect(asarFiles, file).toContain(file);
    }
    expect(asarFiles.some((file) => /^\/dist\/renderer\/assets\/index-.*\.js$/.test(file))).toBe(true);
  });

  it('holds only the allowlisted files: package.json, the bundles and the runtime dependencies', () => {
    const outside = asarFiles.filter(
      (file) =>
        !['/package.json', '/dist', '/dist/main', '/node_modules'].includes(file) &&
        !/^\/dist\/main\/(app\.mjs|preload\.cjs|content-worker\.mjs)$/.test(file) &&
        !file.startsWith('/dist/renderer') &&
        !file.startsWith('/node_modules/'),
    );
    expect(outside).toEqual([]);
    // electron-builder lays the production tree out anew (a nested copy may move up), so each shipped
    // package is matched by name and version to a package-lock entry that is not a dev dependency.
    const runtime = new Set(
      Object.entries(lock.packages)
        .filter(([path, entry]) => path && !entry.dev)
        .map(([path, entry]) => `${path.replace(/^.*node_modules\//, '')}@${entry.version}`),
    );
    const notRuntime = [...new Set(asarFiles.map(packageOf).filter((dir): dir is string => dir !== null))]
      .map((dir) => JSON.parse(extractFile(asar, `${dir}/package.json`).toString('utf8')) as PackageId)
      .map((meta) => `${meta.name}@${meta.version}`)
      .filter((id) => !runtime.has(id));
    expect(notRuntime).toEqual([]);
  });

  it('ships the runtime dependencies and none of the devDependencies or source maps', () => {
    for (const name of Object.keys(pkg.dependencies))
      expect(asarFiles, name).toContain(`/node_modules/${name}`);
    for (const name of Object.keys(pkg.devDependencies))
      expect(asarFiles, name).not.toContain(`/node_modules/${name}`);
    expect(asarFiles.filter((file) => file.endsWith('.map'))).toEqual([]);
  });

  it("leaves out the organizer's preview page, which only the browser host serves", () => {
    expect(
      asarFiles.filter((file) => /^\/dist\/renderer\/(preview\.html|assets\/preview-)/.test(file)),
    ).toEqual([]);
  });

  it("leaves out the browser host's precompressed copies of the page's files", () => {
    expect(asarFiles.filter((file) => /^\/dist\/.*\.(br|gz)$/.test(file))).toEqual([]);
  });

  it('serves a page that carries the CSP of main/security.ts in a <meta> as well', () => {
    const html = extractFile(asar, 'dist/renderer/index.html').toString('utf8');
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${metaPolicy()}" />`);
  });

  it('ships content/ unpacked beside app.asar, for organizers to edit', () => {
    for (const file of ['kiosk.yaml', 'faq.en.md', 'faq.es.md', 'media/logo.svg']) {
      expect(existsSync(join(unpacked, 'resources', 'content', file)), file).toBe(true);
    }
    expect(readFileSync(join(unpacked, 'resources', 'content', 'faq.en.md'), 'utf8')).toContain(
      '## Who is AFSCME?',
    );
  });

  it('has its fuses flipped by the afterPack hook', async () => {
    expect(builderOutput).toContain('[after-pack] fuses flipped');
    const binary = join(unpacked, 'united-we-heal-kiosk');
    const wire = (await getCurrentFuseWire(binary)) as unknown as Record<number, number>;
    const [on, off] = [49, 48];
    expect({
      runAsNode: wire[FuseV1Options.RunAsNode],
      nodeOptions: wire[FuseV1Options.EnableNodeOptionsEnvironmentVariable],
      inspect: wire[FuseV1Options.EnableNodeCliInspectArguments],
      fileProtocol: wire[FuseV1Options.GrantFileProtocolExtraPrivileges],
      asarIntegrity: wire[FuseV1Options.EnableEmbeddedAsarIntegrityValidation],
      onlyAsar: wire[FuseV1Options.OnlyLoadAppFromAsar],
    }).toEqual({
      runAsNode: off,
      nodeOptions: off,
      inspect: off,
      fileProtocol: off,
      asarIntegrity: on,
      onlyAsar: on,
    });
  });
});

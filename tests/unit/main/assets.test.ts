import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isPreviewPage, openAsset, resolveAsset } from '../../../main/assets';

const roots = { renderer: '/app/renderer', content: '/data/content' };

describe('isPreviewPage', () => {
  // Both hosts refuse the preview page unless the browser host runs --preview: every spelling counts.
  it('knows the preview page however it is written, and nothing else', () => {
    for (const path of [
      '/preview.html',
      '/preview%2Ehtml',
      '/assets/../preview.html',
      '/PREVIEW.html',
      '/preview.html.br',
    ])
      expect(isPreviewPage(path, roots), path).toBe(true);
    for (const path of ['/', '/index.html', '/assets/preview-AbC.js', '/media/preview.html'])
      expect(isPreviewPage(path, roots), path).toBe(false);
  });
});

describe('resolveAsset', () => {
  it('serves the entry page, renderer files and media', () => {
    expect(resolveAsset('/', roots)).toBe(join('/app/renderer', 'index.html'));
    expect(resolveAsset('/assets/index-abc.js?v=1', roots)).toBe(
      join('/app/renderer', 'assets/index-abc.js'),
    );
    expect(resolveAsset('/media/logo.svg', roots)).toBe(join('/data/content/media', 'logo.svg'));
  });

  it('never leaves the renderer or the media folder', () => {
    for (const path of [
      '/../secret',
      '/assets/../../secret',
      '/media/../kiosk.yaml',
      '/media/%2e%2e/kiosk.yaml',
      '/%2e%2e/%2e%2e/etc/passwd',
      '/media/..%5c..%5csecret',
      '/a%00b',
      '/%E0%A4%A',
    ]) {
      expect(resolveAsset(path, roots), path).toBeNull();
    }
  });
});

describe('openAsset, the one way both hosts open a file', () => {
  let root: string;
  let assetRoots: { renderer: string; content: string };
  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'kiosk-assets-'));
    assetRoots = { renderer: join(root, 'renderer'), content: join(root, 'content') };
    await mkdir(join(assetRoots.renderer, 'assets'), { recursive: true });
    await mkdir(join(assetRoots.content, 'media'), { recursive: true });
    await writeFile(join(assetRoots.renderer, 'index.html'), '<!doctype html>');
    await writeFile(join(assetRoots.renderer, 'assets', 'index.js.map'), '{}');
    await writeFile(join(root, 'secret.txt'), 'secret');
    await writeFile(join(assetRoots.content, 'media', '..logo.svg'), '<svg/>');
    await symlink(join(root, 'secret.txt'), join(assetRoots.content, 'media', 'secret.svg'));
    await symlink(root, join(assetRoots.content, 'media', 'up'));
    await symlink(
      join(assetRoots.content, 'media', '..logo.svg'),
      join(assetRoots.content, 'media', 'alias.svg'),
    );
    execFileSync('mkfifo', [join(assetRoots.content, 'media', 'pipe.png')]);
  });
  afterAll(() => rm(root, { recursive: true, force: true }));

  const status = async (path: string) => {
    const asset = await openAsset(path, assetRoots);
    if (asset.ok) await asset.handle.close();
    return asset.ok ? 200 : asset.status;
  };

  it('opens files by their real path inside the folders, including a name starting with ..', async () => {
    expect(await status('/')).toBe(200);
    expect(await status('/media/..logo.svg')).toBe(200);
    expect(await status('/media/alias.svg')).toBe(200);
    const logo = await openAsset('/media/..logo.svg', assetRoots);
    expect(logo).toMatchObject({ ok: true, size: 6, contentType: 'image/svg+xml' });
    if (logo.ok) await logo.handle.close();
  });

  it('refuses symlinks out, folders, FIFOs and source maps', async () => {
    for (const path of [
      '/media/secret.svg',
      '/media/up/secret.txt',
      '/media',
      '/assets',
      '/media/pipe.png',
      '/assets/index.js.map',
    ])
      expect(await status(path), path).toBe(404);
  });
});

import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { openChromium } from '../../../../main/host/open-chromium';
import { dataFolder, openPreviewWindow } from '../../../../main/host/preview';
import { startBrowserHost, type BrowserHost } from '../../../../main/host/server';
import { CONTENT_SECURITY_POLICY, PREVIEW_MODE_POLICY, PREVIEW_PAGE_POLICY } from '../../../../main/security';
import { fakeHandlers } from '../../../support/fake-handlers';
import { launchesIn, standInChromium, until } from '../../../support/stand-in-chromium';

describe('the policies', () => {
  it("keep the kiosk's page unframed and frameless; only the preview page holds frames", () => {
    expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
    expect(CONTENT_SECURITY_POLICY).not.toContain('frame-src');
    expect(PREVIEW_MODE_POLICY).toBe(
      CONTENT_SECURITY_POLICY.replace("frame-ancestors 'none'", "frame-ancestors 'self'"),
    );
    expect(PREVIEW_PAGE_POLICY).toContain("frame-src 'self'");
    expect(PREVIEW_PAGE_POLICY).toContain("frame-ancestors 'none'");
  });
});

describe('the browser host, with and without --preview', () => {
  let root: string;
  const hosts: BrowserHost[] = [];
  const start = async (preview: boolean) => {
    const host = await startBrowserHost({
      handlers: fakeHandlers('browser'),
      token: 'per-launch-token',
      port: 0,
      roots: { renderer: join(root, 'renderer'), content: join(root, 'content') },
      preview,
    });
    hosts.push(host);
    return host;
  };
  const get = (host: BrowserHost, path: string) =>
    fetch(`http://127.0.0.1:${host.port}${path}`, { signal: AbortSignal.timeout(5000) });

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'kiosk-preview-files-'));
    await mkdir(join(root, 'renderer'), { recursive: true });
    await mkdir(join(root, 'content', 'media'), { recursive: true });
    await writeFile(join(root, 'renderer', 'index.html'), '<!doctype html><title>kiosk</title>');
    await writeFile(join(root, 'renderer', 'preview.html'), '<!doctype html><title>preview</title>');
    await writeFile(join(root, 'renderer', 'preview.html.br'), 'compressed');
  });
  afterAll(async () => {
    await Promise.all(hosts.map((host) => host.close()));
    await rm(root, { recursive: true, force: true });
  });

  it('sends no preview page without --preview, however it is asked for, and frames nothing', async () => {
    const host = await start(false);
    expect(host.url).toBe(`http://127.0.0.1:${host.port}/#token=per-launch-token`);
    for (const path of [
      '/preview.html',
      '/preview%2Ehtml',
      '/assets/../preview.html',
      '/Preview.html',
      '/preview.html.br',
    ]) {
      expect((await get(host, path)).status, path).toBe(404);
    }
    const page = await get(host, '/');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('with --preview, sends the preview page, which alone may hold frames, and lets it frame the kiosk', async () => {
    const host = await start(true);
    expect(host.url).toBe(`http://127.0.0.1:${host.port}/preview.html#token=per-launch-token`);
    const preview = await get(host, '/preview.html');
    expect(preview.status).toBe(200);
    expect(await preview.text()).toContain('<title>preview</title>');
    expect(preview.headers.get('content-security-policy')).toBe(PREVIEW_PAGE_POLICY);
    const kiosk = await get(host, '/index.html?preview&screen=questions');
    expect(kiosk.headers.get('content-security-policy')).toBe(PREVIEW_MODE_POLICY);
  });
});

describe("a preview's data folder", () => {
  it('is a fresh private folder in the temporary folder without --data-dir, and goes when asked', () => {
    const data = dataFolder(null);
    try {
      expect(data.temporary).toBe(true);
      expect(dirname(data.dir)).toBe(tmpdir());
      expect(statSync(data.dir).mode & 0o777).toBe(0o700);
      writeFileSync(join(data.dir, 'signups.jsonl'), '{}\n');
    } finally {
      data.remove();
    }
    expect(existsSync(data.dir)).toBe(false);
  });

  it('is the folder asked for otherwise, left alone', () => {
    const data = dataFolder('/srv/kiosk-data');
    expect(data).toMatchObject({ dir: '/srv/kiosk-data', temporary: false });
    data.remove();
  });
});

describe('the preview window of --open', () => {
  it('opens once, in a window, says so when the organizer closes it, and closes with the host', () => {
    const kill = vi.fn();
    let closed = () => {};
    const open = vi.fn((...args: Parameters<typeof openChromium>) => {
      closed = args[2];
      return { kill } as never;
    });
    const log = vi.fn();
    const window = openPreviewWindow('http://127.0.0.1:1/preview.html#token=t', '/tmp/data', log, open);
    expect(open).toHaveBeenCalledWith(
      'http://127.0.0.1:1/preview.html#token=t',
      '/tmp/data',
      expect.any(Function),
      {
        windowed: true,
      },
    );
    closed();
    expect(log).toHaveBeenCalledWith(expect.stringContaining('The preview window was closed'));
    expect(open).toHaveBeenCalledTimes(1);
    window.stop();
    expect(kill).toHaveBeenCalled();
  });
});

describe('npm run serve -- --preview', () => {
  it('prints the preview page, keeps test signups in a temporary folder and deletes it on Ctrl+C; --open opens a window once', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kiosk-preview-open-'));
    try {
      // A stand-in browser that records how it was started, then closes as an organizer would.
      const browser = standInChromium(dir);
      const host = spawn(process.execPath, ['dist/host/serve.mjs', '--preview', '--open'], {
        env: { ...process.env, KIOSK_CHROMIUM: browser },
      });
      let stdout = '';
      let stderr = '';
      host.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
      host.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      const exited = new Promise<number | null>((resolve) => host.on('exit', resolve));
      await until(() => stderr.includes('The preview window was closed'), 15_000);
      // Closed by the organizer, it is not reopened as the kiosk's Chromium would be.
      await new Promise((resolve) => setTimeout(resolve, 1500));
      expect(launchesIn(dir)).toBe(1);

      const address = /running at (http:\/\/127\.0\.0\.1:\d+\/preview\.html#token=\S+)/.exec(stdout)?.[1];
      expect(address, stdout).toBeDefined();
      const data = /^Data: (.*)$/m.exec(stdout)?.[1] ?? '';
      expect(dirname(data)).toBe(tmpdir());
      expect(existsSync(data)).toBe(true);
      expect(stdout).toContain('Signups typed in the preview are tests');
      const args = readFileSync(join(dir, 'args'), 'utf8').split('\n');
      expect(args).toContain('--new-window');
      expect(args).not.toContain('--kiosk');
      expect(readFileSync(join(data, 'open-kiosk.html'), 'utf8')).toContain(`url=${address}`);

      host.kill('SIGINT');
      expect(await exited).toBe(0);
      expect(existsSync(data)).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 30_000);
});

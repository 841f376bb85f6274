import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Handlers } from '../../../../main/api';
import { startBrowserHost, type BrowserHost } from '../../../../main/host/server';
import { fakeHandlers } from '../../../support/fake-handlers';

const token = 'per-launch-token';
let host: BrowserHost;
let root: string;
const handlers: Handlers = fakeHandlers('browser', {
  getContent: vi.fn(() => Promise.resolve({ version: 7, folder: '/c', content: null, problems: [] })),
});

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'kiosk-host-'));
  await mkdir(join(root, 'renderer'));
  await mkdir(join(root, 'content', 'media'), { recursive: true });
  await writeFile(join(root, 'renderer', 'index.html'), '<!doctype html><title>kiosk</title>');
  await writeFile(join(root, 'content', 'kiosk.yaml'), 'secret: settings');
  await writeFile(join(root, 'content', 'media', 'logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  host = await startBrowserHost({
    handlers,
    token,
    port: 0,
    roots: { renderer: join(root, 'renderer'), content: join(root, 'content') },
  });
});

afterAll(async () => {
  await host.close();
  await rm(root, { recursive: true, force: true });
});

const base = () => `http://127.0.0.1:${host.port}`;
const post = (path: string, body: string, headers: Record<string, string> = { 'x-kiosk-token': token }) =>
  fetch(`${base()}${path}`, { method: 'POST', body, headers });

describe('browser host', () => {
  it('listens on the loopback address only and prints a URL with the token', () => {
    expect(host.server.address()).toMatchObject({ address: '127.0.0.1' });
    expect(host.url).toBe(`http://127.0.0.1:${host.port}/#token=${token}`);
  });

  it('answers a call with its result', async () => {
    const response = await post('/api/getContent', '{"since":1,"waitMs":0}');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      ok: true,
      value: { version: 7, folder: '/c', content: null, problems: [] },
    });
  });

  it('refuses every /api/ request without the right token with 403, before any routing', async () => {
    for (const [path, headers] of [
      ['/api/getContent', {}],
      ['/api/getContent', { 'x-kiosk-token': 'wrong' }],
      ['/api/noSuchCall', {}],
      ['/api/', { 'x-kiosk-token': `${token}x` }],
      ['/api', {}],
    ] as const) {
      const response = await post(path, '{}', headers);
      expect(response.status, path).toBe(403);
      expect(await response.json()).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    const viaGet = await fetch(`${base()}/api/getContent`);
    expect(viaGet.status).toBe(403);
  });

  it('answers bad requests with a 4xx and a short JSON error', async () => {
    const cases: [string, string, number, string][] = [
      ['/api/noSuchCall', '{}', 404, 'unknown-call'],
      ['/api/getContent', 'not json', 400, 'bad-input'],
      ['/api/getContent', '{"since":"later"}', 400, 'bad-input'],
      ['/api/getContent', '{"unexpected":1}', 400, 'bad-input'],
      ['/api/getContent', JSON.stringify({ pad: 'x'.repeat(70_000) }), 413, 'too-large'],
      ['/api/%E0%A4%A', '{}', 404, 'unknown-call'],
    ];
    for (const [path, body, status, code] of cases) {
      const response = await post(path, body);
      expect(response.status, `${path} ${body.slice(0, 20)}`).toBe(status);
      expect(await response.json()).toMatchObject({ ok: false, error: { code } });
    }
    const get = await fetch(`${base()}/api/getContent`, { headers: { 'x-kiosk-token': token } });
    expect(get.status).toBe(405);
    expect(await get.json()).toMatchObject({ ok: false, error: { code: 'method-not-allowed' } });
  });

  it('serves the renderer and the media folder, with a content security policy, and nothing else', async () => {
    const page = await fetch(`${base()}/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(await page.text()).toContain('<title>kiosk</title>');
    const logo = await fetch(`${base()}/media/logo.svg`);
    expect(logo.headers.get('content-type')).toBe('image/svg+xml');
    for (const path of ['/media/../kiosk.yaml', '/media/%2e%2e/kiosk.yaml', '/nothing.js']) {
      expect((await fetch(`${base()}${path}`)).status, path).toBe(404);
    }
  });
});

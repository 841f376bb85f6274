import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBrowserHost, type BrowserHost } from '../../../../main/host/server';
import { fakeHandlers } from '../../../support/fake-handlers';

const token = 'per-launch-token';
let host: BrowserHost;
let root: string;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'kiosk-host-check-'));
  await mkdir(join(root, 'renderer'));
  await mkdir(join(root, 'content', 'media'), { recursive: true });
  await writeFile(join(root, 'renderer', 'index.html'), '<!doctype html><title>kiosk</title>');
  await writeFile(join(root, 'content', 'media', 'logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  host = await startBrowserHost({
    handlers: fakeHandlers('browser'),
    token,
    port: 0,
    roots: { renderer: join(root, 'renderer'), content: join(root, 'content') },
  });
});

afterAll(async () => {
  await host.close();
  await rm(root, { recursive: true, force: true });
});

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** One request with exactly these headers (fetch would set Host itself). */
function send(method: string, path: string, headers: Record<string, string>, body = ''): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: host.port, method, path, headers }, (res) => {
      let text = '';
      res.setEncoding('utf8').on('data', (chunk: string) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** Sends raw bytes and answers the status line of the reply. */
function raw(text: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(host.port, '127.0.0.1', () => socket.write(text));
    let reply = '';
    socket.setEncoding('utf8').on('data', (chunk: string) => (reply += chunk));
    socket.on('end', () => resolve(reply.split('\r\n')[0] ?? ''));
    socket.on('error', reject);
  });
}

describe('browser host: Host and Origin checks', () => {
  const own = () => [`127.0.0.1:${host.port}`, `localhost:${host.port}`, `LOCALHOST:${host.port}`];
  const foreign = () => [
    'evil.example',
    `evil.example:${host.port}`,
    '127.0.0.1',
    `127.0.0.1:${host.port + 1}`,
    `[::1]:${host.port}`,
  ];

  it('answers its own loopback names', async () => {
    for (const name of own()) {
      expect((await send('GET', '/', { host: name })).status, name).toBe(200);
      expect((await send('GET', '/media/logo.svg', { host: name })).status, name).toBe(200);
      const api = await send('POST', '/api/getInfo', { host: name, 'x-kiosk-token': token }, '{}');
      expect(api.status, name).toBe(200);
    }
  });

  it('refuses any other Host on /, /media/ and /api/, token or not (DNS rebinding)', async () => {
    for (const name of foreign()) {
      for (const path of ['/', '/media/logo.svg', '/index.html']) {
        const answer = await send('GET', path, { host: name });
        expect(answer.status, `${name} ${path}`).toBe(403);
        expect(answer.body).not.toContain('<title>kiosk</title>');
      }
      const api = await send('POST', '/api/getInfo', { host: name, 'x-kiosk-token': token }, '{}');
      expect(api.status, name).toBe(403);
      expect(JSON.parse(api.body)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    expect(await raw('GET / HTTP/1.0\r\n\r\n')).toMatch(/^HTTP\/1\.1 403/);
  });

  it('refuses API calls from another origin, even with the token', async () => {
    const headers = { host: `127.0.0.1:${host.port}`, 'x-kiosk-token': token, origin: 'http://evil.example' };
    expect((await send('POST', '/api/getInfo', headers, '{}')).status).toBe(403);
    const same = { ...headers, origin: `http://127.0.0.1:${host.port}` };
    expect((await send('POST', '/api/getInfo', same, '{}')).status).toBe(200);
  });

  it('marks API answers nosniff, and answers a badly encoded name or target with a 4xx', async () => {
    const host_ = `127.0.0.1:${host.port}`;
    const good = await send('POST', '/api/getInfo', { host: host_, 'x-kiosk-token': token }, '{}');
    expect(good.headers['x-content-type-options']).toBe('nosniff');
    const refused = await send('POST', '/api/getInfo', { host: host_ }, '{}');
    expect(refused.headers['x-content-type-options']).toBe('nosniff');
    const badName = await send('POST', '/api/%E0%A4%A', { host: host_, 'x-kiosk-token': token }, '{}');
    expect(badName.status).toBe(404);
    expect(badName.headers['x-content-type-options']).toBe('nosniff');
    for (const target of ['http://[', '*', 'http://evil.example/']) {
      expect(
        await raw(`GET ${target} HTTP/1.1\r\nHost: ${host_}\r\nConnection: close\r\n\r\n`),
        target,
      ).toMatch(/^HTTP\/1\.1 4\d\d/);
    }
  });
});

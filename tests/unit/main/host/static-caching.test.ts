import { request } from 'node:http';
import { mkdir, mkdtemp, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acceptedEncodings, isHashedAsset } from '../../../../main/host/http-caching';
import { startBrowserHost, type BrowserHost } from '../../../../main/host/server';
import { fakeHandlers } from '../../../support/fake-handlers';

let host: BrowserHost;
let root: string;
const SCRIPT = `console.log(${JSON.stringify('the kiosk '.repeat(500))});`;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'kiosk-caching-'));
  const assets = join(root, 'renderer', 'assets');
  await mkdir(assets, { recursive: true });
  await mkdir(join(root, 'content', 'media'), { recursive: true });
  await writeFile(join(root, 'renderer', 'index.html'), '<!doctype html><title>kiosk</title>');
  for (const name of ['index-AbCd12_-.js', 'stale-AbCd12_-.js']) {
    await writeFile(join(assets, name), SCRIPT);
    await writeFile(join(assets, `${name}.br`), brotliCompressSync(SCRIPT));
    await writeFile(join(assets, `${name}.gz`), gzipSync(SCRIPT));
  }
  // Copies older than their file: a renderer rebuilt without them.
  for (const suffix of ['.br', '.gz']) await utimes(join(assets, `stale-AbCd12_-.js${suffix}`), 1000, 1000);
  await writeFile(join(root, 'content', 'media', 'logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  await writeFile(join(root, 'content', 'media', 'logo.svg.gz'), 'not the logo');
  host = await startBrowserHost({
    handlers: fakeHandlers('browser'),
    token: 'per-launch-token',
    port: 0,
    roots: { renderer: join(root, 'renderer'), content: join(root, 'content') },
  });
});

afterAll(async () => {
  await host.close();
  await rm(root, { recursive: true, force: true });
});

/** A GET with exactly these headers (fetch would add and undo its own Accept-Encoding). */
function get(path: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }>(
    (resolve, reject) => {
      request({ host: '127.0.0.1', port: host.port, path, headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }),
        );
      })
        .on('error', reject)
        .end();
    },
  );
}

describe('static files of the browser host', () => {
  it('sends a hashed script in brotli or gzip as the browser accepts, cached for good', async () => {
    const br = await get('/assets/index-AbCd12_-.js', { 'Accept-Encoding': 'gzip, deflate, br, zstd' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(br.headers.vary).toBe('Accept-Encoding');
    expect(Number(br.headers['content-length'])).toBe(br.body.length);
    expect(brotliDecompressSync(br.body).toString()).toBe(SCRIPT);

    const gz = await get('/assets/index-AbCd12_-.js', { 'Accept-Encoding': 'gzip, br;q=0' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body).toString()).toBe(SCRIPT);

    const plain = await get('/assets/index-AbCd12_-.js');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(SCRIPT);
  });

  it('never sends a compressed copy older than its file', async () => {
    const response = await get('/assets/stale-AbCd12_-.js', { 'Accept-Encoding': 'br, gzip' });
    expect(response.headers['content-encoding']).toBeUndefined();
    expect(response.body.toString()).toBe(SCRIPT);
  });

  it('asks the browser to check the page each time, and answers 304 when its copy is current', async () => {
    const first = await get('/');
    expect(first.headers['cache-control']).toBe('no-cache');
    const etag = String(first.headers.etag);
    expect(etag).toMatch(/^W\/".+"$/);
    const again = await get('/', { 'If-None-Match': etag });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    expect((await get('/', { 'If-None-Match': 'W/"other"' })).status).toBe(200);
  });

  it("sends the organizers' pictures as they are, whatever lies beside them", async () => {
    const logo = await get('/media/logo.svg', { 'Accept-Encoding': 'gzip' });
    expect(logo.headers['content-encoding']).toBeUndefined();
    expect(logo.body.toString()).toContain('<svg');
    expect(logo.headers['cache-control']).toBe('no-cache');
  });
});

describe('acceptedEncodings', () => {
  it('prefers brotli, then gzip, among what the request accepts', () => {
    expect(acceptedEncodings('gzip, deflate, br').map((e) => e.encoding)).toEqual(['br', 'gzip']);
    expect(acceptedEncodings('gzip;q=0.5, br;q=0').map((e) => e.encoding)).toEqual(['gzip']);
    expect(acceptedEncodings('*').map((e) => e.encoding)).toEqual(['br', 'gzip']);
    expect(acceptedEncodings('identity')).toEqual([]);
    expect(acceptedEncodings(undefined)).toEqual([]);
  });
});

describe('isHashedAsset', () => {
  it("knows Vite's hashed file names from the rest", () => {
    expect(isHashedAsset('/assets/index-CtF8SXcB.js')).toBe(true);
    expect(isHashedAsset('/assets/atkinson-hyperlegible-latin-400-normal-BbWidj28.woff2')).toBe(true);
    expect(isHashedAsset('/index.html')).toBe(false);
    expect(isHashedAsset('/media/logo-AbCdEfGh.svg')).toBe(false);
  });
});

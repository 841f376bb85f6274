import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { mkdir, mkdtemp, rm, symlink, unlink, writeFile } from 'node:fs/promises';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBrowserHost, type BrowserHost } from '../../../../main/host/server';
import { fakeHandlers } from '../../../support/fake-handlers';

// Bad input for the file serving of the browser host, run in this process: its open files are
// counted in /proc/self/fd, and an unhandled stream error would fail the run.

let host: BrowserHost;
let root: string;
let media: string;
const BIG = 4 * 1024 * 1024;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'kiosk-files-'));
  media = join(root, 'content', 'media');
  await mkdir(join(root, 'renderer', 'assets'), { recursive: true });
  await mkdir(media, { recursive: true });
  await mkdir(join(root, 'elsewhere'));
  await writeFile(join(root, 'renderer', 'index.html'), '<!doctype html><title>kiosk</title>');
  await writeFile(join(root, 'renderer', 'assets', 'index.js'), 'console.log(1)');
  await writeFile(join(root, 'renderer', 'assets', 'index.js.map'), '{"sources":["../../main/secret.ts"]}');
  await writeFile(join(root, 'elsewhere', 'secret.txt'), 'not for visitors');
  await writeFile(join(media, 'big.png'), Buffer.alloc(BIG, 7));
  await writeFile(join(media, '..dots.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  await symlink(join(root, 'elsewhere', 'secret.txt'), join(media, 'secret.png'));
  await symlink(join(root, 'elsewhere'), join(media, 'linked'));
  await symlink('/etc/passwd', join(media, 'passwd.svg'));
  execFileSync('mkfifo', [join(media, 'fifo.png')]);
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

const get = (path: string) =>
  fetch(`http://127.0.0.1:${host.port}${path}`, { signal: AbortSignal.timeout(5000) });
const openFiles = () => readdirSync('/proc/self/fd').length;

/** Asks for `path` on a raw socket, waits for the first bytes of the answer, then hangs up. */
function abandon(path: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const socket = connect(host.port, '127.0.0.1', () =>
      socket.write(`GET ${path} HTTP/1.1\r\nHost: 127.0.0.1:${host.port}\r\n\r\n`),
    );
    socket.once('data', () => {
      socket.destroy();
      resolve();
    });
    socket.once('error', reject);
  });
}

/** Waits until `check` passes, or fails with its last error after `ms`. */
async function eventually(check: () => void, ms = 3000): Promise<void> {
  const deadline = Date.now() + ms;
  for (;;) {
    try {
      return check();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }
}

describe('browser host file serving', () => {
  it('gives back every open file after any number of abandoned requests', async () => {
    await get('/media/big.png').then((response) => response.arrayBuffer()); // warm up: lazy fds
    const baseline = openFiles();
    for (let round = 0; round < 10; round++) {
      await Promise.all(Array.from({ length: 50 }, () => abandon('/media/big.png')));
    }
    await eventually(() => expect(openFiles()).toBeLessThanOrEqual(baseline + 2));
    expect((await get('/media/big.png')).status).toBe(200);
  });

  it('answers 404 for a file deleted while it is asked for, and never crashes', async () => {
    const body = Buffer.alloc(256 * 1024, 1);
    for (let i = 0; i < 150; i++) {
      const name = `vanishing-${i}.png`;
      await writeFile(join(media, name), body);
      const answer = get(`/media/${name}`).then(async (response) => ({
        status: response.status,
        size: (await response.arrayBuffer()).byteLength,
      }));
      // Deleted a little later each time, so some requests meet it on every step of the way.
      await new Promise((resolve) => setTimeout(resolve, i % 3));
      await unlink(join(media, name));
      const { status, size } = await answer;
      expect([200, 404], name).toContain(status);
      if (status === 200) expect(size).toBe(body.length);
    }
    expect((await get('/')).status).toBe(200);
  });

  it('refuses symlinks out of media/, to a file or a folder, under any name', async () => {
    for (const path of ['/media/secret.png', '/media/linked/secret.txt', '/media/passwd.svg']) {
      const response = await get(path);
      expect(response.status, path).toBe(404);
      expect(await response.text(), path).not.toMatch(/not for visitors|root:/);
    }
  });

  it('serves a name that merely starts with two dots', async () => {
    const response = await get('/media/..dots.svg');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/svg+xml');
  });

  it('answers 404 at once for a FIFO, a folder and a source map', async () => {
    for (const path of ['/media/fifo.png', '/media/linked', '/assets', '/assets/index.js.map']) {
      expect((await get(path)).status, path).toBe(404);
    }
    expect((await get('/assets/index.js')).status).toBe(200);
  });
});

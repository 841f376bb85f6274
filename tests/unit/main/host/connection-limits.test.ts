import { readdirSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ContentState } from '../../../../main/api';
import { startBrowserHost, type BrowserHost, type BrowserHostOptions } from '../../../../main/host/server';
import { fakeHandlers } from '../../../support/fake-handlers';

const token = 'per-launch-token';
let root: string;
let host: BrowserHost | undefined;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'kiosk-limits-'));
  await mkdir(join(root, 'renderer'));
  await mkdir(join(root, 'content', 'media'), { recursive: true });
  await writeFile(join(root, 'renderer', 'index.html'), '<!doctype html><title>kiosk</title>');
});
afterEach(async () => {
  await host?.close();
  host = undefined;
});
afterAll(() => rm(root, { recursive: true, force: true }));

async function start(options: Partial<BrowserHostOptions> = {}): Promise<BrowserHost> {
  host = await startBrowserHost({
    handlers: fakeHandlers('browser'),
    token,
    port: 0,
    roots: { renderer: join(root, 'renderer'), content: join(root, 'content') },
    ...options,
  });
  return host;
}

const openFiles = () => readdirSync('/proc/self/fd').length;

/** Opens a connection that sends nothing; it resolves once connected, and is destroyed when the host closes it. */
function idle(port: number, sockets: Set<Socket>): Promise<void> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1', () => resolve());
    sockets.add(socket);
    const gone = () => {
      sockets.delete(socket);
      socket.destroy();
      resolve();
    };
    socket.on('end', gone).on('close', gone).on('error', gone);
    socket.resume();
  });
}

/** Waits until `check` passes, or fails with its last error after `ms`. */
async function eventually(check: () => void, ms = 5000): Promise<void> {
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

/** A GET that must be answered within `ms`. */
async function timedGet(port: number, path = '/', ms = 2000): Promise<{ status: number; ms: number }> {
  const started = performance.now();
  const response = await fetch(`http://127.0.0.1:${port}${path}`, { signal: AbortSignal.timeout(ms) });
  await response.arrayBuffer();
  return { status: response.status, ms: performance.now() - started };
}

describe('browser host limits', () => {
  it('keeps answering through 20,000 idle connections, and gives their files back', async () => {
    const { port } = await start({ limits: { maxConnections: 200 } });
    await timedGet(port);
    const baseline = openFiles();
    const sockets = new Set<Socket>();
    const started = performance.now();
    let opened = 0;
    // 20,000 connections, 500 at a time; the host closes the ones beyond its cap at once.
    while (opened < 20_000) {
      await Promise.all(Array.from({ length: 500 }, () => idle(port, sockets)));
      opened += 500;
      if (opened % 5000 === 0) expect((await timedGet(port)).status).toBe(200);
    }
    expect(performance.now() - started).toBeLessThan(20_000);
    // The host catches up with the connections still waiting to be accepted, and keeps at most 200.
    await eventually(() => expect(sockets.size).toBeLessThanOrEqual(200));
    expect((await timedGet(port)).status).toBe(200);
    for (const socket of sockets) socket.destroy();
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(openFiles()).toBeLessThanOrEqual(baseline + 5);
  }, 30_000);

  it('closes a connection that never sends its headers', async () => {
    const { port } = await start({ limits: { headersTimeoutMs: 300 } });
    const sockets = new Set<Socket>();
    await idle(port, sockets);
    expect(sockets.size).toBe(1);
    const closedAt = performance.now();
    await new Promise<void>((resolve) => [...sockets][0]!.on('close', () => resolve()));
    expect(performance.now() - closedAt).toBeLessThan(2500);
  });

  it('answers 503 "busy" past the cap on waiting calls, and takes calls again once they end', async () => {
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    const state: ContentState = { version: 2, folder: '/c', content: null, problems: [] };
    const { port } = await start({
      limits: { maxCalls: 3 },
      handlers: fakeHandlers('browser', { getContent: () => held.then(() => state) }),
    });
    const call = () =>
      fetch(`http://127.0.0.1:${port}/api/getContent`, {
        method: 'POST',
        headers: { 'x-kiosk-token': token },
        body: '{"since":1,"waitMs":60000}',
      });
    const waiting = [call(), call(), call()];
    await new Promise((resolve) => setTimeout(resolve, 100));
    const refused = await call();
    expect(refused.status).toBe(503);
    expect(await refused.json()).toMatchObject({ ok: false, error: { code: 'busy' } });
    expect((await timedGet(port)).status).toBe(200);
    release();
    for (const response of await Promise.all(waiting)) expect(response.status).toBe(200);
    await held;
    expect((await call()).status).toBe(200);
  });

  it('answers 300 long polls woken at once with one serialisation of the content', async () => {
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    let serialised = 0;
    // Frozen, as the content service hands out its state; toJSON counts how often it is written out.
    const state = Object.freeze({
      version: 2,
      folder: '/c',
      content: null,
      problems: [],
      toJSON: () => {
        serialised++;
        return { version: 2, folder: '/c', content: null, problems: [], padding: 'x'.repeat(64 * 1024) };
      },
    }) as ContentState;
    const { port } = await start({
      limits: { maxCalls: 300 },
      handlers: fakeHandlers('browser', { getContent: () => held.then(() => state) }),
    });
    const polls = Array.from({ length: 300 }, () =>
      fetch(`http://127.0.0.1:${port}/api/getContent`, {
        method: 'POST',
        headers: { 'x-kiosk-token': token },
        body: '{"since":1,"waitMs":60000}',
      }).then((response) => response.json() as Promise<{ value: { padding: string } }>),
    );
    await new Promise((resolve) => setTimeout(resolve, 200));
    release();
    const answers = await Promise.all(polls);
    expect(answers.every((answer) => answer.value.padding.length === 64 * 1024)).toBe(true);
    expect(serialised).toBe(1);
  });
});

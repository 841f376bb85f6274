import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { chmod, readFile, rm, symlink, unlink, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { connect } from 'node:net';
import { dirname, join } from 'node:path';
import type { Page } from '@playwright/test';
import type { ContentState } from '../../main/api';
import type { RunningHost } from '../support/browser-host';
import { copyDefaultContent, expect, startHost, test } from './fixtures';

// The standing chaos test: the host runs with few open files allowed (and as `nobody` when the
// tests run as root, so an unreadable file is unreadable), and while a visitor taps through the
// kiosk, everything a careless organizer or a hostile user of the machine can do is thrown at it.
// The visitor's screen keeps working, and the host's open files and memory come back down.

const NOBODY = { uid: 65534, gid: 65534 };
const BIG = 1024 * 1024;

const openFiles = (pid: number) => readdirSync(`/proc/${pid}/fd`).length;
const residentMb = (pid: number) =>
  Number(/^VmRSS:\s+(\d+)/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? NaN) / 1024;

/** One GET with exactly this Host header; answers the status. */
function getAs(host: RunningHost, path: string, name: string): Promise<number> {
  const { port } = new URL(host.origin);
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, headers: { host: name } }, (res) => {
      res.resume().on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', reject).end();
  });
}

/** Where the problems of the host's current content are (`file:line:column`). */
async function problemsOf(host: RunningHost): Promise<string[]> {
  const response = await fetch(`${host.origin}/api/getContent`, {
    method: 'POST',
    headers: { 'x-kiosk-token': host.token },
    body: '{}',
  });
  const { value } = (await response.json()) as { value: ContentState };
  return value.problems.map((problem) => problem.where);
}

/** Asks for `path` on a raw socket, waits for the first bytes of the answer, and hangs up. */
function abandon(host: RunningHost, path: string): Promise<void> {
  const { port } = new URL(host.origin);
  return new Promise((resolve) => {
    const socket = connect(Number(port), '127.0.0.1', () =>
      socket.write(`GET ${path} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\n\r\n`),
    );
    const done = () => {
      socket.destroy();
      resolve();
    };
    socket.once('data', done).once('error', done).once('close', done);
  });
}

/** A visitor tapping a question and back until `done()`; answers how many answers they read. */
async function browse(
  page: Page,
  press: (target: ReturnType<Page['getByRole']>) => Promise<void>,
  done: () => boolean,
) {
  let read = 0;
  while (!done()) {
    await press(page.getByRole('button', { name: 'Who is AFSCME?' }));
    await expect(page.getByRole('heading', { name: 'Who is AFSCME?' })).toBeVisible();
    await press(page.getByRole('button', { name: 'Back' }));
    await expect(page.getByRole('heading', { name: 'Your questions, answered' })).toBeVisible();
    read++;
  }
  return read;
}

/** What a hostile user of the machine can send: abandoned, unreadable, vanishing, outside, foreign, idle. */
async function requestChaos(host: RunningHost, media: string): Promise<void> {
  const own = new URL(host.origin).host;
  // 1,000 abandoned requests: four times the files the host may have open.
  for (let round = 0; round < 10; round++) {
    await Promise.all(Array.from({ length: 100 }, () => abandon(host, '/media/big.png')));
  }
  // A file no one may read, and files that vanish while they are asked for.
  for (let i = 0; i < 50; i++) expect(await getAs(host, '/media/secret.png', own)).toBe(404);
  for (let i = 0; i < 50; i++) {
    const name = `vanishing-${i}.png`;
    await writeFile(join(media, name), Buffer.alloc(64 * 1024, 2));
    const answer = getAs(host, `/media/${name}`, own);
    await unlink(join(media, name));
    expect([200, 404]).toContain(await answer);
  }
  // Symlinks out of media/, to a file and to a folder; a foreign Host on every kind of path.
  await symlink('/etc/passwd', join(media, 'passwd.svg'));
  await symlink('/etc', join(media, 'etc'));
  for (const path of ['/media/passwd.svg', '/media/etc/passwd'])
    expect(await getAs(host, path, own), path).toBe(404);
  for (const path of ['/', '/media/logo.svg', '/api/getContent']) {
    expect(await getAs(host, path, 'evil.example'), path).toBe(403);
  }
  // 1,000 idle connections, far past the host's cap.
  const idle = Array.from({ length: 1000 }, () =>
    connect(Number(new URL(host.origin).port), '127.0.0.1').on('error', () => {}),
  );
  await new Promise((resolve) => setTimeout(resolve, 500));
  idle.forEach((socket) => socket.destroy());
}

/** What a careless edit can leave in the content folder: a pathological FAQ, then a FIFO. */
async function contentChaos(host: RunningHost, dir: string, page: Page): Promise<void> {
  const faq = join(dir, 'faq.en.md');
  const original = await readFile(faq, 'utf8');
  // 16 KB of nested emphasis: the last good content stays on the visitor's screen, with the note
  // that the kiosk needs staff, and the problem is reported with its place.
  await writeFile(faq, `${original}\n## Nested {#nested}\n\n${'*a_'.repeat(5461)}\n`);
  await expect
    .poll(() => problemsOf(host), { timeout: 10_000 })
    .toEqual([expect.stringMatching(/^faq\.en\.md:\d+:1$/)]);
  await expect(page.getByRole('status')).toBeVisible();
  await writeFile(faq, original);
  await expect.poll(() => problemsOf(host), { timeout: 10_000 }).toEqual([]);
  // A FIFO where a FAQ file should be: reported, never a hang.
  await rm(join(dir, 'faq.es.md'));
  execFileSync('mkfifo', [join(dir, 'faq.es.md')]);
  await expect.poll(() => problemsOf(host), { timeout: 10_000 }).toEqual(['faq.es.md']);
  await expect(page.getByRole('status')).toBeVisible();
}

test('the host survives everything thrown at it while a visitor browses', async ({
  page,
  press,
}, testInfo) => {
  test.skip(
    testInfo.project.name !== 'landscape',
    'the host is the same for every screen: one run is enough',
  );
  test.setTimeout(120_000);
  const content = await copyDefaultContent();
  const media = join(content.dir, 'media');
  await chmod(dirname(content.dir), 0o755);
  await writeFile(join(media, 'big.png'), Buffer.alloc(BIG, 7));
  await writeFile(join(media, 'secret.png'), Buffer.alloc(BIG, 1));
  await chmod(join(media, 'secret.png'), 0o000);
  const asRoot = process.getuid?.() === 0;
  const host = await startHost(content.dir, { openFiles: 256, ...(asRoot ? { user: NOBODY } : {}) });
  const pid = host.process.pid!;
  try {
    await page.goto(host.url);
    await press(page.getByRole('button', { name: 'Tap to start' }));
    await expect(page.getByRole('heading', { name: 'Your questions, answered' })).toBeVisible();
    // The baseline, once the page has loaded everything and a round of the same requests has
    // warmed the host up (its allocator keeps some memory after its first busy moment).
    for (let round = 0; round < 3; round++) {
      await Promise.all(Array.from({ length: 100 }, () => abandon(host, '/media/big.png')));
    }
    await page.waitForTimeout(1000);
    const baseline = { files: openFiles(pid), mb: residentMb(pid) };

    let chaosOver = false;
    const visitor = browse(page, press, () => chaosOver);
    try {
      await Promise.all([requestChaos(host, media), contentChaos(host, content.dir, page)]);
    } finally {
      chaosOver = true;
    }
    expect(await visitor).toBeGreaterThan(0);
    expect(host.process.exitCode, host.log()).toBeNull();

    // Back to baseline: every file the chaos opened is closed, and memory settles.
    await expect.poll(() => openFiles(pid), { timeout: 10_000 }).toBeLessThanOrEqual(baseline.files + 2);
    // V8 hands memory back to the system lazily, more so on a loaded machine (1.4x seen here), so
    // this catches a leak that keeps growing; the tight figure (within 5% after 10,000 abandoned
    // requests) is the bench's row, where a timing- and load-sensitive number belongs.
    await expect.poll(() => residentMb(pid), { timeout: 20_000 }).toBeLessThan(baseline.mb * 2);
    expect(host.log()).not.toMatch(/request failed|Uncaught|at .*\.mjs:\d+/);
  } finally {
    await host.stop();
    await content.remove();
  }
});

import { readdirSync, readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { connect } from 'node:net';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { copyDefaultContent } from '../support/content-fixture';
import { row, type Row } from './report';
import { spawnKiosk } from './servers';

// The browser host under hostile load (issue 7), each figure against the same host at rest:
// - a static request while a pathological FAQ is being parsed, against the same request before;
// - open files and resident memory after 10,000 abandoned requests, against the host warmed up by
//   a first 1,000 (an allocator keeps some memory after its first busy moment; a leak keeps growing).

const REQUESTS = 30;

/** 1.8 MB of paragraphs each just under the Markdown limits: legal, and far past the load budget. */
const SLOW_FAQ = `## A question {#q}\n\n${`${'*a_'.repeat(130)}\n\n`.repeat(4600)}`;

async function timedGets(url: string): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < REQUESTS; i++) {
    const started = performance.now();
    const response = await fetch(url);
    await response.arrayBuffer();
    times.push(performance.now() - started);
    await sleep(50);
  }
  return times;
}

/** The time of a static request while the content worker parses a pathological FAQ; at most 50 ms. */
export async function staticDuringParseRows(): Promise<Row[]> {
  const content = await copyDefaultContent();
  const contentDir = content.dir;
  const host = await spawnKiosk(contentDir);
  try {
    const logo = new URL('/media/logo.svg', host.url).href;
    await timedGets(logo); // warm up
    const atRest = await timedGets(logo);
    await writeFile(join(contentDir, 'faq.en.md'), SLOW_FAQ);
    // The folder poll (500 ms) notices the edit, and the worker starts on it.
    await sleep(1500);
    const duringParse = await timedGets(logo);
    return [
      row({
        name: 'static request while a pathological FAQ is parsed (floor: same request at rest)',
        unit: 'ms',
        samples: duringParse,
        floor: atRest,
        budget: { max: 50 },
      }),
    ];
  } finally {
    await host.stop();
    await content.remove();
  }
}

function abandon(port: number): Promise<void> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1', () =>
      socket.write(`GET /media/big.png HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\n\r\n`),
    );
    const done = () => {
      socket.destroy();
      resolve();
    };
    socket.once('data', done).once('error', done).once('close', done);
  });
}

async function abandonMany(port: number, count: number): Promise<void> {
  for (let sent = 0; sent < count; sent += 100)
    await Promise.all(Array.from({ length: 100 }, () => abandon(port)));
}

/** Five readings 200 ms apart of the host's open files and resident memory. */
async function readings(pid: number): Promise<{ files: number[]; mb: number[] }> {
  const files: number[] = [];
  const mb: number[] = [];
  for (let i = 0; i < 5; i++) {
    files.push(readdirSync(`/proc/${pid}/fd`).length);
    mb.push(Number(/^VmRSS:\s+(\d+)/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]) / 1024);
    await sleep(200);
  }
  return { files, mb };
}

/** Open files and resident memory after 10,000 abandoned requests: within 5% of the host at rest. */
export async function abandonedRequestRows(): Promise<Row[]> {
  if (process.platform !== 'linux') return [];
  const content = await copyDefaultContent();
  await writeFile(join(content.dir, 'media', 'big.png'), Buffer.alloc(1024 * 1024, 7));
  const host = await spawnKiosk(content.dir);
  const pid = host.process.pid!;
  const port = Number(new URL(host.url).port);
  try {
    await abandonMany(port, 1000);
    await sleep(2000);
    const before = await readings(pid);
    await abandonMany(port, 10_000);
    // Memory comes back once the collector has run on the garbage: wait for it, up to 30 s.
    const limit = Math.max(...before.mb) * 1.05;
    const settled = (now: { files: number[]; mb: number[] }) =>
      Math.max(...now.files) <= Math.max(...before.files) && Math.max(...now.mb) <= limit;
    await sleep(1000);
    let after = await readings(pid);
    for (let waited = 0; waited < 30_000 && !settled(after); waited += 2000) {
      await sleep(1000);
      after = await readings(pid);
    }
    const name = (what: string) => `${what} after 10,000 abandoned requests (floor: at rest)`;
    return [
      row({
        name: name('open files'),
        unit: '',
        samples: after.files,
        floor: before.files,
        budget: { ratio: 1.05 },
      }),
      row({
        name: name('resident memory'),
        unit: 'MB',
        samples: after.mb,
        floor: before.mb,
        budget: { ratio: 1.05 },
      }),
    ];
  } finally {
    await host.stop();
    await content.remove();
  }
}

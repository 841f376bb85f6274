import { chromium } from '@playwright/test';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { loadContent } from '../../main/content/load';
import { startHost } from '../support/browser-host';
import { chromiumExecutable, OFFLINE_CHROMIUM_ARGS } from '../support/chromium';
import { copyDefaultContent, DEFAULT_CONTENT } from '../support/content-fixture';
import { median, report, type Row } from './report';

// npm run bench: speed and size figures on this machine, each against its budget.
const rows: Row[] = [];
const RUNS = 5;

async function contentLoad(): Promise<void> {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    await loadContent(DEFAULT_CONTENT);
    times.push(performance.now() - started);
  }
  rows.push({ name: 'content load (default content)', value: median(times), budget: 200, unit: 'ms' });
}

async function bundleSize(): Promise<void> {
  const assets = join('dist', 'renderer', 'assets');
  let total = 0;
  for (const name of await readdir(assets)) {
    if (name.endsWith('.js')) total += gzipSync(await readFile(join(assets, name))).length;
  }
  rows.push({
    name: 'renderer JavaScript, gzipped',
    value: Math.round(total / 1024),
    budget: 250,
    unit: 'KB',
  });
}

async function inBrowser(): Promise<void> {
  const browser = await chromium.launch({
    executablePath: chromiumExecutable(),
    args: OFFLINE_CHROMIUM_ARGS,
  });
  const content = await copyDefaultContent();
  try {
    const starts: number[] = [];
    for (let i = 0; i < 3; i++) {
      const started = performance.now();
      const host = await startHost(content.dir);
      const page = await browser.newPage({ viewport: { width: 1080, height: 1920 } });
      await page.goto(host.url);
      await page.getByRole('button', { name: 'Tap to start' }).waitFor();
      starts.push(performance.now() - started);
      await page.close();
      await host.stop();
    }
    rows.push({ name: 'host start to attract screen', value: median(starts), budget: 3000, unit: 'ms' });

    const host = await startHost(content.dir);
    const page = await browser.newPage({ viewport: { width: 1080, height: 1920 } });
    await page.goto(host.url);
    await page.getByRole('button', { name: 'Tap to start' }).click();
    const faq = join(content.dir, 'faq.en.md');
    const original = await readFile(faq, 'utf8');
    const reloads: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const question = `Who is AFSCME (edit ${i})?`;
      const started = performance.now();
      await writeFile(faq, original.replace('## Who is AFSCME?', `## ${question}`));
      await page.getByRole('button', { name: question }).waitFor({ timeout: 10_000 });
      reloads.push(performance.now() - started);
    }
    rows.push({ name: 'saved FAQ edit to screen', value: median(reloads), budget: 2000, unit: 'ms' });

    const taps: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const started = performance.now();
      await page.getByRole('button', { name: 'What is your goal?' }).click();
      await page.getByRole('heading', { name: 'What is your goal?' }).waitFor();
      taps.push(performance.now() - started);
      await page.getByRole('button', { name: 'Back' }).click();
    }
    rows.push({ name: 'tap question to answer shown', value: median(taps), budget: 100, unit: 'ms' });

    const session = await page.context().newCDPSession(page);
    await session.send('HeapProfiler.collectGarbage');
    const { usedSize } = (await session.send('Runtime.getHeapUsage')) as { usedSize: number };
    rows.push({
      name: 'renderer JS heap after use',
      value: Math.round(usedSize / 1024 / 1024),
      budget: 40,
      unit: 'MB',
    });
    await host.stop();
  } finally {
    await browser.close();
    await content.remove();
  }
}

await contentLoad();
await bundleSize();
await inBrowser();
// A missed budget fails the run, so a slower change does not pass unnoticed.
process.exitCode = report(rows) ? 0 : 1;

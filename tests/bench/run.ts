import { setTimeout as sleep } from 'node:timers/promises';
import { copyDefaultContent } from '../support/content-fixture';
import { launchBrowser, probedPage, tapOn } from './browser';
import { contentLoadRows } from './content-load';
import { exportBench } from './export';
import { abandonedRequestRows, staticDuringParseRows } from './host-faults';
import { makeFloorFolder } from './floor';
import { idleRows, longTaskRows } from './idle';
import { journalRows } from './journal';
import { memoryRows } from './memory';
import { reloadRows } from './reload';
import { report, type Row } from './report';
import { sealBench } from './seal';
import { spawnFloor, spawnKiosk } from './servers';
import { startupRows } from './startup';
import { tapRows } from './taps';
import { kioskWords } from './visit';

// npm run bench [-- --quick]: every figure against a floor measured beside it in the same run, each
// judged against its budget; exits 1 when one misses. tests/bench/README.md says what each row is.

const quick = process.argv.includes('--quick');
const verbose = process.argv.includes('--verbose');
/** `--only=taps,idle`: only these parts, while working on one figure. */
const only = process.argv
  .find((arg) => arg.startsWith('--only='))
  ?.slice('--only='.length)
  .split(',');
/** How much of each figure to take: the full run for a verdict, --quick while developing. */
const plan = quick
  ? {
      starts: 5,
      idleWindows: 5,
      idleMs: 2000,
      longTaskWindows: 5,
      longTaskMs: 2000,
      taps: 15,
      edits: 5,
      editPauseMs: 1500,
    }
  : {
      starts: 7,
      idleWindows: 5,
      idleMs: 8000,
      longTaskWindows: 5,
      longTaskMs: 12_000,
      taps: 40,
      edits: 7,
      editPauseMs: 3000,
    };
// Quick compares visit 100 with visit 50 rather than 10: the first visits compile and warm the
// page's code, which is not a leak; it catches only a gross leak.
const visits = quick ? { count: 100, reference: 50 } : { count: 1000, reference: 100 };

/** Runs one part of the bench, saying on stderr what it does and how long it took. */
async function part(name: string, rows: Row[], measure: () => Promise<Row[]>): Promise<void> {
  if (only && !only.includes(name)) return;
  const started = Date.now();
  process.stderr.write(`bench: ${name}...`);
  rows.push(...(await measure()));
  process.stderr.write(` ${((Date.now() - started) / 1000).toFixed(0)} s\n`);
}

async function inBrowser(rows: Row[]): Promise<void> {
  const content = await copyDefaultContent();
  const words = await kioskWords(content.dir);
  const floorFolder = await makeFloorFolder(words.campaign, words.main);
  const needle = words.main.words.tapToStart;
  const browser = await launchBrowser();
  try {
    await part('start-up', rows, () => startupRows(browser, content.dir, floorFolder, needle, plan.starts));
    const host = await spawnKiosk(content.dir);
    const floorServer = await spawnFloor(floorFolder.server, floorFolder.dir);
    const kiosk = await probedPage(browser, [needle]);
    const floor = await probedPage(browser, [needle]);
    const still = await probedPage(browser, [needle]);
    try {
      await Promise.all([
        kiosk.page.goto(host.url),
        floor.page.goto(new URL('loop.html', floorServer.url).href),
        still.page.goto(floorServer.url),
      ]);
      await Promise.all(
        [kiosk, floor, still].map(({ page }) =>
          page.evaluate((text) => window.benchProbe.painted(text), needle),
        ),
      );
      await sleep(2000); // fonts, pictures and the first slide's entrance come first
      const pair = { kiosk, floor, kioskPid: host.process.pid, floorPid: floorServer.process.pid };
      await part('idle', rows, () => idleRows({ ...pair, still }, plan.idleWindows, plan.idleMs));
      await part('long tasks', rows, () => longTaskRows(pair, plan.longTaskWindows, plan.longTaskMs));
      await floor.page.goto(new URL('tap.html', floorServer.url).href);
      await part('taps', rows, () => tapRows(pair, words, plan.taps));
      // The kiosk on its questions, where an edited question shows; the floor on its live page.
      await kiosk.page.goto('about:blank');
      await kiosk.page.goto(host.url);
      await kiosk.page.evaluate((text) => window.benchProbe.painted(text), needle);
      await tapOn(kiosk.page, 'button', needle);
      await floor.page.goto(new URL('live.html', floorServer.url).href);
      await part('live reload', rows, () =>
        reloadRows(kiosk, content.dir, floor, floorFolder.live, plan.edits, plan.editPauseMs),
      );
    } finally {
      await kiosk.close();
      await floor.close();
      await still.close();
      await floorServer.stop();
    }
    try {
      await part('visits', rows, () =>
        memoryRows(browser, host.url, words, visits.count, visits.reference, verbose),
      );
    } finally {
      await host.stop();
    }
  } finally {
    await browser.close();
    await floorFolder.remove();
    await content.remove();
  }
}

async function main(): Promise<void> {
  const started = Date.now();
  const rows: Row[] = [];
  const content = await copyDefaultContent();
  try {
    await part('content load', rows, () => contentLoadRows(content.dir, quick ? 5 : 9));
  } finally {
    await content.remove();
  }
  await part('host faults', rows, async () => [
    ...(await staticDuringParseRows()),
    ...(await abandonedRequestRows()),
  ]);
  await inBrowser(rows);
  await part('journal', rows, () => journalRows(quick ? 5 : 7, quick ? 100 : 300));
  await part('sealed journal', rows, () => sealBench(80));
  await part('export', rows, () => exportBench(quick ? 1 : 5));
  const passed = report(rows, verbose);
  console.log(`\n${quick ? 'quick run' : 'full run'} in ${Math.round((Date.now() - started) / 1000)} s`);
  // A missed budget fails the run, so a slower change does not pass unnoticed.
  process.exitCode = passed ? 0 : 1;
}

await main();

import type { Browser } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { probedPage, type ProbedPage } from './browser';
import type { FloorFolder } from './floor';
import { row, type Row } from './report';
import { spawnFloor, spawnKiosk, type Spawned } from './servers';

// Start-up: from spawning the server process to the first painted frame that shows the attract
// screen's "Tap to start" (the kiosk), or the same words on a static page (the floor's plain
// server). Both pages are open before the clock starts, each in a renderer of its own: opening a
// browser is not the kiosk's start-up. Every run is on a new port, so nothing comes from the
// browser's cache. The judged start is a kiosk started again on its own data folder with its
// content unchanged, as each morning of an event; a first start (or the first after an edit)
// reads and checks every content file, and is printed beside it.

/** Spawn → painted, in ms, for one start of `spawn` shown in `page`. */
async function startOnce(
  probed: ProbedPage,
  spawn: () => Promise<Spawned>,
  needle: string,
): Promise<{ ms: number; server: Spawned }> {
  await probed.page.goto('about:blank');
  const server = await spawn();
  try {
    await probed.page.goto(server.url, { waitUntil: 'commit' });
    const painted = await probed.page.evaluate((text) => window.benchProbe.painted(text), needle);
    return { ms: painted - server.spawnedAt, server };
  } catch (error) {
    await server.stop();
    throw error;
  }
}

/** Start-up rows: spawn → first attract paint against the floor's, interleaved; and what the page transfers. */
export async function startupRows(
  browser: Browser,
  contentDir: string,
  floor: FloorFolder,
  needle: string,
  runs: number,
): Promise<Row[]> {
  const kioskPage = await probedPage(browser, [needle]);
  const floorPage = await probedPage(browser, [needle]);
  const dataDir = await mkdtemp(join(tmpdir(), 'kiosk-bench-data-'));
  try {
    const kiosk: number[] = [];
    const first: number[] = [];
    const plain: number[] = [];
    const one = async (which: 'kiosk' | 'first' | 'floor') => {
      const { ms, server } =
        which === 'floor'
          ? await startOnce(floorPage, () => spawnFloor(floor.server, floor.dir), needle)
          : await startOnce(
              kioskPage,
              () => spawnKiosk(contentDir, which === 'kiosk' ? dataDir : undefined),
              needle,
            );
      ({ kiosk, first, floor: plain })[which].push(ms);
      await server.stop();
    };
    // A first start of each warms the disk cache and Chromium's spare renderer; it is not counted.
    await startOnce(kioskPage, () => spawnKiosk(contentDir, dataDir), needle).then(({ server }) =>
      server.stop(),
    );
    await startOnce(floorPage, () => spawnFloor(floor.server, floor.dir), needle).then(({ server }) =>
      server.stop(),
    );
    for (let run = 0; run < runs; run++) {
      // Taking turns at going first, so neither always follows the other's clean-up.
      const order = run % 2 ? (['floor', 'kiosk'] as const) : (['kiosk', 'floor'] as const);
      for (const which of order) await one(which);
      await one('first');
    }
    const transferred = await transferOnce(kioskPage, contentDir, needle);
    return [
      row({
        name: 'start-up: spawn → first attract paint',
        unit: 'ms',
        samples: kiosk,
        floor: plain,
        budget: { ratio: 1.5 },
      }),
      row({
        name: 'start-up, first start or content changed: spawn → first attract paint',
        unit: 'ms',
        samples: first,
        floor: plain,
      }),
      row({
        name: 'renderer JS + CSS transferred',
        unit: 'KB',
        samples: [transferred.code / 1024],
        budget: { max: 150 },
      }),
      row({
        name: 'other files transferred at start (fonts, pictures)',
        unit: 'KB',
        samples: [transferred.other / 1024],
      }),
    ];
  } finally {
    await kioskPage.close();
    await floorPage.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}

/** Bytes on the wire (headers and body, as sent) for scripts and style sheets, and for the rest. */
async function transferOnce(
  probed: ProbedPage,
  contentDir: string,
  needle: string,
): Promise<{ code: number; other: number }> {
  const { page, cdp } = probed;
  await page.goto('about:blank');
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  const types = new Map<string, string>();
  const sizes = { code: 0, other: 0 };
  const onResponse = ({ requestId, type }: { requestId: string; type: string }) => types.set(requestId, type);
  const onFinished = ({ requestId, encodedDataLength }: { requestId: string; encodedDataLength: number }) => {
    const type = types.get(requestId);
    if (type === 'Script' || type === 'Stylesheet') sizes.code += encodedDataLength;
    else if (type && type !== 'Document' && type !== 'Fetch' && type !== 'XHR')
      sizes.other += encodedDataLength;
  };
  cdp.on('Network.responseReceived', onResponse);
  cdp.on('Network.loadingFinished', onFinished);
  const server = await spawnKiosk(contentDir);
  try {
    await page.goto(server.url, { waitUntil: 'load' });
    await page.evaluate((text) => window.benchProbe.painted(text), needle);
    // Fonts and pictures the first screen asks for once it is painted. Not 'networkidle': the
    // page's long poll for new content is always open.
    await sleep(1500);
  } finally {
    cdp.off('Network.responseReceived', onResponse);
    cdp.off('Network.loadingFinished', onFinished);
    await cdp.send('Network.disable');
    await server.stop();
  }
  return sizes;
}

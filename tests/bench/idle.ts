import { setTimeout as sleep } from 'node:timers/promises';
import { metrics, throttle, type ProbedPage } from './browser';
import { row, type Row } from './report';
import { cpuTimeMs } from './servers';

// The attract loop left alone, as it runs most of a day, beside the floor's plain loop (the same
// slides turned at the same times by a few lines of script) and its static page: the pages are
// open at once, each in its own renderer, and read at the same instants, so a busy machine weighs
// on all alike. Figures are per second of wall time, over several windows. The plain loop is the
// judged floor: any screen that changes pays for laying out, painting and handing over its new
// frame, which a page that never changes does not; the static page shows what that costs.

/** Two pages (and their servers' processes) watched over the same windows. */
export interface Pair {
  kiosk: ProbedPage;
  floor: ProbedPage;
  /** The static page, read beside them by the idle rows only. */
  still?: ProbedPage;
  kioskPid?: number;
  floorPid?: number;
}

interface Reading {
  at: number;
  page: Record<string, number>;
  cpu: number;
}

const read = async (page: ProbedPage, pid: number | undefined): Promise<Reading> => ({
  at: performance.now(),
  page: await metrics(page.cdp),
  cpu: await cpuTimeMs(pid),
});

/** Idle rows: renderer main-thread and script time, style recalculations and layouts, host CPU. */
export async function idleRows(pair: Pair, windows: number, windowMs: number): Promise<Row[]> {
  const kiosk: Reading[][] = [];
  const floor: Reading[][] = [];
  const still: Reading[][] = [];
  const readAll = () =>
    Promise.all([
      read(pair.kiosk, pair.kioskPid),
      read(pair.floor, pair.floorPid),
      pair.still ? read(pair.still, undefined) : null,
    ]);
  for (let i = 0; i < windows; i++) {
    const before = await readAll();
    await sleep(windowMs);
    const after = await readAll();
    kiosk.push([before[0], after[0]]);
    floor.push([before[1], after[1]]);
    if (before[2] && after[2]) still.push([before[2], after[2]]);
  }
  // Per second of the window: `scale` turns a counter's unit into the row's (seconds into ms).
  const rate = (readings: Reading[][], metric: string, scale = 1) =>
    readings.map(([a, b]) => ((b!.page[metric]! - a!.page[metric]!) * scale * 1000) / (b!.at - a!.at));
  const cpu = (readings: Reading[][]) =>
    readings.map(([a, b]) => ((b!.cpu - a!.cpu) * 1000) / (b!.at - a!.at));
  const both = (metric: string, scale = 1) => ({
    samples: rate(kiosk, metric, scale),
    floor: rate(floor, metric, scale),
  });
  return [
    row({
      name: 'idle attract: renderer main-thread time',
      unit: 'ms/s',
      ...both('TaskDuration', 1000),
      stat: 'mean',
      budget: { ratio: 3 },
    }),
    ...(still.length
      ? [
          row({
            name: 'idle attract: renderer main-thread time (floor: static page)',
            unit: 'ms/s',
            samples: rate(kiosk, 'TaskDuration', 1000),
            floor: rate(still, 'TaskDuration', 1000),
            stat: 'mean',
          }),
        ]
      : []),
    row({
      name: 'idle attract: style recalculations',
      unit: '/s',
      ...both('RecalcStyleCount'),
      stat: 'mean',
      budget: { max: 5 },
    }),
    row({ name: 'idle attract: script time', unit: 'ms/s', ...both('ScriptDuration', 1000), stat: 'mean' }),
    row({ name: 'idle attract: layouts', unit: '/s', ...both('LayoutCount'), stat: 'mean' }),
    // Every thread of the renderer (compositor, raster too), in steps of 10 ms.
    row({
      name: 'idle attract: renderer process CPU',
      unit: 'ms/s',
      ...both('ProcessTime', 1000),
      stat: 'mean',
    }),
    row({
      name: 'idle attract: host process CPU (floor: plain server)',
      unit: 'ms/s',
      samples: cpu(kiosk),
      floor: cpu(floor),
      stat: 'mean',
    }),
  ];
}

/** Long tasks (over 50 ms) on the attract loop at 4× CPU throttling: the worst in each window. */
export async function longTaskRows(pair: Pair, windows: number, windowMs: number): Promise<Row[]> {
  const pages = [pair.kiosk, pair.floor];
  await Promise.all(pages.map((page) => throttle(page.cdp, 4)));
  try {
    const worst: [number[], number[]] = [[], []];
    for (let i = 0; i < windows; i++) {
      await Promise.all(pages.map(({ page }) => page.evaluate(() => window.benchProbe.recordLongTasks())));
      await sleep(windowMs);
      const found = await Promise.all(
        pages.map(({ page }) => page.evaluate(() => window.benchProbe.longTasks())),
      );
      found.forEach((tasks, which) => worst[which]!.push(Math.max(0, ...tasks)));
    }
    return [
      row({
        name: 'attract loop at 4× throttling: longest task',
        unit: 'ms',
        samples: worst[0],
        floor: worst[1],
        stat: 'max',
        budget: { max: 50 },
      }),
    ];
  } finally {
    await Promise.all(pages.map((page) => throttle(page.cdp, 1)));
  }
}

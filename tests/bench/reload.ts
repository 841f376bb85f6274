import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { ProbedPage } from './browser';
import { row, type Row } from './report';

// A saved edit reaching the screen: from the moment the bench saves the file to the first frame
// painted with the new words, timed by the page. The kiosk shows its questions; the floor's page
// long-polls its plain server, which answers when fs.watch reports the file changed. Edits take
// turns, kiosk and floor, each kiosk edit some 6 s after the last (quick: 3 s), as an organizer's
// come (seconds to minutes apart); a random part of each pause keeps edits from falling at the same point of a
// poll's cycle every time.

const TIMEOUT_MS = 10_000;

async function editOnce(page: ProbedPage, file: string, text: string, needle: string): Promise<number> {
  await page.page.evaluate((words) => window.benchProbe.watch(words), needle);
  const saved = Date.now();
  await writeFile(file, text);
  const painted = await Promise.race([
    page.page.evaluate((words) => window.benchProbe.painted(words), needle),
    sleep(TIMEOUT_MS, NaN),
  ]);
  return painted - saved;
}

/** The saved-edit row: median ms against the floor's, budget 300 ms. */
export async function reloadRows(
  kiosk: ProbedPage,
  contentDir: string,
  floor: ProbedPage,
  floorLive: string,
  runs: number,
  pauseMs: number,
): Promise<Row[]> {
  const faq = join(contentDir, 'faq.en.md');
  const original = await readFile(faq, 'utf8');
  const heading = /^## (.+)$/m.exec(original)?.[1];
  if (!heading) throw new Error(`The bench found no question (## ...) in ${faq}`);
  const kioskTimes: number[] = [];
  const floorTimes: number[] = [];
  try {
    for (let run = 0; run < runs; run++) {
      const edited = `${heading} (edit ${run})`;
      await sleep(pauseMs + Math.random() * 500);
      kioskTimes.push(await editOnce(kiosk, faq, original.replace(`## ${heading}`, `## ${edited}`), edited));
      await sleep(pauseMs + Math.random() * 500);
      floorTimes.push(await editOnce(floor, floorLive, edited, edited));
    }
  } finally {
    await writeFile(faq, original);
  }
  return [
    row({
      name: 'saved FAQ edit → painted',
      unit: 'ms',
      samples: kioskTimes,
      floor: floorTimes,
      budget: { max: 300 },
    }),
  ];
}

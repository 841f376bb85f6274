import type { Browser } from '@playwright/test';
import { setTimeout as sleep } from 'node:timers/promises';
import { probedPage, type ProbedPage } from './browser';
import { heapKinds } from './heap-snapshot';
import { row, type Row } from './report';
import { visitSteps, type KioskWords } from './visit';

// A day of visitors in one page: visits tapped through like a visitor would (start, a language
// every other visit, a question, the next answer, back, home), then the JS heap after a full
// garbage collection and DOM counters at visit `reference` and at the last visit, on the attract
// screen both times. For speed, a visit's taps are sent from inside the page (pointer events and a
// click at the button's centre, a painted frame apart), one evaluation per visit. Playwright's
// selector engine is never used, so its injected script is never loaded into the page: what the
// bench adds (its probe, Playwright's small evaluation helper) is the same at both points and
// cancels out in the ratio. The heap is judged without its compiled code (see heap-snapshot.ts),
// and printed with it on the next row.

const SAMPLES = 5;

interface Sample {
  /** The JS heap used (Runtime.getHeapUsage), compiled code included, in MB. */
  heap: number;
  /** The same from a heap snapshot, compiled code aside, in MB. */
  objects: number;
  nodes: number;
  listeners: number;
}

async function sample(probed: ProbedPage): Promise<Sample> {
  const kinds = await heapKinds(probed.cdp);
  await probed.cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await probed.cdp.send('Runtime.getHeapUsage');
  const counters = await probed.cdp.send('Memory.getDOMCounters');
  return {
    heap: usedSize / 1024 / 1024,
    objects: (kinds.total - kinds.code) / 1024 / 1024,
    nodes: counters.nodes,
    listeners: counters.jsEventListeners,
  };
}

async function samples(probed: ProbedPage): Promise<Sample[]> {
  // Let the last visit's screen change and the attract loop's first frames finish.
  await sleep(1000);
  const taken: Sample[] = [];
  for (let i = 0; i < SAMPLES; i++) taken.push(await sample(probed));
  return taken;
}

/** Memory rows: heap, DOM nodes and listeners at the last visit as ratios to visit `reference`. */
export async function memoryRows(
  browser: Browser,
  url: string,
  words: KioskWords,
  visits: number,
  reference: number,
  trace = false,
): Promise<Row[]> {
  const probed = await probedPage(browser, [words.main.words.tapToStart]);
  try {
    await probed.page.goto(url);
    await probed.page.evaluate((text) => window.benchProbe.painted(text), words.main.words.tapToStart);
    let atReference: Sample[] = [];
    for (let visit = 1; visit <= visits; visit++) {
      await probed.page.evaluate(
        async (steps) => {
          for (const step of steps) await window.benchProbe.press(step.selector, step.text);
        },
        visitSteps(words, visit, true),
      );
      if (visit === reference) atReference = await samples(probed);
      // With --verbose, the path between the two points: a leak grows steadily, a warm-up levels off.
      if (trace && visit % Math.max(1, Math.round(visits / 20)) === 0) {
        await sleep(300);
        const now = await sample(probed);
        process.stderr.write(
          `\n  visit ${visit}: heap ${now.heap.toFixed(3)} MB (${now.objects.toFixed(3)} MB without code), ${now.nodes} nodes, ${now.listeners} listeners`,
        );
      }
    }
    const atEnd = await samples(probed);
    const of = (key: keyof Sample) => ({
      samples: atEnd.map((s) => s[key]),
      floor: atReference.map((s) => s[key]),
    });
    const name = (what: string) => `${visits} visits: ${what}, against visit ${reference} (floor)`;
    return [
      row({
        name: name('JS heap after GC, compiled code aside'),
        unit: 'MB',
        ...of('objects'),
        budget: { ratio: 1.1 },
      }),
      row({ name: name('JS heap after GC, compiled code included'), unit: 'MB', ...of('heap') }),
      row({ name: name('DOM nodes'), unit: '', ...of('nodes'), budget: { ratio: 1.05 } }),
      row({ name: name('event listeners'), unit: '', ...of('listeners'), budget: { ratio: 1.05 } }),
    ];
  } finally {
    await probed.close();
  }
}

import { setTimeout as sleep } from 'node:timers/promises';
import { metrics, throttle, timedTap, type ProbedPage } from './browser';
import type { Pair } from './idle';
import { row, type Row } from './report';
import { visitSteps, type KioskWords, type Step } from './visit';

// Taps at 4× CPU throttling (a cheap laptop), kiosk and floor taking turns tap by tap. The latency
// is the page's own: from each touch event's time stamp to the next painted frame. The main-thread
// cost of a tap is what DevTools counts from just before it until the page has settled after it.

/** How long after a tap its work (effects, transitions) is given to finish, and counted. */
const SETTLE_MS = 400;

interface Counted {
  latency: number;
  task: number;
  script: number;
  styles: number;
  layouts: number;
}

async function countedTap(page: ProbedPage, step: Step): Promise<Counted> {
  const before = await metrics(page.cdp);
  const latency = await timedTap(page.page, step.selector, step.text);
  await sleep(SETTLE_MS);
  const after = await metrics(page.cdp);
  const delta = (name: string) => after[name]! - before[name]!;
  return {
    latency,
    task: delta('TaskDuration') * 1000,
    script: delta('ScriptDuration') * 1000,
    styles: delta('RecalcStyleCount'),
    layouts: delta('LayoutCount'),
  };
}

/** The floor's taps: open a question, back to the list, the next question... */
function floorSteps(words: KioskWords, tap: number): Step {
  const faq = words.main.faq;
  if (tap % 2 === 1) return { selector: 'button[data-back]' };
  return { selector: 'button', text: faq[(tap / 2) % faq.length]!.question };
}

/** Tap rows: p95 latency against the floor's, and each tap's main-thread, script and style work. */
export async function tapRows(pair: Pair, words: KioskWords, taps: number): Promise<Row[]> {
  const kioskSteps: Step[] = [];
  // Two of each first, not counted: code that runs for the first time is compiled then.
  const warmUp = 2;
  for (let visit = 0; kioskSteps.length < taps + warmUp; visit++)
    kioskSteps.push(...visitSteps(words, visit, false));
  const pages = [pair.kiosk, pair.floor];
  await Promise.all(pages.map((page) => throttle(page.cdp, 4)));
  const kiosk: Counted[] = [];
  const floor: Counted[] = [];
  try {
    for (let tap = 0; tap < taps + warmUp; tap++) {
      const k = await countedTap(pair.kiosk, kioskSteps[tap]!);
      const f = await countedTap(pair.floor, floorSteps(words, tap));
      if (tap < warmUp) continue;
      kiosk.push(k);
      floor.push(f);
    }
  } finally {
    await Promise.all(pages.map((page) => throttle(page.cdp, 1)));
  }
  const of = (key: keyof Counted) => ({ samples: kiosk.map((t) => t[key]), floor: floor.map((t) => t[key]) });
  return [
    row({
      name: 'tap → next painted frame at 4× throttling',
      unit: 'ms',
      ...of('latency'),
      stat: 'p95',
      budget: { ratio: 1.25 },
    }),
    row({ name: 'tap at 4×: main-thread time per tap', unit: 'ms', ...of('task') }),
    row({ name: 'tap at 4×: script time per tap', unit: 'ms', ...of('script') }),
    row({ name: 'tap at 4×: style recalculations per tap', unit: '', ...of('styles') }),
    row({ name: 'tap at 4×: layouts per tap', unit: '', ...of('layouts') }),
  ];
}

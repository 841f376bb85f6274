import { execFileSync } from 'node:child_process';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultWorkerUrl } from '../../../../main/content/load-in-worker';
import { formatProblem } from '../../../../main/content/problems';
import { createContentService, type ContentService } from '../../../../main/content/service';
import { copyDefaultContent } from '../../../support/content-fixture';

// The service under files that would freeze, hang or crash a load, in the built worker (the
// tests' global setup builds it) as the kiosk runs it.

let copy: Awaited<ReturnType<typeof copyDefaultContent>>;
let service: ContentService | undefined;
beforeEach(async () => {
  copy = await copyDefaultContent();
});
afterEach(async () => {
  service?.close();
  service = undefined;
  await copy.remove();
});

/** 1.8 MB of paragraphs each just under the limits: legal, and seconds of work for the parser. */
const SLOW_FAQ = `## A question {#q}\n\n${`${'*a_'.repeat(130)}\n\n`.repeat(4600)}`;

/** How a 5 ms timer fared while `work` ran: how often it ran, and the longest gap between runs. */
async function timerDuring(work: () => Promise<unknown>): Promise<{ turns: number; longestGap: number }> {
  let last = performance.now();
  let longestGap = 0;
  let turns = 0;
  const ticker = setInterval(() => {
    const now = performance.now();
    longestGap = Math.max(longestGap, now - last);
    last = now;
    turns++;
  }, 5);
  try {
    await work();
  } finally {
    clearInterval(ticker);
  }
  return { turns, longestGap };
}

describe('content service under hostile files', () => {
  it('finds the built worker from source', async () => {
    await expect(readFile(defaultWorkerUrl())).resolves.toBeTruthy();
  });

  it('stops a load over its budget, names the file, keeps the last good content, and recovers', async () => {
    service = await createContentService(copy.dir, { pollMs: 0, loadBudgetMs: 1000 });
    const good = service.current();
    const original = await readFile(join(copy.dir, 'faq.en.md'), 'utf8');
    await writeFile(join(copy.dir, 'faq.en.md'), SLOW_FAQ);

    let slow = good;
    const timer = await timerDuring(async () => (slow = await service!.reload()));
    expect(slow.problems.map(formatProblem)).toEqual([
      'faq.en.md: the kiosk gave up reading this file after 1 seconds: it is too long or too complicated (very long paragraphs of bold and italic, or lists and quotes nested deep). Undo the last change, or simplify it.',
    ]);
    expect(slow.content).toEqual(good.content);
    // The parsing ran elsewhere: the service's own event loop kept turning (on a busy machine,
    // never held anywhere near the second the parse took).
    expect(timer.longestGap).toBeLessThan(500);

    await writeFile(join(copy.dir, 'faq.en.md'), original);
    const fixed = await service.reload();
    expect(fixed.problems).toEqual([]);
    expect(fixed.content).toEqual(good.content);
  }, 20_000);

  it('reports a FIFO in the content folder and keeps reloading and stopping', async () => {
    service = await createContentService(copy.dir, { pollMs: 20, loadBudgetMs: 5000 });
    await rm(join(copy.dir, 'faq.es.md'));
    execFileSync('mkfifo', [join(copy.dir, 'faq.es.md')]);
    const started = performance.now();
    const state = await service.reload();
    expect(performance.now() - started).toBeLessThan(2000);
    expect(state.problems.map(formatProblem)).toEqual([
      'faq.es.md: this is not a normal file (it is a pipe, a socket or a device), so the kiosk does not read it. Delete it, and save the text file here instead.',
    ]);
    // Replaced by a real file, the change is noticed by the watching alone.
    await rm(join(copy.dir, 'faq.es.md'));
    await writeFile(join(copy.dir, 'faq.es.md'), await readFile(join(copy.dir, 'faq.en.md')));
    await expect
      .poll(() => service!.current().problems.some((problem) => problem.where === 'faq.es.md'), {
        timeout: 5000,
      })
      .toBe(false);
  });

  it('wakes thousands of waiting long polls without stalling the event loop', async () => {
    service = await createContentService(copy.dir, { pollMs: 0 });
    const since = service.current().version;
    const polls = Array.from({ length: 5000 }, () => service!.next(since, 60_000));
    await service.reload();
    // Each woken poll costs its host some work (an answer to send): 5000 at once would hold the
    // event loop for a quarter of a second; in batches, other requests get their turn between.
    const answer = () => {
      const until = performance.now() + 0.05;
      while (performance.now() < until);
    };
    const timer = await timerDuring(() => Promise.all(polls.map((poll) => poll.then(answer))));
    // All at once, the timer could not run until every poll was answered.
    expect(timer.turns).toBeGreaterThan(5);
  });
});

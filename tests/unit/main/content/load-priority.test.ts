import { readdirSync, readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createContentLoader, type ContentLoader } from '../../../../main/content/load-in-worker';
import { copyDefaultContent } from '../../../support/content-fixture';

// The content worker's priority (Linux, where each thread has its own nice value), in the built
// worker as the kiosk runs it: an ordinary load keeps the normal priority, since the kiosk waits
// for it; a load that runs long gives way to the host.

/** The nice values of this process's threads (field 19 of /proc/self/task/<id>/stat). */
function niceValues(): number[] {
  return readdirSync('/proc/self/task').map((id) => {
    const stat = readFileSync(`/proc/self/task/${id}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16]);
  });
}

/** 1.8 MB of paragraphs each just under the limits: legal, and seconds of work for the parser. */
const SLOW_FAQ = `## A question {#q}\n\n${`${'*a_'.repeat(130)}\n\n`.repeat(4600)}`;

let copy: Awaited<ReturnType<typeof copyDefaultContent>>;
let loader: ContentLoader;
beforeEach(async () => {
  copy = await copyDefaultContent();
  loader = createContentLoader();
});
afterEach(async () => {
  await loader.close();
  await copy.remove();
});

describe.skipIf(process.platform !== 'linux')('the content worker on Linux', () => {
  it('loads ordinary content at the normal priority', async () => {
    const { content } = await loader.load(copy.dir);
    expect(content).not.toBeNull();
    expect(niceValues().every((nice) => nice <= 0)).toBe(true);
  });

  it('lowers the priority of a load that runs long', async () => {
    await writeFile(join(copy.dir, 'faq.en.md'), SLOW_FAQ);
    const loading = loader.load(copy.dir);
    await sleep(1500);
    expect(niceValues()).toContain(10);
    await loader.close(); // the rest of its time budget would teach nothing more
    await loading;
  });
});

import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createContentService, type ContentService } from '../../../../main/content/service';
import type { ContentState } from '../../../../main/content/types';
import { copyDefaultContent } from '../../../support/content-fixture';

let copy: Awaited<ReturnType<typeof copyDefaultContent>>;
let dataDir: string;
let cacheFile: string;
let faqPath: string;
let original: string;
let service: ContentService | undefined;
const logged: string[] = [];

beforeEach(async () => {
  copy = await copyDefaultContent();
  dataDir = await mkdtemp(join(tmpdir(), 'kiosk-cache-'));
  cacheFile = join(dataDir, 'content-cache.json');
  faqPath = join(copy.dir, 'faq.en.md');
  original = await readFile(faqPath, 'utf8');
  logged.length = 0;
});
afterEach(async () => {
  service?.close();
  service = undefined;
  await copy.remove();
  await rm(dataDir, { recursive: true, force: true });
});

const firstQuestion = (state: ContentState) => state.content?.byLanguage.en?.faq[0]?.question;
const log = (line: string) => logged.push(line);
// A worker that does not exist: a start that still shows content did not load the files.
const noWorker = new URL('file:///nonexistent/content-worker.mjs');

async function start(build = 'build 1', workerUrl?: URL): Promise<ContentService> {
  service?.close();
  service = await createContentService(copy.dir, {
    pollMs: 0,
    log,
    cache: { file: cacheFile, build },
    ...(workerUrl ? { workerUrl } : {}),
  });
  return service;
}

/** Waits for the cache file the first full load writes in the background. */
async function cacheWritten(): Promise<void> {
  for (let i = 0; i < 100; i++) {
    if (
      await readFile(cacheFile).then(
        () => true,
        () => false,
      )
    )
      return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error('the cache was never written');
}

describe('content cache', () => {
  it('shows the content of an unchanged folder at the next start without loading its files', async () => {
    await start();
    await cacheWritten();
    const second = await start('build 1', noWorker);
    expect(firstQuestion(second.current())).toBe('Who is United We Heal?');
    expect(logged.at(-1)).toMatch(/unchanged since the last start/);
  });

  it('loads the files again when one of them changed, even to the same length', async () => {
    await start();
    await cacheWritten();
    // The same length as the original heading: only the bytes tell them apart.
    await writeFile(faqPath, original.replace('## Who is United We Heal?', '## Who is United We Feel?'));
    const second = await start();
    expect(firstQuestion(second.current())).toBe('Who is United We Feel?');
    expect(logged.some((line) => /unchanged since the last start/.test(line))).toBe(false);
  });

  it('loads the files again for another build of the kiosk', async () => {
    await start('build 1');
    await cacheWritten();
    const second = await start('build 2', noWorker);
    expect(second.current().content).toBeNull();
  });

  it('loads the files when the cache is damaged, and keeps a new one', async () => {
    await writeFile(cacheFile, '{"key": "cut sh');
    const first = await start();
    expect(firstQuestion(first.current())).toBe('Who is United We Heal?');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(JSON.parse(await readFile(cacheFile, 'utf8'))).toHaveProperty('content');
  });

  it('never keeps content with errors: a broken folder starts on its problems', async () => {
    await start();
    await cacheWritten();
    await writeFile(faqPath, original.replace(/\nUnited We Heal is a national campaign[^\n]*\n/, ''));
    const second = await start();
    expect(second.current().content).toBeNull();
    expect(second.current().problems.some((problem) => problem.severity === 'error')).toBe(true);
    service?.close();
    service = undefined;
    // The next start, on the same broken files, loads them again rather than show old content.
    const third = await start('build 1', noWorker);
    expect(third.current().content).toBeNull();
  });

  it('never waits on a FIFO left in the content folder: the start reports it', async () => {
    execFileSync('mkfifo', [join(copy.dir, 'media', 'stuck.png')]);
    await rm(join(copy.dir, 'faq.es.md'));
    execFileSync('mkfifo', [join(copy.dir, 'faq.es.md')]);
    const first = await start();
    expect(first.current().problems.map((problem) => problem.file)).toContain('faq.es.md');
  });
});

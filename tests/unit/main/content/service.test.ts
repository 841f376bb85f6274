import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { formatProblem } from '../../../../main/content/problems';
import { createContentService, type ContentService } from '../../../../main/content/service';
import type { ContentState } from '../../../../main/content/types';
import { copyDefaultContent } from '../../../support/content-fixture';

let copy: Awaited<ReturnType<typeof copyDefaultContent>>;
let service: ContentService | undefined;
let faqPath: string;
let original: string;

beforeEach(async () => {
  copy = await copyDefaultContent();
  faqPath = join(copy.dir, 'faq.en.md');
  original = await readFile(faqPath, 'utf8');
});
afterEach(async () => {
  service?.close();
  service = undefined;
  await copy.remove();
});

const firstQuestion = (state: ContentState) => state.content?.byLanguage.en?.faq[0]?.question;
const renameFirstQuestion = (text: string) =>
  writeFile(faqPath, original.replace('## Who is United We Heal?', `## ${text}`));
const removeFirstAnswer = () =>
  writeFile(faqPath, original.replace(/\nUnited We Heal is a national campaign[^\n]*\n/, ''));

describe('content service', () => {
  it('shows an edit to faq.en.md after reload()', async () => {
    service = await createContentService(copy.dir, { pollMs: 0 });
    expect(firstQuestion(service.current())).toBe('Who is United We Heal?');
    await renameFirstQuestion('Who are we?');
    const state = await service.reload();
    expect(firstQuestion(state)).toBe('Who are we?');
    expect(state.problems).toEqual([]);
  });

  it('notices an edit by itself while it runs', async () => {
    service = await createContentService(copy.dir, { pollMs: 20 });
    await renameFirstQuestion('Who are we?');
    await vi.waitFor(() => expect(firstQuestion(service!.current())).toBe('Who are we?'), { timeout: 5000 });
  });

  it('keeps the last good content while an edit is broken, and recovers once it is fixed', async () => {
    service = await createContentService(copy.dir, { pollMs: 0 });
    await renameFirstQuestion('Who are we?');
    const good = await service.reload();

    await removeFirstAnswer();
    const broken = await service.reload();
    expect(broken.version).toBeGreaterThan(good.version);
    expect(broken.content).toEqual(good.content);
    expect(broken.problems.map(formatProblem)).toEqual([
      'faq.en.md:3:1: the question "Who is United We Heal?" has no answer; write the answer on the lines under it.',
    ]);

    await writeFile(faqPath, original);
    const fixed = await service.reload();
    expect(fixed.problems).toEqual([]);
    expect(firstQuestion(fixed)).toBe('Who is United We Heal?');
  });

  it('keeps the last good content when the whole folder is deleted, and says the folder is missing', async () => {
    service = await createContentService(copy.dir, { pollMs: 20 });
    const good = service.current().content;
    await rm(copy.dir, { recursive: true, force: true });
    await vi.waitFor(
      () =>
        expect(service!.current().problems).toEqual([
          expect.objectContaining({ file: copy.dir, severity: 'error' }),
        ]),
      { timeout: 5000 },
    );
    expect(formatProblem(service.current().problems[0]!)).toContain('this content folder does not exist');
    expect(service.current().content).toEqual(good);
  });

  it('answers next() as soon as the version changes, without waiting out waitMs', async () => {
    service = await createContentService(copy.dir, { pollMs: 0 });
    const since = service.current().version;
    // A wait far longer than the test's timeout: only an early answer lets the test pass.
    const next = service.next(since, 60_000);
    await service.reload();
    await expect(next).resolves.toMatchObject({ version: since + 1 });
  });

  it('answers next() with the current state when nothing changes within waitMs', async () => {
    service = await createContentService(copy.dir, { pollMs: 0 });
    const state = service.current();
    await expect(service.next(state.version, 30)).resolves.toBe(state);
  });

  it('loads again for a reload asked for during a load, so that load sees the latest files', async () => {
    service = await createContentService(copy.dir, { pollMs: 0 });
    const first = service.reload();
    const second = service.reload();
    const third = service.reload();
    expect(second).toBe(third);
    expect((await second).version).toBe((await first).version + 1);
  });
});

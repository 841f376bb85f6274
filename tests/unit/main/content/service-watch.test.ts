import { cp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createContentService, type ContentService } from '../../../../main/content/service';
import type { ContentState } from '../../../../main/content/types';
import { copyDefaultContent, DEFAULT_CONTENT } from '../../../support/content-fixture';

// Changes the file system reports are seen at once, not at the next poll: the poll here is a
// minute apart, far longer than any of these tests wait.

const A_MINUTE = 60_000;
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
const renamed = (text: string) => original.replace('## Who is United We Heal?', `## ${text}`);

describe('content service, watching the folder', () => {
  it('sees an edit saved in place without waiting for the poll', async () => {
    service = await createContentService(copy.dir, { pollMs: A_MINUTE });
    await writeFile(faqPath, renamed('Who are we?'));
    await vi.waitFor(() => expect(firstQuestion(service!.current())).toBe('Who are we?'), { timeout: 3000 });
  });

  it("sees an editor's save that renames a new file over the old one", async () => {
    service = await createContentService(copy.dir, { pollMs: A_MINUTE });
    await writeFile(`${faqPath}.swp`, renamed('Who are we, then?'));
    await rename(`${faqPath}.swp`, faqPath);
    await vi.waitFor(() => expect(firstQuestion(service!.current())).toBe('Who are we, then?'), {
      timeout: 3000,
    });
  });

  it('loads again when a picture changes in media/', async () => {
    service = await createContentService(copy.dir, { pollMs: A_MINUTE });
    const before = service.current().version;
    await writeFile(join(copy.dir, 'media', 'new.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    await vi.waitFor(() => expect(service!.current().version).toBeGreaterThan(before), { timeout: 3000 });
  });

  it('watches a folder deleted and made again, once the poll has seen it come back', async () => {
    service = await createContentService(copy.dir, { pollMs: 100 });
    await rm(copy.dir, { recursive: true });
    await vi.waitFor(() => expect(service!.current().problems).not.toEqual([]), { timeout: 3000 });
    await cp(DEFAULT_CONTENT, copy.dir, { recursive: true });
    await vi.waitFor(() => expect(service!.current().problems).toEqual([]), { timeout: 3000 });
    await sleep(200);
    await writeFile(faqPath, renamed('Who are we now?'));
    await vi.waitFor(() => expect(firstQuestion(service!.current())).toBe('Who are we now?'), {
      timeout: 3000,
    });
  });
});

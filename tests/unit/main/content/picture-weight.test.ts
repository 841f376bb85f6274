import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadContent } from '../../../../main/content/load';
import { formatProblem } from '../../../../main/content/problems';
import { MAX_PICTURE_BYTES, pictureWeight } from '../../../../main/content/picture-weight';
import { copyDefaultContent } from '../../../support/content-fixture';

/** A PNG's signature and IHDR chunk for a picture of the given size, padded to `bytes`. */
function png(width: number, height: number, bytes = 64): Buffer {
  const head = Buffer.alloc(Math.max(bytes, 33));
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(head, 0);
  head.writeUInt32BE(13, 8);
  head.write('IHDR', 12, 'latin1');
  head.writeUInt32BE(width, 16);
  head.writeUInt32BE(height, 20);
  return head;
}

let copy: Awaited<ReturnType<typeof copyDefaultContent>>;
beforeEach(async () => {
  copy = await copyDefaultContent();
});
afterEach(() => copy.remove());

describe('pictures too big for the kiosk', () => {
  it('warns of a picture over 4096 pixels on a side, or over 5 MB, and not of one within both', async () => {
    await writeFile(join(copy.dir, 'media', 'wide.png'), png(6000, 4000));
    await writeFile(join(copy.dir, 'media', 'heavy.png'), png(800, 600, MAX_PICTURE_BYTES + 1));
    await writeFile(join(copy.dir, 'media', 'fine.png'), png(4096, 2304, MAX_PICTURE_BYTES));
    expect(await pictureWeight(copy.dir, 'media/wide.png')).toContain('6000 × 4000 pixels');
    expect(await pictureWeight(copy.dir, 'media/heavy.png')).toContain('5.0 MB');
    expect(await pictureWeight(copy.dir, 'media/fine.png')).toBeUndefined();
    expect(await pictureWeight(copy.dir, 'media/missing.png')).toBeUndefined();
  });

  it('reports a slide picture and an answer picture where they are written, as warnings', async () => {
    await writeFile(join(copy.dir, 'media', 'wide.png'), png(6000, 4000));
    const kiosk = join(copy.dir, 'kiosk.yaml');
    await writeFile(kiosk, (await readFile(kiosk, 'utf8')).replace('media/together.svg', 'media/wide.png'));
    const faq = join(copy.dir, 'faq.en.md');
    await writeFile(faq, `${await readFile(faq, 'utf8')}\n![Members at the rally](media/wide.png)\n`);
    const { content, problems } = await loadContent(copy.dir);
    expect(content).not.toBeNull();
    const heavy = problems.filter((problem) => problem.message.includes('6000 × 4000'));
    expect(heavy.map((problem) => problem.severity)).toEqual(['warning', 'warning']);
    expect(heavy.map(formatProblem).sort()).toEqual([
      expect.stringMatching(/^faq\.en\.md:\d+:\d+: warning: the picture "media\/wide\.png"/),
      expect.stringMatching(/^kiosk\.yaml:\d+:\d+: warning: image\.file of slide \d+: the picture/),
    ]);
  });
});

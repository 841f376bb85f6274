import { extname, join, normalize } from 'node:path';
import { openInside } from '../regular-file';
import { faqFileName, type FaqParse } from './faq-file';
import { readImageSize } from './image-size';
import type { Problem } from './types';

/** A photo's longest side past this many pixels is more than any kiosk screen shows. */
export const MAX_PICTURE_SIDE = 4096;
/** A picture file heavier than this takes a cheap laptop long to read and decode. */
export const MAX_PICTURE_BYTES = 5 * 1024 * 1024;

const megabytes = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

/**
 * What is too big about the picture `src` (as written in the content, like `media/rally.jpg`), in
 * plain words, or undefined when it is fine or cannot be read (other checks report that). A
 * drawing (SVG) has no pixels of its own: only its weight counts.
 */
export async function pictureWeight(contentDir: string, src: string): Promise<string | undefined> {
  const file = await openInside(join(contentDir, 'media'), join(contentDir, normalize(src)));
  if (!file.ok) return undefined;
  const bytes = file.size;
  await file.handle.close();
  const size = extname(src).toLowerCase() === '.svg' ? undefined : await readImageSize(contentDir, src);
  const tooWide = size && Math.max(size.width, size.height) > MAX_PICTURE_SIDE;
  if (!tooWide && bytes <= MAX_PICTURE_BYTES) return undefined;
  const what = [
    tooWide ? `${size.width} × ${size.height} pixels` : '',
    bytes > MAX_PICTURE_BYTES ? `${megabytes(bytes)} MB` : '',
  ]
    .filter(Boolean)
    .join(' and ');
  return `the picture "${src}" is ${what}, more than the kiosk can show, and a slow laptop takes long to draw it (and may skip frames while it does). Save a smaller copy: at most ${MAX_PICTURE_SIDE} pixels on its longest side and ${MAX_PICTURE_BYTES / 1024 / 1024} MB (a photo saved as JPEG at 2000 pixels wide is plenty).`;
}

/** A warning for each picture in the FAQ files that is too big, at the place it is written. */
export async function faqPictureWeights(contentDir: string, faqs: Map<string, FaqParse>): Promise<Problem[]> {
  const found: Problem[] = [];
  const checked = new Map<string, string | undefined>();
  for (const [lang, faq] of faqs) {
    for (const { src, line, column } of faq.images) {
      if (!checked.has(src)) checked.set(src, await pictureWeight(contentDir, src));
      const message = checked.get(src);
      if (message) found.push({ severity: 'warning', file: faqFileName(lang), line, column, message });
    }
  }
  return found;
}

import { readImageSize, type ImageSize } from './image-size';
import type { Block, Inline, Localized } from './types';

/**
 * Gives every picture of every language (slide pictures and pictures in answers) its pixel size,
 * read once per file, so the screen reserves its space and draws it in its own proportions.
 */
export async function withPictureSizes(
  dir: string,
  byLanguage: Record<string, Localized>,
): Promise<Record<string, Localized>> {
  const sizes = new Map<string, ImageSize | undefined>();
  const sources = new Set<string>();
  for (const localized of Object.values(byLanguage)) {
    for (const slide of localized.slides) if (slide.image) sources.add(slide.image.src);
    for (const question of localized.faq) collectImages(question.answer, sources);
  }
  for (const src of sources) sizes.set(src, await readImageSize(dir, src));

  const sized = <T extends { src: string }>(picture: T): T => ({ ...picture, ...sizes.get(picture.src) });
  return Object.fromEntries(
    Object.entries(byLanguage).map(([lang, localized]) => [
      lang,
      {
        ...localized,
        slides: localized.slides.map((slide) =>
          slide.image ? { ...slide, image: sized(slide.image) } : slide,
        ),
        faq: localized.faq.map((question) => ({ ...question, answer: mapImages(question.answer, sized) })),
      },
    ]),
  );
}

type ImageInline = Extract<Inline, { type: 'image' }>;

function collectImages(blocks: Block[], into: Set<string>): void {
  mapImages(blocks, (image) => {
    into.add(image.src);
    return image;
  });
}

/** The same blocks, with each image inline passed through `change`. */
function mapImages(blocks: Block[], change: (image: ImageInline) => ImageInline): Block[] {
  const inlines = (list: Inline[]): Inline[] =>
    list.map((inline) => {
      if (inline.type === 'image') return change(inline);
      if ('children' in inline) return { ...inline, children: inlines(inline.children) };
      return inline;
    });
  return blocks.map((block): Block => {
    switch (block.type) {
      case 'paragraph':
      case 'heading':
        return { ...block, children: inlines(block.children) };
      case 'list':
        return { ...block, items: block.items.map((item) => mapImages(item, change)) };
      case 'blockquote':
        return { ...block, children: mapImages(block.children, change) };
      case 'code':
        return block;
    }
  });
}

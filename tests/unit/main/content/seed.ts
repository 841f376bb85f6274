import { readFileSync } from 'node:fs';
import type { Block, Inline } from '../../../../main/content/types';

/** One part of an answer as a visitor reads it: a paragraph or one item of a bulleted list. */
export interface AnswerPart {
  kind: 'paragraph' | 'item';
  text: string;
}

/** A question of the campaign's seed FAQ, the source of truth for the English text. */
export interface SeedQuestion {
  question: string;
  parts: AnswerPart[];
}

const normalize = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * Reads the seed FAQ (a copy of the campaign's page, kept beside this file): `Q: ` starts a
 * question, `A.` and a space (sometimes a no-break space) its answer, `•` a list item, a blank line
 * a new paragraph. The first line is the page's "Skip to main content" link.
 */
export function readSeed(): SeedQuestion[] {
  const lines = readFileSync(new URL('./seed-faq.txt', import.meta.url), 'utf8')
    .split('\n')
    .slice(1);
  const questions: SeedQuestion[] = [];
  let paragraph: string[] = [];
  const flush = () => {
    if (paragraph.length > 0)
      questions.at(-1)?.parts.push({ kind: 'paragraph', text: normalize(paragraph.join(' ')) });
    paragraph = [];
  };
  for (const raw of lines) {
    const line = raw.trim();
    if (line.startsWith('Q: ')) {
      flush();
      questions.push({ question: normalize(line.slice(3)), parts: [] });
    } else if (line.startsWith('•')) {
      flush();
      questions.at(-1)?.parts.push({ kind: 'item', text: normalize(line.slice(1)) });
    } else if (line === '') {
      flush();
    } else {
      paragraph.push(line.replace(/^A\.\s/, ''));
    }
  }
  flush();
  return questions;
}

/** The parts of a loaded answer, as plain text, in the same shape as the seed's. */
export function answerParts(blocks: Block[]): AnswerPart[] {
  return blocks.flatMap((block): AnswerPart[] => {
    if (block.type === 'paragraph')
      return [{ kind: 'paragraph', text: normalize(inlineText(block.children)) }];
    if (block.type === 'list')
      return block.items.map((item) => ({
        kind: 'item',
        text: normalize(
          answerParts(item)
            .map((part) => part.text)
            .join(' '),
        ),
      }));
    throw new Error(`the seed has no ${block.type}, so the FAQ should not either`);
  });
}

function inlineText(inlines: Inline[]): string {
  return inlines
    .map((inline) => {
      if (inline.type === 'text' || inline.type === 'code') return inline.value;
      if (inline.type === 'image') return inline.alt;
      if (inline.type === 'break') return ' ';
      return inlineText(inline.children);
    })
    .join('');
}

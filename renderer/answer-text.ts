import type { Block, Inline } from '../main/api';

/** An answer as plain sentences, for reading aloud: the words of every block, pictures by their description. */
export function answerText(question: string, blocks: Block[]): string {
  return [question, ...blocks.map(blockText)].filter(Boolean).join('\n\n');
}

function blockText(block: Block): string {
  switch (block.type) {
    case 'paragraph':
    case 'heading':
      return inlineText(block.children);
    case 'list':
      return block.items.map((item) => item.map(blockText).join(' ')).join('\n');
    case 'blockquote':
      return block.children.map(blockText).join('\n');
    case 'code':
      return block.value;
  }
}

function inlineText(inlines: Inline[]): string {
  return inlines
    .map((inline) => {
      switch (inline.type) {
        case 'text':
        case 'code':
          return inline.value;
        case 'break':
          return ' ';
        case 'image':
          return inline.alt;
        default:
          return inlineText(inline.children);
      }
    })
    .join('');
}

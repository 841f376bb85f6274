import type { Paragraph } from 'mdast';

/** A line that was meant as a heading, with where it is and what to change. */
export interface HeadingWithoutSpace {
  line: number;
  column: number;
  message: string;
}

// Two to six hashes: a single # at the start of a line is as likely a hashtag (#UnitedWeHeal).
const WITHOUT_SPACE = /^( {0,3})(#{2,6})(?=[^\s#])/;

/**
 * Lines of a paragraph that start with `##` and no space (`##Do you have stickers?`): Markdown
 * reads them as text, so the question would silently show inside the answer above it.
 */
export function headingsWithoutSpace(
  paragraph: Paragraph,
  sourceLines: readonly string[],
): HeadingWithoutSpace[] {
  const first = paragraph.position?.start.line;
  const last = paragraph.position?.end.line;
  if (first === undefined || last === undefined) return [];
  const found: HeadingWithoutSpace[] = [];
  for (let line = first; line <= last; line++) {
    const match = WITHOUT_SPACE.exec(sourceLines[line - 1] ?? '');
    if (!match) continue;
    const [, indent = '', hashes = ''] = match;
    const what = hashes.length === 2 ? 'a question' : 'a heading';
    const rest = (sourceLines[line - 1] ?? '').slice(indent.length + hashes.length).trim();
    const example = `${hashes} ${rest.length > 40 ? `${rest.slice(0, 37)}...` : rest}`;
    found.push({
      line,
      column: indent.length + 1,
      message: `this line starts with "${hashes}" but has no space after it, so it shows as ordinary text; add a space after ${hashes} to make it ${what}: "${example}".`,
    });
  }
  return found;
}

/** True when the paragraph's own first line is such a heading, which says more than "text before the first question". */
export function startsWithHeadingWithoutSpace(paragraph: Paragraph, sourceLines: readonly string[]): boolean {
  const first = paragraph.position?.start.line;
  return first !== undefined && WITHOUT_SPACE.test(sourceLines[first - 1] ?? '');
}

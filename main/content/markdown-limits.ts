/**
 * Limits a FAQ file must keep before it is parsed. The Markdown parser takes time that grows much
 * faster than the text for a few shapes no answer needs (a 16 KB paragraph of nested `*` and `_`
 * takes seconds, thousands of nested `>` overflow the stack), so those shapes are found first by
 * one pass over the lines and reported where they are. A block of lines without an empty line
 * between them counts as one paragraph, so the limits are generous.
 */
export const MARKDOWN_LIMITS = {
  /** Quotes (`>`) and list items inside each other on one line. */
  nesting: 16,
  /** Spaces at the start of a line (a tab counts to the next multiple of 4). */
  indent: 64,
  /** Runs of `*` or `_` (bold and italic) in one paragraph. */
  emphasis: 400,
  /** `[` (links and pictures) in one paragraph. */
  brackets: 200,
};

/** Where a FAQ file passes a limit, and what to do about it. */
export interface ShapeProblem {
  line: number;
  column: number;
  message: string;
}

// A list item's marker: -, + or *, or a number with . or ), then a space or the end of the line.
const LIST_MARKER = /(?:[-+*]|\d{1,9}[.)])(?=[ \t]|$)/y;

/** The first place `source` passes a limit, or undefined when the parser can take it safely. */
export function checkMarkdownShape(source: string): ShapeProblem | undefined {
  const lines = source.split('\n');
  let paragraph: { line: number; column: number; emphasis: number; brackets: number } | undefined;
  for (let index = 0; index < lines.length; index++) {
    const text = lines[index]!;
    const line = index + 1;
    let at = 0;
    let indent = 0;
    for (; text[at] === ' ' || text[at] === '\t'; at++) indent += text[at] === '\t' ? 4 - (indent % 4) : 1;
    if (indent > MARKDOWN_LIMITS.indent) {
      return {
        line,
        column: at + 1,
        message: `this line starts with ${indent} spaces; the kiosk reads at most ${MARKDOWN_LIMITS.indent} (lists nested that deep cannot be shown). Remove spaces at the start of the line.`,
      };
    }
    let depth = 0;
    for (;;) {
      while (text[at] === ' ' || text[at] === '\t') at++;
      LIST_MARKER.lastIndex = at;
      const marker = text[at] === '>' ? '>' : LIST_MARKER.exec(text)?.[0];
      if (!marker) break;
      if (++depth > MARKDOWN_LIMITS.nesting) {
        return {
          line,
          column: at + 1,
          message: `quotes (>) and lists are nested more than ${MARKDOWN_LIMITS.nesting} deep here; the kiosk shows at most ${MARKDOWN_LIMITS.nesting} levels. Remove some of the > or list marks at the start of the line.`,
        };
      }
      at += marker.length;
    }
    if (text.slice(at).trim() === '') {
      paragraph = undefined;
      continue;
    }
    paragraph ??= { line, column: at + 1, emphasis: 0, brackets: 0 };
    for (let i = at; i < text.length; i++) {
      const char = text[i];
      if ((char === '*' || char === '_') && text[i - 1] !== char) paragraph.emphasis++;
      else if (char === '[') paragraph.brackets++;
    }
    const { line: startLine, column } = paragraph;
    if (paragraph.emphasis > MARKDOWN_LIMITS.emphasis) {
      return {
        line: startLine,
        column,
        message: `this paragraph has more than ${MARKDOWN_LIMITS.emphasis} * and _ marks (bold and italic); the kiosk reads at most ${MARKDOWN_LIMITS.emphasis} in one paragraph. Remove some, or split it with empty lines.`,
      };
    }
    if (paragraph.brackets > MARKDOWN_LIMITS.brackets) {
      return {
        line: startLine,
        column,
        message: `this paragraph has more than ${MARKDOWN_LIMITS.brackets} [ marks (links and pictures); the kiosk reads at most ${MARKDOWN_LIMITS.brackets} in one paragraph. Remove some, or split it with empty lines.`,
      };
    }
  }
  return undefined;
}

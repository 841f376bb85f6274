import type { YAMLError } from 'yaml';

/** A YAML syntax error, where it is best shown and what an organizer should do about it. */
export interface SyntaxProblem {
  offset: number;
  message: string;
}

/**
 * Explains YAML syntax errors in plain words, one per line: the parser often reports a second,
 * more confusing error caused by the first one on the same line.
 */
export function explainYamlErrors(
  errors: readonly YAMLError[],
  source: string,
  lineOf: (offset: number) => number,
): SyntaxProblem[] {
  const seenLines = new Set<number>();
  const explained: SyntaxProblem[] = [];
  for (const error of errors) {
    const problem = explain(error, source);
    const line = lineOf(problem.offset);
    if (seenLines.has(line)) continue;
    seenLines.add(line);
    explained.push(problem);
  }
  return explained;
}

function explain(error: YAMLError, source: string): SyntaxProblem {
  const offset = error.pos[0];
  switch (error.code) {
    case 'TAB_AS_INDENT':
      return { offset, message: 'this line is indented with a tab; indent with spaces instead.' };
    case 'DUPLICATE_KEY': {
      const key = /^["']?([^"':\n]*)/.exec(source.slice(offset))?.[1]?.trim() ?? '';
      return {
        offset,
        message: `"${key}" appears twice in the same group; keep only one of them.`,
      };
    }
    case 'BAD_INDENT':
      return {
        // Shown where the line's text starts, so the column says how far it is indented.
        offset: offset + (/^ */.exec(source.slice(offset))?.[0].length ?? 0),
        message:
          'this line does not line up with the lines above it; start it with the same number of spaces as the other settings in its group.',
      };
    case 'BLOCK_AS_IMPLICIT_KEY':
      return {
        offset,
        message:
          'this line has a second ": " in it. If the text itself contains ": ", put the whole text in quotes, like en: "Note: bring a friend". Otherwise check the spaces at the start of the line.',
      };
    case 'MULTILINE_IMPLICIT_KEY':
      return {
        offset,
        message:
          'this line is not a setting: write the name, a colon and a space, then the value, like "name: United We Heal". Also check the spaces at the start of the line.',
      };
    case 'MISSING_CHAR':
      if (/quote/.test(error.message)) {
        const quote = error.message.includes("'") ? "'" : '"';
        const open = source.lastIndexOf(quote, offset - 1);
        return {
          offset: open === -1 ? offset : open,
          message: `this text starts with a quote mark (${quote}) that is never closed; add a ${quote} at the end of the text.`,
        };
      }
      break;
  }
  const first = error.message.split('\n')[0] ?? error.message;
  return {
    offset,
    message: `the kiosk cannot read this line (${first}). Check the spaces at the start of the line and the ": " after each setting name.`,
  };
}

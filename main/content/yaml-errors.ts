import type { YAMLError } from 'yaml';

/** A YAML syntax error, where it is best shown and what an organizer should do about it. */
export interface SyntaxProblem {
  offset: number;
  message: string;
}

/**
 * Explains YAML syntax errors in plain words, one per line: the parser often reports a second,
 * more confusing error caused by the first one on the same line. The parser's own wording never
 * reaches an organizer: every kind of error has its own words, and an unknown one a general hint.
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

const GENERAL =
  'the kiosk cannot read this line. Check the spaces at the start of the line, and the colon and space after the setting\'s name ("name: value"); put text that starts with a mark such as @ * & ! [ { in quotes.';

function explain(error: YAMLError, source: string): SyntaxProblem {
  const offset = error.pos[0];
  const found = { offset, message: GENERAL };
  switch (error.code) {
    case 'TAB_AS_INDENT':
      return { offset, message: 'this line is indented with a tab; indent with spaces instead.' };
    case 'DUPLICATE_KEY': {
      const key = /^["']?([^"':\n]*)/.exec(source.slice(offset))?.[1]?.trim() ?? '';
      return { offset, message: `"${key}" appears twice in the same group; keep only one of them.` };
    }
    case 'BAD_INDENT':
      // An unclosed [ or { swallows the lines after it; the mistake is where it opened.
      if (/^Flow (sequence|map)/.test(error.message)) return markedValue(source, offset, /^[[{]/) ?? found;
      return {
        // Shown where the line's text starts, so the column says how far it is indented.
        offset: offset + (/^ */.exec(source.slice(offset))?.[0].length ?? 0),
        message:
          'this line does not line up with the lines above it; start it with the same number of spaces as the other settings in its group.',
      };
    case 'BLOCK_AS_IMPLICIT_KEY':
      if (/sequence/.test(error.message))
        return {
          offset,
          message:
            'a list entry ("- ") cannot stand among settings written "name: value"; remove the "- ", or line it up with the other entries of its list.',
        };
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
      return missingChar(error, source, offset) ?? found;
    case 'BAD_SCALAR_START':
    case 'BAD_ALIAS':
    case 'ALIAS_PROPS':
    case 'MULTIPLE_ANCHORS':
    case 'MULTIPLE_TAGS':
    case 'BAD_PROP_ORDER':
    case 'TAG_RESOLVE_FAILED':
    case 'BAD_DIRECTIVE':
      return markedValue(source, offset) ?? found;
    case 'UNEXPECTED_TOKEN':
      return markedValue(source, offset) ?? quotedThenMore(source, offset) ?? found;
    case 'BAD_DQ_ESCAPE':
      return {
        offset,
        message:
          "inside double quotes a backslash (\\) starts a special character; write \\\\ for a backslash, or put the text in single quotes (') instead.",
      };
    case 'MULTIPLE_DOCS':
      return {
        offset,
        message:
          'a line of three dashes (---) starts a second set of settings, but kiosk.yaml holds only one; remove this line.',
      };
    default:
      return found;
  }
}

function missingChar(error: YAMLError, source: string, offset: number): SyntaxProblem | undefined {
  if (/quote/.test(error.message)) {
    const quote = error.message.includes("'") ? "'" : '"';
    const open = source.lastIndexOf(quote, offset - 1);
    return {
      offset: open === -1 ? offset : open,
      message: `this text starts with a quote mark (${quote}) that is never closed; add a ${quote} at the end of the text.`,
    };
  }
  if (/^Implicit map keys/.test(error.message))
    return {
      offset,
      message:
        'this line has no ": " after the setting\'s name; write the name, a colon and a space, then the value, like "name: United We Heal". If the line goes on with the text of the line above, join the two lines.',
    };
  if (/^Comments/.test(error.message))
    return {
      offset,
      message:
        'a # after a space starts a comment, and here one follows text without a space. If the # is part of the text or a colour, put the whole value in quotes, like "#1a5fb4".',
    };
  if (/^Tags and anchors/.test(error.message)) return markedValue(source, offset);
  return undefined;
}

/** The line around `offset`: where it starts, and its `name: value` parts when it has them. */
function lineAt(source: string, offset: number): { start: number; text: string } {
  const start = source.lastIndexOf('\n', offset - 1) + 1;
  const end = source.indexOf('\n', offset);
  return { start, text: source.slice(start, end === -1 ? undefined : end).replace(/\r$/, '') };
}

// A value that starts with one of these is read as YAML's own syntax, not as text.
const MARKS = /^[@`*&!|>%[{]/;

/**
 * A value that starts with a mark YAML reserves, on this line or (for a list or group in
 * brackets, never closed) the nearest line above with one: say to put it in quotes, and show how.
 */
export function markedValue(
  source: string,
  offset: number,
  marks: RegExp = MARKS,
): SyntaxProblem | undefined {
  let { start, text } = lineAt(source, offset);
  const own = text.slice(offset - start);
  // The mark opens the line itself, where a setting's name belongs.
  if (marks === MARKS && MARKS.test(own) && text.slice(0, offset - start).trim() === '')
    return {
      offset,
      message: `this line starts with "${own[0]}", which kiosk.yaml reads as a mark; a setting's name starts with a letter. If this line is text, put it in quotes after its setting's name.`,
    };
  for (let tries = 0; tries < 40 && start >= 0; tries++) {
    const parts = /^(\s*(?:- +)?(?:[^\s#:'"][^:#]*?:\s+)?)(\S.*)$/.exec(text);
    const [, before = '', value = ''] = parts ?? [];
    if (parts && marks.test(value)) {
      const quote = value.includes('"') ? "'" : '"';
      const example =
        `${before.trim()} ${quote}${value.length > 40 ? `${value.slice(0, 37)}...` : value}${quote}`.trim();
      return {
        offset: start + before.length,
        message: `this text starts with "${value[0]}", which kiosk.yaml reads as a mark, not as text; put the whole text in quotes, like ${example}.`,
      };
    }
    if (marks === MARKS || start === 0) return undefined;
    ({ start, text } = lineAt(source, start - 1));
  }
  return undefined;
}

/** `en: "Hello" world`: the quotes close before the text ends. */
function quotedThenMore(source: string, offset: number): SyntaxProblem | undefined {
  const { start, text } = lineAt(source, offset);
  const value = /^(\s*(?:- +)?[^\s#:'"][^:#]*?:\s+)(["'])/.exec(text);
  if (!value?.[1]) return undefined;
  return {
    offset: start + value[1].length,
    message: `the quotes on this line close before the text ends; put the whole text inside one pair of quotes. If the text itself has a ${value[2]} in it, put it in ${value[2] === '"' ? "single quotes (')" : 'double quotes (")'} instead.`,
  };
}

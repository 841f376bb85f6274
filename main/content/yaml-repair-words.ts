import { lineShape, type LineShape } from './yaml-lines';
import type { Repair } from './yaml-repair';

const spaces = (count: number): string => `${count} space${count === 1 ? '' : 's'}`;

/**
 * Says what to change on line `index` (0-based) so that it reads as `text`: in words that name
 * the line it should line up with, since "line up with en: on line 65" is what an organizer can act on.
 */
export function describeRepair(lines: string[], index: number, text: string): Repair {
  const before = lineShape(lines[index] ?? '');
  const after = lineShape(text);
  const line = index + 1;
  if (!before || !after) return { line, column: 1, message: 'check the spaces at the start of this line.' };
  const changed = [...lines];
  changed[index] = text;
  const reference = lineUpWith(changed, index, after.indent);

  if (before.tab && after.indent === 0) {
    const like = reference ? `, like ${reference.name} on line ${reference.line}` : '';
    return {
      line,
      column: 1,
      message: `this line is indented with a tab, but it belongs at the very start of the line${like}; remove the tab.`,
    };
  }
  if (before.tab) {
    const like = reference ? `, to line up with ${reference.name} on line ${reference.line}` : '';
    return {
      line,
      column: 1,
      message: `this line is indented with a tab; indent it with ${spaces(after.indent)} instead${like}.`,
    };
  }
  if (before.dash && !after.dash && before.indent === after.indent) {
    return {
      line,
      column: before.indent + 1,
      message: `remove the "- " at the start of this line: "- " starts an entry of a list, and ${after.name} is not in one.`,
    };
  }
  if (before.indent === after.indent) {
    // The only other change tried: a space after the colon.
    const colon = after.body.indexOf(': ');
    const written = before.body.length > 40 ? `${before.body.slice(0, 37)}...` : before.body;
    const meant = after.body.length > 41 ? `${after.body.slice(0, 38)}...` : after.body;
    return {
      line,
      column: before.indent + colon + 1,
      message: `a setting needs a space after its colon: write ${quoted(meant)}, not ${quoted(written)}.`,
    };
  }
  const difference = Math.abs(after.indent - before.indent);
  const more = before.indent > after.indent;
  const change = `${more ? 'remove' : 'add'} ${spaces(difference)} at the start of this line`;
  const column = before.indent + 1;
  if (reference) {
    return {
      line,
      column,
      message: `${before.name} is indented ${spaces(difference)} ${more ? 'more' : 'less'} than ${reference.name} on line ${reference.line}, in the same group; ${change} so the two line up.`,
    };
  }
  const parent = groupOf(changed, index, after.indent);
  const under = parent
    ? `, ${spaces(after.indent - parent.indent)} more than ${parent.name} on line ${parent.line}, the group it belongs to`
    : '';
  return {
    line,
    column,
    message: `${before.name} should start with ${spaces(after.indent)}${under}; ${change}.`,
  };
}

/** Quotes a line as written, with the quote mark it does not itself use. */
function quoted(text: string): string {
  const quote = text.includes('"') ? "'" : '"';
  return `${quote}${text.trimEnd()}${quote}`;
}

type Named = LineShape & { line: number };

/** The nearest line of the same group that starts at `indent`, above the line or else below it. */
function lineUpWith(lines: string[], index: number, indent: number): Named | undefined {
  for (let other = index - 1; other >= 0; other--) {
    const shape = lineShape(lines[other] ?? '');
    if (!shape || shape.tab) continue;
    if (shape.indent === indent) return { ...shape, line: other + 1 };
    if (shape.dash && shape.inner === indent) return { ...shape, name: firstKey(shape), line: other + 1 };
    if (shape.indent < indent) break;
  }
  for (let other = index + 1; other < lines.length; other++) {
    const shape = lineShape(lines[other] ?? '');
    if (!shape || shape.tab) continue;
    if (shape.indent === indent) return { ...shape, line: other + 1 };
    if (shape.indent < indent) break;
  }
  return undefined;
}

/** The line that opens the group a line at `indent` belongs to. */
function groupOf(lines: string[], index: number, indent: number): Named | undefined {
  for (let other = index - 1; other >= 0; other--) {
    const shape = lineShape(lines[other] ?? '');
    if (shape && !shape.tab && shape.indent < indent) return { ...shape, line: other + 1 };
  }
  return undefined;
}

/** `- code: en` names its first setting, `"code:"`, when another setting lines up with it. */
function firstKey(shape: LineShape): string {
  const key = /^([^\s#:'"][^:#]*?):/.exec(shape.body.slice(shape.inner - shape.indent))?.[1];
  return key ? `"${key}:"` : shape.name;
}

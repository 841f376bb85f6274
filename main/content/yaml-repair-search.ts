import { lineShape, type LineShape } from './yaml-lines';
import type { Parsed, Plausibility } from './yaml-repair';

/** Parses a whole YAML text. */
export type Parse = (text: string) => Parsed;

/** A change of one line, and how likely it is to be what the organizer meant (lower is likelier). */
export interface Candidate {
  index: number;
  text: string;
  /** True when the line is wrong in its text, not its layout: its own errors are to be explained. */
  explain: boolean;
  rank: number[];
}

// Mistakes are nearly always within a few lines of the first error.
const WINDOW = 3;
const UNREADABLE = 1e6;

/**
 * The likeliest change of one line that gets the file past its first error: among other indents
 * for each line near it (spaces for a tab), a space after a colon, a line without its "- ", and
 * leaving the line out. Further up, only the two mistakes that break every line after them are
 * tried: a stray "- " and a stray "---". Each change is parsed within its top-level group only,
 * which is where an indentation mistake has its effect, and keeps the search quick.
 */
export function bestCandidate(
  lines: string[],
  current: Parsed,
  changed: Set<number>,
  plausibility: Plausibility,
  parse: Parse,
): Candidate | undefined {
  const first = Math.min(...current.lines);
  const near = Math.max(0, first - 1 - WINDOW);
  const last = Math.min(lines.length - 1, first - 1 + WINDOW);
  const region = groupAround(lines, near, last);
  const regionErrors = (trial: string[]) =>
    parse(trial.slice(region.from, region.to).join('\n')).lines.map((line) => line + region.from);
  const before = regionErrors(lines);
  const cascade = before.some((line) => line > first);
  const step = indentStep(lines);

  let best: Candidate | undefined;
  const beaten = (rank: number[]) => best !== undefined && compare(rank, best.rank) >= 0;
  // Ranks are compared best-first, so a change is parsed only when it could still come out on top.
  const consider = (
    index: number,
    text: string,
    explain: boolean,
    errorsOf: (trial: string[]) => number[],
  ) => {
    const trial = [...lines];
    trial[index] = text;
    // Leaving the line's text out is tried too, and wins only when no change of it reads better.
    const fit = explain ? [1, 0, 0] : placement(trial, index, step);
    if (fit === undefined || beaten([0, 0, ...fit])) return;
    const errorsAfter = errorsOf(trial);
    const movedOn = errorsAfter.length === 0 || Math.min(...errorsAfter) > first;
    // An error the change cannot fix stays on its line; the change still counts when it ends
    // the errors that followed from it on the lines after.
    const onlyOwn =
      cascade && errorsAfter.length < before.length && errorsAfter.every((line) => line === first);
    if (!(movedOn && errorsAfter.length <= before.length) && !onlyOwn) return;
    if (beaten([errorsAfter.length, 0, ...fit])) return;
    const whole = errorsAfter.length === 0 ? parse(trial.join('\n')) : undefined;
    // Clean within its group but not in the file: the error comes from elsewhere.
    if (whole && whole.lines.length > 0 && Math.min(...whole.lines) <= first) return;
    const issues = whole ? (whole.lines.length === 0 ? plausibility(whole.data) : UNREADABLE) : 0;
    const rank = [errorsAfter.length, issues, ...fit];
    if (!beaten(rank)) best = { index, text, explain, rank };
  };

  // Nearest the first error first (the lower of two lines as near), so that a good change is
  // found early and prunes the rest; of two changes that rank the same, the first found is kept.
  // A group that reads cleanly on its own is broken by something above it.
  const order = [...Array(last - near + 1).keys()]
    .map((offset) => near + offset)
    .sort((a, b) => Math.abs(a - (first - 1)) - Math.abs(b - (first - 1)) || b - a);
  for (const index of before.length > 0 ? order : []) {
    if (changed.has(index)) continue;
    for (const { text, explain } of variants(lines, index, step))
      consider(index, text, explain, regionErrors);
  }
  // A change that leaves the file unreadable elsewhere is weighed against a stray line further up.
  if (best && best.rank[0] === 0 && (best.rank[1] ?? 0) < UNREADABLE) return best;
  const wholeErrors = (trial: string[]) => parse(trial.join('\n')).lines;
  for (let index = near - 1; index >= 0; index--) {
    if (changed.has(index)) continue;
    const line = lines[index] ?? '';
    for (const text of [...withoutDash(line), ...strayStart(line)])
      consider(index, text, text === '', wholeErrors);
    for (const text of offStep(line, step)) consider(index, text, false, wholeErrors);
  }
  return best;
}

/** The lines from the top-level setting at or above `from` to the next one after `to`. */
function groupAround(lines: string[], from: number, to: number): { from: number; to: number } {
  const topLevel = (line: string | undefined) => line !== undefined && /^[^\s#-]/.test(line);
  let start = from;
  while (start > 0 && !topLevel(lines[start])) start--;
  let end = to + 1;
  while (end < lines.length && !topLevel(lines[end])) end++;
  return { from: start, to: end };
}

/**
 * Other ways line `index` could be written: other indents nearby, spaces for a tab, a space after
 * its colon, no "- "; and, to weigh them against, the line with a plain value, or left out.
 */
function variants(lines: string[], index: number, step: number): { text: string; explain: boolean }[] {
  const shape = lineShape(lines[index] ?? '');
  if (!shape) return [];
  const indents = new Set<number>();
  let previous: LineShape | undefined;
  for (let near = Math.max(0, index - 8); near <= Math.min(lines.length - 1, index + 8); near++) {
    const other = near === index ? undefined : lineShape(lines[near] ?? '');
    if (!other || other.tab) continue;
    indents.add(other.indent);
    if (other.dash) indents.add(other.inner);
    if (near < index) previous = other;
  }
  if (previous?.opens) indents.add((previous.dash ? previous.inner : previous.indent) + step);
  const found = new Set<string>();
  for (const indent of indents)
    if (indent !== shape.indent || shape.tab) found.add(' '.repeat(indent) + shape.body);
  const colon = missingSpace(shape);
  if (colon !== undefined && !shape.tab) {
    const at = shape.indent + colon + 1;
    const line = lines[index] ?? '';
    found.add(`${line.slice(0, at)} ${line.slice(at)}`);
  }
  for (const text of withoutDash(lines[index] ?? '')) found.add(text);
  const key = /^((?:- +)*[A-Za-z_][\w-]*):\s*\S/.exec(shape.body)?.[1];
  const plain = key === undefined ? [] : [`${' '.repeat(shape.indent)}${key}: x`];
  return [
    ...[...found].map((text) => ({ text, explain: false })),
    ...[...plain, ''].map((text) => ({ text, explain: true })),
  ];
}

/** Where a `name:value` line lacks the space after its colon (index into the body), if it does. */
function missingSpace(shape: LineShape): number | undefined {
  const match = /^((?:- +)?[A-Za-z_][\w-]*):(?=[^\s])/.exec(shape.body);
  return match?.[1] ? match[1].length : undefined;
}

/** A group's name indented off the file's step (` campaign:`): the same line on the steps either side. */
function offStep(line: string, step: number): string[] {
  const shape = lineShape(line);
  if (!shape?.opens || shape.tab || shape.indent % step === 0) return [];
  const below = shape.indent - (shape.indent % step);
  return [below, below + step].map((indent) => ' '.repeat(indent) + shape.body);
}

/** A "---" line, which starts a new set of settings: the file without it. */
function strayStart(line: string): string[] {
  return /^---\s*$/.test(line) ? [''] : [];
}

/** A list entry written where a setting belongs: the same line without its "- ". */
function withoutDash(line: string): string[] {
  const match = /^( *)- +(?=\S)/.exec(line);
  return match ? [`${match[1]}${line.slice(match[0].length)}`] : [];
}

/**
 * How well the changed line sits where it now is, as [0, step, group] (the 0 ranks it before
 * leaving the line out): step is 1 when it is not where the file's usual indent step puts it
 * under its group (or beside the first setting of a list entry), group is 1 when it leaves the
 * group of the line above it. Of two changes that both read cleanly, the one that follows the
 * file's own layout is the one the organizer meant. Undefined when the change would make the line
 * part of the text above it, which reads cleanly but is never what was meant: a line is continued
 * by joining it to the line above.
 */
function placement(lines: string[], index: number, step: number): [number, number, number] | undefined {
  const shape = lineShape(lines[index] ?? '');
  if (!shape) return [0, 0, 0];
  let previous: LineShape | undefined;
  for (let before = index - 1; before >= 0; before--) {
    const parent = lineShape(lines[before] ?? '');
    if (!parent || parent.tab) continue;
    previous ??= parent;
    const group =
      previous.indent === shape.indent || (previous.dash && previous.inner === shape.indent) ? 0 : 1;
    if (parent.indent >= shape.indent) continue;
    // Under a list entry, a line lines up with the entry's first setting, or sits inside it when
    // that setting opens a group; deeper than a setting with a value, it would be that value's text.
    const under = parent.dash ? parent.inner : parent.indent;
    if (parent.dash && shape.indent === under) return [0, 0, group];
    if (!parent.opens || shape.indent < under) return undefined;
    return [0, shape.indent === under + step ? 0 : 1, group];
  }
  return [0, shape.indent === 0 ? 0 : 1, 0];
}

/** The file's usual indent step: the commonest distance from a group's name to its first setting. */
function indentStep(lines: string[]): number {
  const counts = new Map<number, number>();
  let previous: LineShape | undefined;
  for (const line of lines) {
    const shape = lineShape(line);
    if (!shape || shape.tab) continue;
    if (previous?.opens && shape.indent > previous.indent) {
      const step = shape.indent - (previous.dash ? previous.inner : previous.indent);
      if (step > 0) counts.set(step, (counts.get(step) ?? 0) + 1);
    }
    previous = shape;
  }
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 2;
}

function compare(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return (a[i] ?? 0) - (b[i] ?? 0);
  return 0;
}

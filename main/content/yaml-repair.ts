import { LineCounter, parseDocument, type YAMLError } from 'yaml';
import { explainYamlErrors } from './yaml-errors';
import { describeRepair } from './yaml-repair-words';
import { bestCandidate, type Parse } from './yaml-repair-search';

/** One line the organizer should change, how, and the words that say so. */
export interface Repair {
  /** 1-based line, and the column the message points at. */
  line: number;
  column: number;
  message: string;
}

/** Scores settings that parse: the lower, the more likely they are what the organizer meant. */
export type Plausibility = (data: unknown) => number;

/** A parse of the whole file: its errors, each with its line, and the settings when there are none. */
export interface Parsed {
  /** The line of each error, in the parser's order. */
  lines: number[];
  errors: readonly YAMLError[];
  text: string;
  counter: LineCounter;
  data: unknown;
}

// A search parses the file some dozens of times; kiosk.yaml is a few kilobytes, and a file far
// larger than that is not one an organizer indents by hand, so it is explained without a search.
const MAX_SEARCH_CHARS = 32 * 1024;
// Parses allowed per search, in characters parsed: about a second at most on a slow laptop, and
// some two hundred parses of the default kiosk.yaml, several times what a mistake usually needs.
const SEARCH_BUDGET_CHARS = 1_000_000;

/** Thrown when a search has parsed as much as it may: the file is then explained as it stands. */
class OverBudget extends Error {}
// Organizers check after an edit or two, so a handful of mistakes at once; more changes than
// this means the search is guessing.
const MAX_REPAIRS = 8;
// Mended settings with more schema issues than this are compared with the file without the
// changed lines: a small test file or a first draft lacks whole groups either way.
const MAX_ISSUES_AFTER = 3;

/**
 * Finds the lines whose indentation (or missing space after a colon) broke the file: the parser
 * reports such a mistake on the line above, or on every correct line after it, so instead each
 * candidate change of one line near the first error is tried, and the change that makes the file
 * read cleanly, and most like the kiosk's settings, is the one reported. When leaving a line out
 * does better than any change of it, that line is wrong in some other way: its own errors are
 * explained, and the search goes on without it, so the errors it caused further down are not
 * reported as if they were mistakes. Returns the problems found and the mended source; when the
 * search cannot mend the whole file, no problems and the source as it was.
 */
export function findRepairs(
  source: string,
  plausibility: Plausibility,
): { repairs: Repair[]; source: string } {
  const untouched = { repairs: [], source };
  if (source.length > MAX_SEARCH_CHARS) return untouched;
  let budget = SEARCH_BUDGET_CHARS;
  const parse: Parse = (text) => {
    budget -= text.length;
    if (budget < 0) throw new OverBudget();
    return parseText(text);
  };
  try {
    return search(source, plausibility, parse) ?? untouched;
  } catch (error) {
    if (error instanceof OverBudget) return untouched;
    throw error;
  }
}

/** The search itself: undefined when it cannot mend the whole file. */
function search(
  source: string,
  plausibility: Plausibility,
  parse: Parse,
): { repairs: Repair[]; source: string } | undefined {
  const lines = source.split('\n');
  const repairs: Repair[] = [];
  const changed = new Set<number>();
  let current = parse(lines.join('\n'));
  while (current.lines.length > 0 && changed.size < MAX_REPAIRS) {
    const best = bestCandidate(lines, current, changed, plausibility, parse);
    if (!best) break;
    repairs.push(
      ...(best.explain
        ? explainLine(current, best.index + 1)
        : [describeRepair(lines, best.index, best.text)]),
    );
    changed.add(best.index);
    lines[best.index] = best.text;
    current = parse(lines.join('\n'));
  }
  // Errors left that no change explains, or settings further from the schema than the file
  // without the changed lines, mean the file was not understood: the changes found on the way
  // were guesses, and none is reported.
  if (current.lines.length > 0) return undefined;
  const issues = plausibility(current.data);
  // A chain of changes that each read cleanly can still be a chain of guesses (every group moved
  // under the one above); only a single change is weighed against the file without it.
  if (issues > MAX_ISSUES_AFTER && changed.size > 1) return undefined;
  if (issues > MAX_ISSUES_AFTER) {
    const without = source.split('\n').map((line, index) => (changed.has(index) ? '' : line));
    const baseline = parse(without.join('\n'));
    if (baseline.lines.length > 0 || issues > plausibility(baseline.data)) return undefined;
  }
  return { repairs, source: lines.join('\n') };
}

/** The errors of one line, explained; or the first error, when the parser put them on another line. */
function explainLine(parsed: Parsed, line: number): Repair[] {
  const own = parsed.errors.filter((_error, index) => parsed.lines[index] === line);
  const errors = own.length > 0 ? own : parsed.errors.slice(0, 1);
  const at = (offset: number) => parsed.counter.linePos(offset);
  return explainYamlErrors(errors, parsed.text, (offset) => at(offset).line).map(({ offset, message }) => ({
    line: at(offset).line,
    column: at(offset).col,
    message,
  }));
}

const parseText: Parse = (text) => {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  const errorLines = doc.errors.map((error) => counter.linePos(error.pos[0]).line);
  let data: unknown = undefined;
  if (errorLines.length === 0) {
    try {
      data = doc.toJS();
    } catch {
      // An alias with no anchor: the file still cannot be used as it stands.
      data = undefined;
    }
  }
  return { lines: errorLines, errors: doc.errors, text, counter, data };
};

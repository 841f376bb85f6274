import { isAlias, isNode, LineCounter, parseDocument, visit, type Document } from 'yaml';
import { explainYamlErrors, markedValue } from './yaml-errors';
import { findRepairs, type Plausibility } from './yaml-repair';

/** A syntax problem of kiosk.yaml at its line and column, in an organizer's words. */
export interface LocatedSyntaxProblem {
  line: number;
  column: number;
  message: string;
}

/**
 * Every syntax problem of a YAML file that does not parse: first the lines whose indentation or
 * missing space caused the errors (each on the line to change, saying what to change), then the
 * errors that remain once those are mended, explained in plain words.
 */
export function yamlSyntaxProblems(source: string, plausibility: Plausibility): LocatedSyntaxProblem[] {
  const { repairs, source: mended } = findRepairs(source, plausibility);
  const counter = new LineCounter();
  const doc = parseDocument(mended, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number) => {
    const { line, col } = counter.linePos(offset);
    return { line, column: col };
  };
  // What is left once the lines are mended is a mistake of its own, even on a mended line. Only
  // the first one is sure: when the search could not mend it, the errors after it follow from it.
  const firstLine = Math.min(...doc.errors.map((error) => at(error.pos[0]).line));
  const first = doc.errors.filter((error) => at(error.pos[0]).line === firstLine);
  // Explained where the mistake is, which may be above the error (a quote opened earlier).
  const remaining = explainYamlErrors(first, mended, (offset) => at(offset).line).map(
    ({ offset, message }) => ({ ...at(offset), message }),
  );
  // A line left out of the search is explained there; the same error may remain in the mended file.
  const seen = new Set<string>();
  return [...repairs, ...remaining]
    .filter(({ line, column }) => !seen.has(`${line}:${column}`) && seen.add(`${line}:${column}`))
    .sort((a, b) => a.line - b.line || a.column - b.column);
}

/**
 * Anchors (`&`), aliases (`*`) and tags (`!`) parse without error but silently change or drop
 * the text that starts with them (`en: *New* campaign`), so each one is reported on its line.
 */
export function yamlMarkProblems(
  doc: Document,
  source: string,
  counter: LineCounter,
): LocatedSyntaxProblem[] {
  const found = new Map<number, LocatedSyntaxProblem>();
  visit(doc, (_key, node) => {
    if (!isNode(node) || !node.range) return;
    if (!isAlias(node) && !node.anchor && !node.tag) return;
    // The mark stands before the value's text; the line is where the organizer looks for it.
    const explained = markedValue(source, node.range[0]);
    const { line, col } = counter.linePos(explained?.offset ?? node.range[0]);
    if (!found.has(line))
      found.set(line, {
        line,
        column: col,
        message:
          explained?.message ??
          'this line uses a mark (&, * or !) that kiosk.yaml reads as something other than text; put the text in quotes.',
      });
  });
  return [...found.values()];
}

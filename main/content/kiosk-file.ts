import { LineCounter, parseDocument } from 'yaml';
import type { z } from 'zod';
import { didYouMean } from './did-you-mean';
import { knownKeys, topLevelGroups } from './kiosk-keys';
import { kioskSchema, type KioskFile } from './kiosk-schema';
import { settingName } from './setting-name';
import type { Problem } from './types';
import { yamlMarkProblems, yamlSyntaxProblems } from './yaml-syntax';
import { checkYamlShape } from './yaml-limits';
import { YamlLocator, type Path } from './yaml-locations';

export const KIOSK_FILE = 'kiosk.yaml';

/** The parsed settings (null when they cannot be used), the problems found, and a way to locate values. */
export interface KioskParse {
  kiosk: KioskFile | null;
  problems: Problem[];
  locate: (path: Path) => { line: number; column: number };
}

type At = { line: number; column: number };
const problem = (at: At, message: string): Problem => ({
  severity: 'error',
  file: KIOSK_FILE,
  ...at,
  message,
});

/** Parses and validates the text of `kiosk.yaml`, reporting every problem with its line and column. */
export function parseKioskFile(source: string): KioskParse {
  // A shape that would overflow the stack or take minutes to read is the file's one problem.
  const shape = checkYamlShape(source);
  if (shape) return { kiosk: null, problems: [problem(shape, shape.message)], locate: () => shape };
  const lines = new LineCounter();
  const doc = parseDocument(source, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const locator = new YamlLocator(doc, lines);
  const failed = (problems: Problem[]): KioskParse => ({
    kiosk: null,
    problems,
    locate: (path) => locator.value(path),
  });

  if (doc.errors.length > 0) {
    return failed(yamlSyntaxProblems(source, plausibility).map(({ message, ...at }) => problem(at, message)));
  }
  const marks = yamlMarkProblems(doc, source, lines);
  if (marks.length > 0) return failed(marks.map(({ message, ...at }) => problem(at, message)));
  const data: unknown = doc.toJS();
  if (data === null || data === undefined) {
    const { required, optional } = topLevelGroups();
    return failed([
      problem(
        { line: 1, column: 1 },
        `this file has no settings; it must have these groups: ${required.join(', ')} (and may have ${optional.join(', ')}). README.md in the content folder shows each of them.`,
      ),
    ]);
  }
  const result = kioskSchema.safeParse(data);
  if (result.success) return { kiosk: result.data, problems: [], locate: (path) => locator.value(path) };
  return failed(describeIssues(result.error.issues, data, source, locator));
}

/**
 * How far settings are from the schema: of two ways to mend a line, the one with fewer issues is
 * meant. A file that is not a group of settings at all is as far as it gets, though zod counts it
 * as one issue.
 */
function plausibility(data: unknown): number {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return Number.MAX_SAFE_INTEGER;
  const issues = kioskSchema.safeParse(data).error?.issues ?? [];
  return issues.reduce((sum, issue) => sum + (issue.code === 'unrecognized_keys' ? issue.keys.length : 1), 0);
}

/** Turns schema issues into problems; a misspelt key is reported once, not also as a missing one. */
function describeIssues(
  issues: z.core.$ZodIssue[],
  data: unknown,
  source: string,
  locator: YamlLocator,
): Problem[] {
  const problems: Problem[] = [];
  const explainedByTypo = new Set<string>();
  for (const issue of issues) {
    if (issue.code !== 'unrecognized_keys') continue;
    const known = knownKeys(issue.path);
    for (const key of issue.keys) {
      const hint = didYouMean(key, known);
      if (hint) explainedByTypo.add(JSON.stringify([...issue.path, hint]));
      problems.push(
        problem(
          locator.key(issue.path, key),
          `${settingName([...issue.path, key])} is not a setting the kiosk knows.${hint ? ` Did you mean "${hint}"?` : ' Check its spelling.'} The settings allowed here are: ${known.join(', ')}.`,
        ),
      );
    }
  }
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys' || explainedByTypo.has(JSON.stringify(issue.path))) continue;
    const found = valueAt(data, issue.path);
    if (found === undefined) {
      problems.push(missing(issue, locator));
      continue;
    }
    const name = issue.path.length > 0 ? settingName(issue.path) : 'the file';
    const at = locator.value(issue.path);
    // A rule about a whole list or group says all there is to say; "found a list" would add nothing.
    const whole = issue.code === 'custom' && typeof found === 'object' && found !== null;
    const tail = found === null ? `; ${emptyHint(source, at)}` : whole ? '.' : `; found ${describe(found)}`;
    problems.push(problem(at, `${name} ${issue.message}${tail}`));
  }
  return problems;
}

/** A required setting that is not there, shown where its group starts, since that is where it goes. */
function missing(issue: z.core.$ZodIssue, locator: YamlLocator): Problem {
  const parent = issue.path.slice(0, -1);
  const key = String(issue.path.at(-1));
  const name = settingName(issue.path);
  const at = parent.length === 0 ? { line: 1, column: 1 } : locator.value(parent);
  const where = parent.length === 0 ? '' : ` to ${settingName(parent)}`;
  if (issue.code === 'invalid_type' && issue.expected === 'object') {
    return problem(
      at,
      `${name} is missing; add the "${key}:" group of settings${where}. README.md in the content folder shows one.`,
    );
  }
  return problem(at, `${name} is missing; add "${key}:"${where}. It ${issue.message}.`);
}

/** Why a value came out empty: most often a colour written without quotes, read as a comment. */
function emptyHint(source: string, at: At): string {
  const line = source.split('\n')[at.line - 1] ?? '';
  return /:\s+#/.test(line)
    ? 'it is empty, because without quotes a # starts a comment. Put the value in quotes, like "#1a5fb4".'
    : 'it is empty.';
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const step of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[step];
  }
  return value;
}

// Says what a value is, in words an organizer reads easily.
function describe(value: unknown): string {
  if (value === null) return 'nothing';
  // A private key pasted by mistake is not printed again on screens and terminals.
  if (typeof value === 'string' && /AGE-SECRET-KEY-/i.test(value)) return 'a private key (not shown)';
  if (typeof value === 'string') return `'${value.length > 60 ? `${value.slice(0, 57)}...` : value}'`;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a group of settings';
  return typeof value;
}

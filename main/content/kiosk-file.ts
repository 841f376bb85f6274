import { LineCounter, parseDocument } from 'yaml';
import { z } from 'zod';
import { didYouMean } from './did-you-mean';
import { kioskSchema, type KioskFile } from './kiosk-schema';
import type { Problem } from './types';
import { YamlLocator, type Path } from './yaml-locations';

export const KIOSK_FILE = 'kiosk.yaml';

/** The parsed settings (null when they cannot be used), the problems found, and a way to locate values. */
export interface KioskParse {
  kiosk: KioskFile | null;
  problems: Problem[];
  locate: (path: Path) => { line: number; column: number };
}

/** Parses and validates the text of `kiosk.yaml`, reporting every problem with its line and column. */
export function parseKioskFile(source: string): KioskParse {
  const lines = new LineCounter();
  const doc = parseDocument(source, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const locator = new YamlLocator(doc, lines);
  const problem = (at: { line: number; column: number }, message: string): Problem => ({
    severity: 'error',
    file: KIOSK_FILE,
    ...at,
    message,
  });

  if (doc.errors.length > 0) {
    const problems = doc.errors.map((error) =>
      problem(locator.at(error.pos[0]), `this is not valid YAML: ${yamlHint(error.code, error.message)}`),
    );
    return { kiosk: null, problems, locate: (path) => locator.value(path) };
  }

  const data: unknown = doc.toJS();
  const result = kioskSchema.safeParse(data ?? {});
  if (result.success) return { kiosk: result.data, problems: [], locate: (path) => locator.value(path) };

  const problems: Problem[] = [];
  for (const issue of result.error.issues) {
    if (issue.code === 'unrecognized_keys') {
      const known = knownKeys(issue.path);
      for (const key of issue.keys) {
        const hint = didYouMean(key, known);
        const name = [...issue.path, key].join('.');
        problems.push(
          problem(
            locator.key(issue.path, key),
            `${name} is not a setting the kiosk knows${hint ? `. Did you mean "${hint}"?` : '.'} Known here: ${known.join(', ')}.`,
          ),
        );
      }
      continue;
    }
    const found = valueAt(data, issue.path);
    const name = issue.path.length > 0 ? issue.path.join('.') : 'the file';
    const tail = found === undefined ? '; it is missing' : `; found ${describe(found)}`;
    problems.push(problem(locator.value(issue.path), `${name} ${issue.message}${tail}`));
  }
  return { kiosk: null, problems, locate: (path) => locator.value(path) };
}

function yamlHint(code: string, message: string): string {
  const first = message.split('\n')[0] ?? message;
  if (code === 'DUPLICATE_KEY') return `${first}. Each setting may appear only once in its group.`;
  if (code === 'TAB_AS_INDENT') return `${first}. Indent with spaces, not tabs.`;
  return `${first}. Check the indentation and the colons on this line and the one above.`;
}

/** The keys the schema allows in the object at `path`, for "did you mean" hints. */
function knownKeys(path: readonly PropertyKey[]): string[] {
  let schema: z.ZodType = kioskSchema;
  for (const step of path) {
    schema = unwrap(schema);
    if (schema instanceof z.ZodObject) schema = (schema.shape as Record<string, z.ZodType>)[String(step)] ?? schema;
    else if (schema instanceof z.ZodArray) schema = schema.element as z.ZodType;
  }
  schema = unwrap(schema);
  return schema instanceof z.ZodObject ? Object.keys(schema.shape) : [];
}

function unwrap(schema: z.ZodType): z.ZodType {
  return schema instanceof z.ZodOptional ? unwrap(schema.unwrap() as z.ZodType) : schema;
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const step of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[step];
  }
  return value;
}

/** Says what a value is, in words an organizer reads easily. */
export function describe(value: unknown): string {
  if (value === null) return 'nothing';
  if (typeof value === 'string') return `'${value.length > 60 ? `${value.slice(0, 57)}...` : value}'`;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a group of settings';
  return typeof value;
}

import type { JournalRecord, SealedRecord } from './types';

/**
 * A cheap check that parsed JSON is a record, clear or sealed; a full schema over 100,000 lines
 * would cost seconds.
 */
export function looksLikeRecord(value: unknown): value is JournalRecord {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Partial<JournalRecord>;
  return record.v === 1 && typeof record.id === 'string' && typeof record.savedAt === 'string';
}

/** Whether a record is sealed: its signup is an age file that only the organizers' key opens. */
export function isSealedRecord(record: JournalRecord): record is SealedRecord {
  // Any `sealed` key counts, so a damaged one is reported when opened, never read as a clear record.
  return Object.hasOwn(record, 'sealed');
}

// Decoding and parsing every line costs ~300 ms for 100,000 records on a small kiosk PC, too slow
// for every start. Lines as the kiosk writes them (compact JSON, `v`, `id`, `savedAt` first, at
// most three levels deep) are instead matched by a regular expression of the JSON grammar, about
// four times faster; any other line takes the slow path through JSON.parse.
const STRING = String.raw`"[^"\\\x00-\x1f]*(?:\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4})[^"\\\x00-\x1f]*)*"`;
const NUMBER = String.raw`-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?`;
const object = (value: string) => String.raw`\{(?:${STRING}:${value}(?:,${STRING}:${value})*)?\}`;
const array = (value: string) => String.raw`\[(?:${value}(?:,${value})*)?\]`;
const scalar = `${STRING}|${NUMBER}|true|false|null`;
const level1 = `(?:${scalar}|${object(`(?:${scalar})`)}|${array(`(?:${scalar})`)})`;
const level2 = `(?:${scalar}|${object(level1)}|${array(level1)})`;
const COMPACT_JSON_OBJECT = new RegExp(`^${object(level2)}$`);
const RECORD_START = /^\{"v":1,"id":"[^"\\]*","savedAt":"/;

/**
 * Whether one journal line (without its line end) is a record, clear or sealed: valid JSON with
 * `v` 1 and string `id` and `savedAt`. Bytes that are not valid UTF-8 inside a string do not make a line bad: the
 * export reads them as U+FFFD, and a contact with one odd letter is still a contact.
 */
export function isRecordLine(line: Buffer): boolean {
  // Latin-1 keeps one character per byte, so JSON's structure reads the same at a fraction of
  // the cost of UTF-8 decoding; bytes of multi-byte characters can only sit inside strings.
  const text = line.toString('latin1');
  if (RECORD_START.test(text) && COMPACT_JSON_OBJECT.test(text)) return true;
  try {
    return looksLikeRecord(JSON.parse(text));
  } catch {
    return false;
  }
}

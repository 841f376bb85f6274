import { parse } from 'csv-parse';
import { parse as parseSync } from 'csv-parse/sync';
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { readJournal } from '../signups/read-journal';
import { looksLikeRecord } from '../signups/record-line';
import type { JournalRecord } from '../signups/types';
import { ALL_FIELDS_HEADERS, recordFromAllFieldsRow } from './all-fields';
import { unguardCell } from './cell-guard';
import { PRESETS } from './presets';
import { errorCode, ExportError } from './write-errors';

/** What a merge input holds: a kiosk's journal, or an "All fields" export. */
export type InputKind = 'journal' | 'all-fields';

/** Where a record or a problem is: a line of a CSV file, or a byte offset of a journal. */
export type Place = { file: string; line: number } | { file: string; offset: number };

/** A merge input that is refused, with the file and line that show why. */
export class InputRefused extends ExportError {
  constructor(
    readonly file: string,
    readonly line: number | null,
    why: string,
  ) {
    super(`${file}${line === null ? '' : `:${line}`}: ${why}`, 'refused');
    this.name = 'InputRefused';
  }
}

const SNIFF_BYTES = 64 * 1024;
const BOM = '\ufeff';
const NOT_EITHER = 'merge takes only kiosk signup journals (signups.jsonl) and "All fields" exports';

function isRecordJson(line: string): boolean {
  try {
    return looksLikeRecord(JSON.parse(line));
  } catch {
    return false;
  }
}

async function firstBytes(file: string): Promise<Buffer> {
  let handle;
  try {
    handle = await open(file, 'r');
  } catch (error) {
    const code = errorCode(error);
    const why =
      code === 'ENOENT'
        ? 'there is no such file'
        : code === 'EISDIR'
          ? 'this is a folder, not a file'
          : `it cannot be read (${code})`;
    throw new InputRefused(file, null, why);
  }
  try {
    const buffer = Buffer.alloc(SNIFF_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, SNIFF_BYTES, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

function describeCsvHeader(file: string, firstLine: string): never {
  let header: string[] = [];
  try {
    header = parseSync(firstLine, { relax_column_count: true, relax_quotes: true })[0] ?? [];
  } catch {
    // not even CSV: said below
  }
  const preset = Object.values(PRESETS).find((p) => p.headers.join() === header.join());
  if (preset) {
    throw new InputRefused(
      file,
      1,
      `this is an export for ${preset.label}, which lacks the record ids and consent wording a merge needs: ${NOT_EITHER}.`,
    );
  }
  throw new InputRefused(file, 1, `this line is not the header of an "All fields" export: ${NOT_EITHER}.`);
}

/**
 * What kind of input `file` is, from its first line, before anything is merged. Refuses (with
 * InputRefused) a file that is neither a journal nor an "All fields" export.
 */
export async function sniffInput(file: string): Promise<InputKind> {
  const bytes = await firstBytes(file);
  if (bytes.length === 0) {
    if (file.endsWith('.jsonl')) return 'journal'; // a kiosk that took no signup yet
    throw new InputRefused(file, null, `the file is empty: ${NOT_EITHER}.`);
  }
  if (bytes.subarray(0, 4).equals(Buffer.from('PK\x03\x04', 'latin1'))) {
    throw new InputRefused(file, null, `this is a spreadsheet workbook (.xlsx), not CSV: ${NOT_EITHER}.`);
  }
  let text = bytes.toString('utf8');
  if (text.startsWith(BOM)) text = text.slice(1);
  const lines = text.split('\n');
  if (bytes.length === SNIFF_BYTES) lines.pop(); // perhaps cut short by the sniff
  const firstLine = (lines[0] ?? '').replace(/\r$/, '');
  if (firstLine.trimStart().startsWith('{')) {
    // A kiosk's own journal may have a damaged first line (reported and skipped later); a file
    // with no signup record near its start is something else.
    if (lines.some(isRecordJson)) return 'journal';
    throw new InputRefused(
      file,
      1,
      `this line is not a signup record, nor are the lines after it: ${NOT_EITHER}.`,
    );
  }
  if (firstLine === ALL_FIELDS_HEADERS.join(',')) return 'all-fields';
  return describeCsvHeader(file, firstLine);
}

/** Reports a skipped line of a journal (torn or not a record): where, and why. */
export type BadLine = (place: Place, why: string) => void;

async function* journalInput(file: string, onBadLine: BadLine) {
  for await (const entry of readJournal(file)) {
    const place = { file, offset: entry.offset };
    if ('bad' in entry) onBadLine(place, entry.torn ? 'the line was cut short' : 'not a signup record');
    else yield { record: 'record' in entry ? entry.record : entry.sealed, place };
  }
}

const lineBreaks = (cells: readonly string[]) =>
  cells.reduce((sum, cell) => sum + (cell.match(/\r\n|\r|\n/g)?.length ?? 0), 0);

// csv-parse counts a CRLF inside a quoted cell as two lines, so lines are counted here: each
// row starts on the line after the previous row's last line.
async function* csvInput(file: string) {
  const parser = createReadStream(file).pipe(parse({ bom: true, relax_column_count: true }));
  let line = 1;
  let header = true;
  try {
    for await (const cells of parser as AsyncIterable<string[]>) {
      const start = line;
      line += 1 + lineBreaks(cells);
      if (cells.length === 1 && cells[0] === '') continue; // an empty line
      if (header) {
        header = false;
        if (cells.join() !== ALL_FIELDS_HEADERS.join()) {
          throw new InputRefused(
            file,
            start,
            `this line is not the header of an "All fields" export: ${NOT_EITHER}.`,
          );
        }
        continue;
      }
      const record = recordFromAllFieldsRow(cells.map(unguardCell));
      if ('problem' in record)
        throw new InputRefused(file, start, `this row cannot be read: ${record.problem}.`);
      yield { record, place: { file, line: start } };
    }
  } catch (error) {
    if (error instanceof InputRefused) throw error;
    const code = (error as { code?: string }).code ?? '';
    if (code.startsWith('CSV_') || code === 'INVALID_OPENING_QUOTE') {
      throw new InputRefused(
        file,
        line,
        'the CSV breaks on this row: a quote (") is not closed, or a stray quote sits inside a cell.',
      );
    }
    throw new InputRefused(file, null, `it could not be read to the end (${code || 'unknown error'}).`);
  } finally {
    parser.destroy();
  }
}

/** The records of one input (a journal's may be sealed), in file order, with where each is. */
export function inputRecords(
  file: string,
  kind: InputKind,
  onBadLine: BadLine,
): AsyncGenerator<{ record: JournalRecord; place: Place }> {
  return kind === 'journal' ? journalInput(file, onBadLine) : csvInput(file);
}

/**
 * Line numbers of byte offsets in `file`, in one pass: journal places are offsets, and only the
 * few that get reported are turned into lines.
 */
export async function linesAt(file: string, offsets: Iterable<number>): Promise<Map<number, number>> {
  const wanted = [...new Set(offsets)].sort((a, b) => a - b);
  const lines = new Map<number, number>();
  if (wanted.length === 0) return lines;
  let line = 1;
  let position = 0;
  let next = 0;
  for await (const chunk of createReadStream(file) as AsyncIterable<Buffer>) {
    for (let k = chunk.indexOf(0x0a); k !== -1 && next < wanted.length; k = chunk.indexOf(0x0a, k + 1)) {
      // An offset up to its line's newline is on that line.
      while (next < wanted.length && wanted[next]! <= position + k) lines.set(wanted[next++]!, line);
      line++;
    }
    position += chunk.length;
    if (next >= wanted.length) break;
  }
  for (; next < wanted.length; next++) lines.set(wanted[next]!, line);
  return lines;
}

import { stringify } from 'csv-stringify/sync';
import type { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { guardCell } from './cell-guard';

// RFC 4180: comma-separated, CRLF after each row, a cell with a comma, quote or line break in
// double quotes and its quotes doubled. csv-stringify quotes a cell holding a lone CR or LF only
// when asked (it looks for the whole CRLF), and Excel splits the row at either, hence
// `quoted_match`. The byte-order mark is what makes Excel read the file as UTF-8, accents intact.
const OPTIONS = { record_delimiter: 'windows', quoted_match: /[\r\n]/ } as const;
const BOM = '\ufeff';

// Rows go to csv-stringify a hundred at a time (about 50 KB of text): its stream API costs two
// to four times as much per row (100,000 rows: ~4 s against ~1 s), and small batches keep the
// memory waiting for the disk small.
const BATCH = 100;

async function* csvText(headers: readonly string[], rows: AsyncIterable<readonly string[]>) {
  yield BOM + stringify([headers.map(guardCell)], OPTIONS);
  let batch: string[][] = [];
  for await (const row of rows) {
    batch.push(row.map(guardCell));
    if (batch.length === BATCH) {
      yield stringify(batch, OPTIONS);
      batch = [];
    }
  }
  if (batch.length) yield stringify(batch, OPTIONS);
}

/**
 * Writes a header and rows to `out` as CSV, streaming, so memory stays flat however many rows
 * there are. Every cell, in every preset, goes through the formula guard (cell-guard.ts).
 */
export async function writeCsv(
  out: Writable,
  headers: readonly string[],
  rows: AsyncIterable<readonly string[]>,
): Promise<void> {
  await pipeline(csvText(headers, rows), out);
}

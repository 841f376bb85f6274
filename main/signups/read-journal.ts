import { createReadStream } from 'node:fs';
import { isSealedRecord, looksLikeRecord } from './record-line';
import type { SealedRecord, SignupRecord } from './types';

/** One line of the journal file, without its line end. */
export interface JournalLine {
  /** The line's bytes; only the first MAX_LINE of a longer line, which cannot be a record anyway. */
  bytes: Buffer;
  /** Where the line starts in the file. */
  offset: number;
  /** The line's full length in bytes. */
  length: number;
  /** No line end followed it: the last write was cut short. */
  torn: boolean;
}

/**
 * A journal line read back: a record in clear, a sealed record (opened with `openSealedRecord`
 * and the organizers' identity), or a line that is not a record (`torn` when it was cut short).
 */
export type JournalEntry =
  | { record: SignupRecord; offset: number }
  | { sealed: SealedRecord; offset: number }
  | { bad: string; offset: number; torn: boolean };

const CHUNK = 1 << 20;
const MAX_LINE = 1 << 20;
const NEWLINE = 0x0a;

/**
 * The journal's lines in batches, one per megabyte read, so memory stays flat however long the
 * file grows and a 100,000-line journal costs one promise per megabyte, not per line. Empty lines
 * are skipped.
 */
export async function* readJournalLines(path: string): AsyncGenerator<JournalLine[]> {
  let pending: Buffer[] = [];
  let kept = 0; // bytes of the unfinished line held in memory, at most MAX_LINE
  let length = 0; // the unfinished line's whole length
  let lineStart = 0;
  let chunkStart = 0;
  const hold = (piece: Buffer) => {
    const room = MAX_LINE - kept;
    if (room > 0) pending.push(piece.length > room ? piece.subarray(0, room) : piece);
    kept += Math.min(room, piece.length);
    length += piece.length;
  };
  for await (const chunk of createReadStream(path, { highWaterMark: CHUNK }) as AsyncIterable<Buffer>) {
    const batch: JournalLine[] = [];
    let from = 0;
    for (let end = chunk.indexOf(NEWLINE); end !== -1; end = chunk.indexOf(NEWLINE, from)) {
      let line = { bytes: chunk.subarray(from, end), offset: lineStart, length: end - from, torn: false };
      if (length > 0) {
        hold(line.bytes);
        line = { ...line, bytes: Buffer.concat(pending), length };
        pending = [];
        kept = length = 0;
      }
      if (line.length > 0) batch.push(line);
      from = end + 1;
      lineStart = chunkStart + from;
    }
    // Copied, so an unfinished line does not pin the whole megabyte chunk.
    if (from < chunk.length) hold(Buffer.from(chunk.subarray(from)));
    chunkStart += chunk.length;
    if (batch.length) yield batch;
  }
  if (length > 0) yield [{ bytes: Buffer.concat(pending), offset: lineStart, length, torn: true }];
}

/**
 * Every line of the journal at `path`, in order: `{ record }` for a signup in clear, `{ sealed }`
 * for a sealed one, `{ bad, offset }` for a line that is not a record. The recovery at start
 * reads the journal through the same line reader.
 */
export async function* readJournal(path: string): AsyncGenerator<JournalEntry> {
  for await (const batch of readJournalLines(path)) {
    for (const { bytes, offset, length, torn } of batch) {
      const text = bytes.toString('utf8');
      let value: unknown;
      try {
        value = torn || length > bytes.length ? undefined : JSON.parse(text);
      } catch {
        // not JSON: a bad line
      }
      if (!looksLikeRecord(value)) yield { bad: text, offset, torn };
      else yield isSealedRecord(value) ? { sealed: value, offset } : { record: value, offset };
    }
  }
}

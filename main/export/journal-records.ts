import { readJournalLines } from '../signups/read-journal';
import { looksLikeRecord } from '../signups/record-line';
import type { JournalRecord } from '../signups/types';

/** Where an earlier export stopped reading (its audit line's mark). */
export interface Mark {
  lastRecordId: string | null;
  lastSavedAt: string | null;
}

/** What reading the journal met, filled in as the records stream by. */
export interface JournalTally {
  /** Lines that are not records (torn or corrupt): skipped. */
  badLines: number;
  /** Repeated lines of one signup (a save retried after an error reached the disk twice): skipped. */
  duplicates: number;
  /**
   * How "since the last export" found its place: by the last record's id, or by time when that
   * record is no longer in the journal (journal replaced); null when exporting everything.
   */
  sinceBy: 'record' | 'time' | null;
}

/** A fresh tally. */
export const newTally = (): JournalTally => ({ badLines: 0, duplicates: 0, sinceBy: null });

// A retry re-saves the same record id right after the failed save (the same visitor, still at
// the form), so repeats are always close together: remembering the last few thousand ids finds
// them while memory stays flat, however long the journal.
const RECENT = 4096;

class RecentIds {
  private readonly ids = new Set<string>();
  private readonly order: string[] = [];
  /** Remembers `id`; answers whether it was already among the recent ones. */
  seen(id: string): boolean {
    if (this.ids.has(id)) return true;
    this.ids.add(id);
    this.order.push(id);
    if (this.order.length > RECENT) this.ids.delete(this.order.shift()!);
    return false;
  }
}

/** The byte offset of the record with this id, or null. Matches bytes first: no JSON parse per line. */
export async function findRecordOffset(file: string, id: string): Promise<number | null> {
  const needle = Buffer.from(`"id":${JSON.stringify(id)}`);
  let found: number | null = null;
  for await (const batch of readJournalLines(file)) {
    for (const line of batch) {
      if (line.torn || !line.bytes.includes(needle)) continue;
      try {
        if ((JSON.parse(line.bytes.toString('utf8')) as { id?: unknown }).id === id) found = line.offset;
      } catch {
        // not a record
      }
    }
  }
  return found;
}

/** A journal record with the exact bytes of its line (without the line end). */
export interface JournalLineRecord {
  record: JournalRecord;
  bytes: Buffer;
}

function parsed(bytes: Buffer, length: number, torn: boolean): JournalRecord | null {
  if (torn || length > bytes.length) return null;
  try {
    const value: unknown = JSON.parse(bytes.toString('utf8'));
    return looksLikeRecord(value) ? value : null;
  } catch {
    return null;
  }
}

/**
 * The journal's records (in clear or sealed) in order, after `mark` when given, each signup once,
 * each with its line's bytes (a sealed copy is written byte for byte). Bad lines are skipped and
 * counted in `tally`, never thrown.
 */
export async function* journalLineRecords(
  file: string,
  mark: Mark | null,
  tally: JournalTally,
): AsyncGenerator<JournalLineRecord> {
  let after = -1;
  let afterTime = -Infinity;
  if (mark?.lastRecordId) {
    const offset = await findRecordOffset(file, mark.lastRecordId);
    if (offset !== null) {
      after = offset;
      tally.sinceBy = 'record';
    } else {
      afterTime = mark.lastSavedAt ? Date.parse(mark.lastSavedAt) : -Infinity;
      tally.sinceBy = 'time';
    }
  } else if (mark) {
    tally.sinceBy = 'record'; // the last export read no record: everything is new
  }
  const recent = new RecentIds();
  for await (const batch of readJournalLines(file)) {
    for (const { bytes, offset, length, torn } of batch) {
      const record = parsed(bytes, length, torn);
      if (!record) {
        tally.badLines++;
        continue;
      }
      if (recent.seen(record.id)) {
        tally.duplicates++;
        continue;
      }
      const newer = afterTime === -Infinity || Date.parse(record.savedAt) > afterTime;
      if (offset > after && newer) yield { record, bytes };
    }
  }
}

/**
 * The journal's records (in clear or sealed) in order, after `mark` when given, each signup once.
 * Bad lines are skipped and counted in `tally`, never thrown.
 */
export async function* journalRecords(
  file: string,
  mark: Mark | null,
  tally: JournalTally,
): AsyncGenerator<JournalRecord> {
  for await (const { record } of journalLineRecords(file, mark, tally)) yield record;
}

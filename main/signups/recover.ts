import { createHash } from 'node:crypto';
import { open, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { DiskError } from './disk-errors';
import { fsyncDir, makePrivateDir, writeNewFile } from './durable';
import { readJournalLines, type JournalLine } from './read-journal';
import { isRecordLine } from './record-line';

/** What checking the journal found and did. */
export interface RecoveryReport {
  /** Good records in the journal. */
  count: number;
  /** Where a torn last line was cut off, or null when the journal ended cleanly. */
  tornAt: number | null;
  /** Lines that are not records: left in place, skipped, not counted. */
  corrupt: number;
  /** Files this check newly wrote to `recovered/` (a line already kept there is not copied again). */
  keptAside: string[];
}

const TORN_WHY =
  'The last line had no line end: the kiosk stopped (power cut or crash) while writing it. ' +
  'It was never confirmed to the visitor, and was cut from the journal; these are its bytes.';
const CORRUPT_WHY =
  'This line is not a signup record (not readable JSON, or without v, id and savedAt). ' +
  'It stays in the journal, where the kiosk skips it; this is a copy for staff to look at.';

/** Where recovered lines go: `recovered/` beside the journal. */
export const recoveredDir = (file: string) => join(dirname(file), 'recovered');

// Named by offset and content, so the same line found again on the next start is not copied twice.
async function keepAside(file: string, line: JournalLine, why: string): Promise<string | null> {
  const dir = recoveredDir(file);
  const hash = createHash('sha256').update(line.bytes).digest('hex').slice(0, 12);
  const name = join(dir, `${basename(file)}.${line.offset}-${hash}`);
  await makePrivateDir(dir);
  const note = [
    `File: ${file}`,
    `Byte offset: ${line.offset}`,
    `Length: ${line.length} bytes${line.length > line.bytes.length ? ` (only the first ${line.bytes.length} kept)` : ''}`,
    `Found: ${new Date().toISOString()}`,
    `Why: ${why}`,
    `The line itself is in ${basename(name)}.line`,
    '',
  ].join('\n');
  // The note first: a crash between the two leaves no .line, so the next start writes both again.
  await writeNewFile(`${name}.note.txt`, note, 'w');
  const wrote = await writeNewFile(`${name}.line`, line.bytes);
  await fsyncDir(dir);
  return wrote ? `${name}.line` : null;
}

async function cutAt(file: string, offset: number): Promise<void> {
  const handle = await open(file, 'r+');
  try {
    await handle.truncate(offset);
    await handle.datasync();
  } finally {
    await handle.close();
  }
}

/**
 * Checks the journal at `file` by streaming it: counts the records, cuts off a torn last line and
 * keeps copies of bad lines in `recovered/`. A bad line never stops the kiosk. A missing file is
 * an empty journal.
 */
export async function recoverJournal(file: string, log: (line: string) => void): Promise<RecoveryReport> {
  const report: RecoveryReport = { count: 0, tornAt: null, corrupt: 0, keptAside: [] };
  const kept = (path: string | null) => path && report.keptAside.push(path);
  const info = await stat(file).catch((error: NodeJS.ErrnoException) =>
    error.code === 'ENOENT' ? null : Promise.reject(error),
  );
  if (!info) return report;
  // A device such as /dev/null would take every signup and keep none (and reads without end).
  if (!info.isFile()) {
    throw new DiskError(
      `${file} is not a regular file: move it out of the way so the kiosk can start a new journal.`,
      'ENOTFILE',
    );
  }
  for await (const batch of readJournalLines(file)) {
    for (const line of batch) {
      if (line.torn) {
        kept(await keepAside(file, line, TORN_WHY));
        // Only once the fragment is safely aside is it cut from the journal.
        await cutAt(file, line.offset);
        report.tornAt = line.offset;
        log(`${basename(file)}: cut an unfinished last line at byte ${line.offset}; a copy is in recovered/`);
      } else if (isRecordLine(line.bytes)) {
        report.count++;
      } else {
        report.corrupt++;
        kept(await keepAside(file, line, CORRUPT_WHY));
      }
    }
  }
  if (report.corrupt) {
    log(
      `${basename(file)}: skipped ${report.corrupt} line(s) that are not signup records; copies are in recovered/`,
    );
  }
  return report;
}

import { constants } from 'node:fs';
import { open, rename, rm, stat, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import { diskError } from './disk-errors';
import { fsyncDir } from './durable';
import { JOURNAL_NAME } from './journal';
import { readJournalLines, type JournalLine } from './read-journal';
import { isSealedRecord, looksLikeRecord } from './record-line';
import { createSealer, type Sealer } from './seal';
import { bytesSealer, keepAsideSealed, sealRecoveredFiles, type SealBytes } from './seal-aside';

/** What sealing a data folder did. */
export interface SealReport {
  /** The journal's path. */
  file: string;
  /** Clear signups now sealed. */
  sealed: number;
  /** Signups that were sealed already, left as they were. */
  alreadySealed: number;
  /** Lines that were not signups (damaged, or cut short): moved, sealed, into `recovered/`. */
  setAside: number;
  /** Clear files in `recovered/` now sealed. */
  recoveredSealed: number;
}

/** Sealing stopped; `done` is what was sealed before it did (null: the journal is unchanged). */
export class SealJournalError extends Error {
  override name = 'SealJournalError';
  constructor(
    message: string,
    readonly done: SealReport | null,
  ) {
    super(message);
  }
}

const NOT_A_RECORD =
  'This line was in the journal but is not a signup record (not readable JSON, or cut short). ' +
  'npm run seal moved it out of the journal, sealed, so no visitor detail stays readable.';
const TRIES = 3;

interface Pass {
  sealed: number;
  alreadySealed: number;
  aside: JournalLine[];
  end: number;
}

// Writes every record of `file` to `out`, sealed, and collects the lines that are not records.
async function rewrite(file: string, out: FileHandle, sealer: Sealer): Promise<Pass> {
  const pass: Pass = { sealed: 0, alreadySealed: 0, aside: [], end: 0 };
  for await (const batch of readJournalLines(file)) {
    // Sealed all at once, batch by batch: the key work of each record runs on Node's thread pool.
    const lines: Promise<string>[] = [];
    for (const line of batch) {
      pass.end = line.offset + line.length + (line.torn ? 0 : 1);
      const text = line.bytes.toString('utf8');
      let value: unknown;
      try {
        value = line.torn || line.length > line.bytes.length ? undefined : JSON.parse(text);
      } catch {
        value = undefined;
      }
      if (!looksLikeRecord(value)) pass.aside.push(line);
      else if (isSealedRecord(value)) {
        pass.alreadySealed++;
        lines.push(Promise.resolve(text));
      } else {
        pass.sealed++;
        lines.push(sealer.seal(value).then((sealed) => JSON.stringify(sealed)));
      }
    }
    if (lines.length) await out.writeFile(`${(await Promise.all(lines)).join('\n')}\n`);
  }
  return pass;
}

/** What sealJournal needs. */
export interface SealJournalOptions {
  dataDir: string;
  /** The age public keys to seal to (`sealTo`). */
  recipients: readonly string[];
}

/**
 * Seals, in place, the clear signups of `<dataDir>/signups.jsonl` to `recipients`: every line is
 * written sealed to a new file that is flushed, then renamed over the journal (and the folder
 * flushed), so a crash at any moment leaves either the old journal or the new one, whole. Lines
 * that are not records go sealed to `recovered/`, and clear fragments already there are sealed
 * too. Refuses, changing nothing, when the journal keeps growing under it (a kiosk saving).
 */
export async function sealJournal({ dataDir, recipients }: SealJournalOptions): Promise<SealReport> {
  const file = join(dataDir, JOURNAL_NAME);
  // Both throw on a bad key, before anything is read or written.
  const sealer = createSealer(recipients);
  const sealBytes = bytesSealer(recipients);
  const report: SealReport = { file, sealed: 0, alreadySealed: 0, setAside: 0, recoveredSealed: 0 };
  const before = await stat(file).catch((error: NodeJS.ErrnoException) =>
    error.code === 'ENOENT' ? null : Promise.reject(error),
  );
  if (before && !before.isFile()) throw new SealJournalError(`${file} is not a regular file.`, null);
  try {
    if (before) Object.assign(report, await replaceJournal(file, sealer, sealBytes));
  } catch (error) {
    throw error instanceof SealJournalError
      ? error
      : new SealJournalError(diskError(error, dataDir).message, null);
  }
  try {
    report.recoveredSealed = await sealRecoveredFiles(file, sealBytes);
  } catch (error) {
    throw new SealJournalError(diskError(error, dataDir).message, report);
  }
  return report;
}

async function replaceJournal(file: string, sealer: Sealer, sealBytes: SealBytes) {
  const temp = `${file}.sealing`;
  for (let attempt = 0; attempt < TRIES; attempt++) {
    const before = await stat(file);
    // Only sealed lines ever go into the new file, so a leftover from a crashed run holds nothing clear.
    const out = await open(temp, constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC, 0o600);
    let pass: Pass;
    try {
      pass = await rewrite(file, out, sealer);
      await out.sync();
    } finally {
      await out.close();
    }
    const old = await open(file, 'r');
    try {
      const after = await old.stat();
      if (after.ino !== before.ino || after.size !== before.size || pass.end !== after.size) {
        await rm(temp, { force: true });
        continue; // a kiosk saved meanwhile: read it all again
      }
      for (const line of pass.aside) await keepAsideSealed(file, line, NOT_A_RECORD, sealBytes);
      await rename(temp, file);
      await fsyncDir(join(file, '..'));
      pass.sealed += await carryOver(old, pass.end, file, sealer);
    } finally {
      await old.close();
    }
    return { sealed: pass.sealed, alreadySealed: pass.alreadySealed, setAside: pass.aside.length };
  }
  throw new SealJournalError(
    `${file} kept changing while it was being sealed (a kiosk is saving to it): stop the kiosk, then run npm run seal again.`,
    null,
  );
}

// A kiosk that saved in the moment between the last check and the rename wrote to the old file,
// which nobody would read again: its whole lines go, sealed, onto the new journal. Answers how
// many clear signups that sealed.
async function carryOver(old: FileHandle, from: number, file: string, sealer: Sealer): Promise<number> {
  const { size } = await old.stat();
  if (size <= from) return 0;
  const tail = Buffer.alloc(size - from);
  await old.read(tail, 0, tail.length, from);
  const lines = tail.toString('utf8').split('\n').slice(0, -1);
  const out: string[] = [];
  let sealed = 0;
  for (const text of lines) {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      continue;
    }
    if (!looksLikeRecord(value)) continue;
    if (isSealedRecord(value)) out.push(text);
    else {
      out.push(JSON.stringify(await sealer.seal(value)));
      sealed++;
    }
  }
  if (out.length === 0) return 0;
  const handle = await open(file, 'a');
  try {
    await handle.writeFile(`${out.join('\n')}\n`);
    await handle.sync();
  } finally {
    await handle.close();
  }
  return sealed;
}

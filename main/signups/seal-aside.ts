import { createHash } from 'node:crypto';
import { appendFile, readdir, readFile, rm } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { armor, Encrypter } from 'age-encryption';
import { fsyncDir, makePrivateDir, writeNewFile } from './durable';
import type { JournalLine } from './read-journal';
import { recoveredDir } from './recover';

/** Seals any bytes (a line that is not a record, a recovered fragment) as one armored age file. */
export type SealBytes = (bytes: Uint8Array) => Promise<string>;

/** A SealBytes for `recipients` (age public keys). */
export function bytesSealer(recipients: readonly string[]): SealBytes {
  const encrypter = new Encrypter();
  for (const recipient of recipients) encrypter.addRecipient(recipient);
  return async (bytes) => armor.encode(await encrypter.encrypt(bytes));
}

const SEALED_NOTE =
  'Sealed by npm run seal: the line is now in the .line.age file beside this note, readable only ' +
  "with the organizers' identity (age -d -i IDENTITY FILE.line.age).";

/**
 * Keeps a journal line that is not a record in `recovered/`, sealed, under the name the start-up
 * recovery would give it, with a note saying why. Written and flushed before the caller drops the
 * line from the journal.
 */
export async function keepAsideSealed(
  journalFile: string,
  line: JournalLine,
  why: string,
  seal: SealBytes,
): Promise<void> {
  const dir = recoveredDir(journalFile);
  const hash = createHash('sha256').update(line.bytes).digest('hex').slice(0, 12);
  const name = join(dir, `${basename(journalFile)}.${line.offset}-${hash}`);
  await makePrivateDir(dir);
  const note = [
    `File: ${journalFile}`,
    `Byte offset: ${line.offset}`,
    `Length: ${line.length} bytes`,
    `Found: ${new Date().toISOString()}`,
    `Why: ${why}`,
    SEALED_NOTE,
    '',
  ].join('\n');
  await writeNewFile(`${name}.note.txt`, note, 'w');
  await writeNewFile(`${name}.line.age`, await seal(line.bytes), 'w');
  await fsyncDir(dir);
}

/**
 * Seals every clear `.line` file in `<dataDir>/recovered/` (fragments a clear kiosk kept after a
 * crash may hold a visitor's details) into `.line.age`, then deletes the clear file. The sealed
 * copy is on disk before the clear one goes, so a crash in between loses nothing. Answers how many.
 */
export async function sealRecoveredFiles(journalFile: string, seal: SealBytes): Promise<number> {
  const dir = recoveredDir(journalFile);
  const names = await readdir(dir).catch((error: NodeJS.ErrnoException) =>
    error.code === 'ENOENT' ? [] : Promise.reject(error),
  );
  let sealed = 0;
  for (const name of names.filter((entry) => entry.endsWith('.line'))) {
    const path = join(dir, name);
    await writeNewFile(`${path}.age`, await seal(await readFile(path)), 'w');
    await fsyncDir(dir);
    await rm(path);
    const note = join(dir, name.replace(/\.line$/, '.note.txt'));
    await appendFile(note, `${SEALED_NOTE}\n`, { mode: 0o600 }).catch(() => {});
    sealed++;
  }
  if (sealed > 0) await fsyncDir(dir);
  return sealed;
}

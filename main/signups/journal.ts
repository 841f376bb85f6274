import { constants } from 'node:fs';
import { open, stat, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import { DiskError, diskError } from './disk-errors';
import { fsyncDir, makePrivateDir } from './durable';
import { recoverJournal, type RecoveryReport } from './recover';
import type { JournalRecord } from './types';

/** The journal's file name inside the data folder. */
export const JOURNAL_NAME = 'signups.jsonl';

/**
 * The append-only signup journal: one JSON line per record (in clear, or sealed by the caller
 * before it gets here), each on disk before it is acknowledged.
 */
export interface Journal {
  /** The journal's path. */
  readonly file: string;
  /** What the check at open found and did. */
  readonly recovery: RecoveryReport;
  /** Good records in the journal. */
  count(): number;
  /**
   * Writes the record and flushes it to disk; resolves only once it is there. Rejects with a
   * DiskError whose message tells staff what happened and what to do; the record is then not in
   * the journal, so a retry cannot save it twice.
   */
  append(record: JournalRecord): Promise<void>;
  /** Waits for pending appends, then lets go of the file. */
  close(): Promise<void>;
}

/** Options of openJournal. */
export interface JournalOptions {
  /** Lines for the kiosk's log; never carry anything a visitor typed. */
  log?: (line: string) => void;
}

const APPEND = constants.O_WRONLY | constants.O_APPEND;

/**
 * Opens `<dataDir>/signups.jsonl`, creating the folder (0700) and file (0600) as needed, after
 * checking it: a torn last line is cut and kept aside, bad lines are copied aside and skipped.
 * Rejects with a DiskError when the folder cannot be used.
 */
export async function openJournal(
  dataDir: string,
  { log = () => {} }: JournalOptions = {},
): Promise<Journal> {
  const file = join(dataDir, JOURNAL_NAME);
  let handle: FileHandle | null = null;
  let identity = { dev: -1, ino: -1 };
  let size = 0;
  let count = 0;
  let queue: Promise<unknown> = Promise.resolve();
  let closed = false;

  // Recovery runs at every (re)open, so whatever a failure or another hand left at the end of
  // the file is cut and kept aside before a new line goes after it.
  const reopen = async (): Promise<RecoveryReport> => {
    const report = await recoverJournal(file, log);
    let created = true;
    const next = await open(file, APPEND | constants.O_CREAT | constants.O_EXCL, 0o600).catch((error) => {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      created = false;
      return open(file, APPEND);
    });
    try {
      if (created) await fsyncDir(dataDir);
      const info = await next.stat();
      identity = { dev: info.dev, ino: info.ino };
      size = info.size;
    } catch (error) {
      await next.close().catch(() => {});
      throw error;
    }
    handle = next;
    count = report.count;
    return report;
  };

  // A journal deleted or replaced behind the kiosk's back must not keep receiving records into a
  // file nobody will read: one stat per append notices it.
  const stillOurs = async (): Promise<boolean> => {
    const info = await stat(file).catch(() => null);
    return info !== null && info.dev === identity.dev && info.ino === identity.ino && info.size === size;
  };

  const write = async (line: Buffer): Promise<void> => {
    try {
      if (handle && !(await stillOurs())) {
        await handle.close().catch(() => {});
        handle = null;
      }
      if (!handle) await reopen();
    } catch (error) {
      throw diskError(error, dataDir);
    }
    const current = handle!;
    try {
      const { bytesWritten } = await current.write(line, 0, line.length, null);
      // A short write means the disk filled up partway through the line.
      if (bytesWritten !== line.length) throw Object.assign(new Error('short write'), { code: 'ENOSPC' });
      await current.datasync();
      size += line.length;
      count++;
    } catch (error) {
      // Cut back any part of the line, so the retry the visitor is told to make cannot leave two.
      await current.truncate(size).catch(() => {});
      handle = null;
      await current.close().catch(() => {});
      throw diskError(error, dataDir);
    }
  };

  let recovery: RecoveryReport;
  try {
    await makePrivateDir(dataDir);
    recovery = await reopen();
  } catch (error) {
    throw diskError(error, dataDir);
  }

  return {
    file,
    recovery,
    count: () => count,
    append(record) {
      if (closed)
        return Promise.reject(new DiskError('The signup journal is closed: restart the kiosk.', 'ECLOSED'));
      const line = Buffer.from(`${JSON.stringify(record)}\n`, 'utf8');
      const done = queue.then(() => write(line));
      queue = done.catch(() => {});
      return done;
    },
    async close() {
      closed = true;
      await queue;
      await handle?.close().catch(() => {});
      handle = null;
    },
  };
}

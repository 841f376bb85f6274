import { randomBytes } from 'node:crypto';
import { open, readFile, rm, statfs } from 'node:fs/promises';
import { join } from 'node:path';
import { fsyncDir } from '../signups/durable';

/** Signups the data folder must have room for before the doors open. */
export const SIGNUPS_AHEAD = 10_000;
// A sealed signup takes about 2 KB on disk (a clear one about 1 KB); twice that leaves room for
// the log, the analytics and exports into the data folder.
const BYTES_PER_SIGNUP = 4096;

const code = (error: unknown) => (error as NodeJS.ErrnoException).code ?? String(error);

/** Why a folder cannot be written, in plain words, with what to do. */
function writeProblem(error: unknown, dir: string): string {
  switch (code(error)) {
    case 'ENOENT':
      return `${dir} does not exist. Check the path, or start the kiosk once to create it.`;
    case 'EACCES':
    case 'EPERM':
      return `This user may not write in ${dir}. Choose a folder of the kiosk's own user.`;
    case 'EROFS':
      return `${dir} is read-only. If it is on a USB stick, slide its lock switch off, or choose another folder.`;
    case 'ENOSPC':
    case 'EDQUOT':
      return `${dir} is full. Free some space on that disk.`;
    default:
      return `The kiosk could not write and flush a test file in ${dir} (${code(error)}). Check the disk.`;
  }
}

/**
 * Writes a small test file in `dir`, flushes it and its folder entry to the disk (fsync), reads
 * it back and removes it: what saving a signup needs. Null when all went well, else what is wrong.
 */
export async function probeWrite(dir: string): Promise<string | null> {
  const probe = join(dir, `.preflight-${randomBytes(4).toString('hex')}.tmp`);
  const data = randomBytes(4096);
  try {
    const handle = await open(probe, 'wx', 0o600);
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (process.platform !== 'win32') await fsyncDir(dir);
    const back = await readFile(probe);
    if (!back.equals(data))
      return `A test file in ${dir} read back different from what was written. Check the disk.`;
    return null;
  } catch (error) {
    return writeProblem(error, dir);
  } finally {
    await rm(probe, { force: true }).catch(() => {});
  }
}

/** Free space in `dir` for this user, and whether it holds SIGNUPS_AHEAD more signups. */
export async function freeSpace(
  dir: string,
): Promise<{ ok: boolean; bytes: number; signups: number } | { problem: string }> {
  try {
    const info = await statfs(dir);
    const bytes = info.bavail * info.bsize;
    const signups = Math.floor(bytes / BYTES_PER_SIGNUP);
    return { ok: signups >= SIGNUPS_AHEAD, bytes, signups };
  } catch (error) {
    return { problem: `The kiosk cannot tell how much space ${dir} has (${code(error)}).` };
  }
}

/** A size for people: "512 MB", "12.3 GB". */
export function sizeWords(bytes: number): string {
  const units = ['bytes', 'KB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  return `${unit === 0 ? value : value.toFixed(value < 10 ? 1 : 0)} ${units[unit]}`;
}

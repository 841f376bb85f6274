import { constants } from 'node:fs';
import { mkdir, open } from 'node:fs/promises';

/**
 * Flushes a folder's entries to disk. A new file's data can be fsynced and still vanish after a
 * power cut if the folder entry naming it was not.
 */
export async function fsyncDir(dir: string): Promise<void> {
  const handle = await open(dir, constants.O_RDONLY | constants.O_DIRECTORY);
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Creates a private folder (0700) if missing; a folder that already exists is left as it is. */
export async function makePrivateDir(dir: string): Promise<void> {
  await mkdir(dir, { recursive: true, mode: 0o700 });
}

/**
 * Writes `data` to a new private file (0600) and flushes it. Answers false, writing nothing, when
 * the file exists (what it holds was kept by an earlier run); with flag `w` it is replaced instead.
 */
export async function writeNewFile(
  path: string,
  data: string | Buffer,
  flag: 'wx' | 'w' = 'wx',
): Promise<boolean> {
  let handle;
  try {
    handle = await open(path, flag, 0o600);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  try {
    await handle.writeFile(data);
    await handle.sync();
  } finally {
    await handle.close();
  }
  return true;
}

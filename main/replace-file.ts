import { randomBytes } from 'node:crypto';
import { open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { fsyncDir } from './signups/durable';

/**
 * Replaces `path` with `data` so that a crash or power cut at any moment leaves either the old
 * file or the new one, never half of either: the data goes to a private temp file beside it
 * (mode 0600), is flushed, renamed over the old file, and the folder is flushed. The new file is
 * private whatever the old one's mode was.
 */
export async function replaceFile(path: string, data: string): Promise<void> {
  const folder = dirname(path);
  const temp = join(folder, `.${basename(path)}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    const handle = await open(temp, 'wx', 0o600);
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true }).catch(() => {});
    throw error;
  }
  // Windows cannot open a folder to flush it; NTFS journals its folder entries itself.
  if (process.platform !== 'win32') await fsyncDir(folder);
}

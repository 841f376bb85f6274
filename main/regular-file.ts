import { constants } from 'node:fs';
import { open, readlink, realpath, type FileHandle } from 'node:fs/promises';
import { isAbsolute, relative, sep } from 'node:path';

/** A regular file opened for reading, with its size and modification time when it was opened. */
export interface OpenFile {
  ok: true;
  handle: FileHandle;
  size: number;
  mtimeMs: number;
}

/**
 * Why a file was not opened: `missing` (ENOENT, ENOTDIR), `not-a-file` (a folder, FIFO, socket or
 * device), `outside` (its real path leaves the folder it must stay in), `unreadable` (EACCES,
 * EPERM), or `error` with the code (EMFILE, EIO...).
 */
export interface NotOpened {
  ok: false;
  reason: 'missing' | 'not-a-file' | 'outside' | 'unreadable' | 'error';
  code?: string;
}

// O_NONBLOCK: opening a FIFO without a writer would otherwise block one of libuv's four shared
// threads forever (and with it every later file read, and the process's exit). Windows has neither
// flag nor FIFOs.
const READ_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/**
 * Opens `path` for reading only if it is a regular file, without ever blocking on a FIFO or
 * device. The caller closes the handle (a stream made from it closes it when done).
 */
export async function openRegularFile(path: string): Promise<OpenFile | NotOpened> {
  let handle: FileHandle;
  try {
    handle = await open(path, READ_FLAGS);
  } catch (error) {
    return failure(error);
  }
  return checkRegular(handle);
}

/**
 * Opens `path` like `openRegularFile`, but only when its real path (every symlink followed) is
 * inside the real path of `root`: a symlink in the folder that points elsewhere is refused.
 */
export async function openInside(root: string, path: string): Promise<OpenFile | NotOpened> {
  let real: string;
  let realRoot: string;
  try {
    [realRoot, real] = await Promise.all([realpath(root), realpath(path)]);
  } catch (error) {
    return failure(error);
  }
  if (!isWithin(realRoot, real)) return { ok: false, reason: 'outside' };
  let handle: FileHandle;
  try {
    // O_NOFOLLOW: the real path has no symlink left in its last part; one swapped in since is refused.
    handle = await open(real, READ_FLAGS | (constants.O_NOFOLLOW ?? 0));
  } catch (error) {
    return failure(error);
  }
  // A folder on the way swapped for a symlink between realpath and open: Linux names the file
  // actually opened, so check that one too.
  const opened = await readlink(`/proc/self/fd/${handle.fd}`).catch(() => real);
  if (!isWithin(realRoot, opened)) {
    await handle.close();
    return { ok: false, reason: 'outside' };
  }
  return checkRegular(handle);
}

/** True when `path` is `root` itself or inside it. A name that merely starts with `..` is inside. */
export function isWithin(root: string, path: string): boolean {
  const rel = relative(root, path);
  return !isAbsolute(rel) && rel !== '..' && !rel.startsWith(`..${sep}`);
}

async function checkRegular(handle: FileHandle): Promise<OpenFile | NotOpened> {
  try {
    const info = await handle.stat();
    if (info.isFile()) return { ok: true, handle, size: info.size, mtimeMs: info.mtimeMs };
    await handle.close();
    return { ok: false, reason: 'not-a-file', ...(info.isDirectory() ? { code: 'EISDIR' } : {}) };
  } catch (error) {
    await handle.close().catch(() => {});
    return failure(error);
  }
}

function failure(error: unknown): NotOpened {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return { ok: false, reason: 'missing', code };
  if (code === 'EACCES' || code === 'EPERM') return { ok: false, reason: 'unreadable', code };
  // ELOOP: O_NOFOLLOW met a symlink; EISDIR, ENXIO (a socket): not a file to read.
  if (code === 'ELOOP' || code === 'EISDIR' || code === 'ENXIO')
    return { ok: false, reason: 'not-a-file', code };
  return { ok: false, reason: 'error', code: code ?? String(error) };
}

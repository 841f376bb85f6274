import { randomBytes } from 'node:crypto';
import { createWriteStream, type WriteStream } from 'node:fs';
import { access, link, rename, rm, unlink } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { fsyncDir } from '../signups/durable';
import { errorCode, explainWriteError, ExportError } from './write-errors';

/** Test seams: steps run between phases of a write, to pull the rug at the worst moment. */
export interface WriteSteps {
  /** Runs once the whole file is written and flushed, before it gets its real name. */
  beforeRename?: (tempFile: string) => Promise<void>;
  /** Replaces link(): a test acts as a FAT stick, which has no hard links, with it. */
  link?: (existing: string, created: string) => Promise<void>;
}

/** `name` for the first try, then `name-2.csv`, `name-3.csv`, ... */
export function numberedName(name: string, n: number): string {
  if (n === 1) return name;
  const ext = extname(name);
  return `${name.slice(0, name.length - ext.length)}-${n}${ext}`;
}

// Codes with which link() says the file system has no hard links (FAT and exFAT, the usual USB
// stick formats), as opposed to an actual problem that rename() would meet too.
const NO_HARD_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EXDEV', 'EMLINK', 'EINVAL']);
const MAX_NUMBER = 999;

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return false;
    throw error;
  }
}

/**
 * Gives the finished temp file its real name, never replacing a file: link() fails when the name
 * is taken, in one step; where the file system has no hard links, a check precedes rename().
 */
async function claimName(temp: string, folder: string, name: string, steps: WriteSteps): Promise<string> {
  for (let n = 1; n <= MAX_NUMBER; n++) {
    const file = join(folder, numberedName(name, n));
    try {
      await (steps.link ?? link)(temp, file);
      await unlink(temp);
      return file;
    } catch (error) {
      const code = errorCode(error);
      if (code === 'EEXIST') continue;
      if (!NO_HARD_LINKS.has(code)) throw error;
    }
    if (await exists(file)) continue;
    await rename(temp, file);
    return file;
  }
  throw new ExportError(
    `${folder} already holds ${MAX_NUMBER} files named like ${name}: move some away, then export again.`,
    'EEXIST',
  );
}

// Windows cannot open a folder to flush it; NTFS keeps its own journal of folder entries.
async function flushFolder(folder: string): Promise<void> {
  if (process.platform !== 'win32') await fsyncDir(folder);
}

const closed = (out: WriteStream) =>
  out.closed ? Promise.resolve() : new Promise<void>((resolve) => out.once('close', () => resolve()));

/** Removes the temp file after a failure; says what, if anything, was left behind. */
async function cleanUp(temp: string, folder: string): Promise<string> {
  try {
    await rm(temp, { force: true });
  } catch {
    return ` An unfinished file named ${basename(temp)} may be left in ${folder}: it is safe to delete.`;
  }
  // A folder that is gone cannot be checked: a pulled stick may hold what reached it before.
  if (!(await exists(folder).catch(() => false))) {
    return ' If the stick holds a file whose name ends in .partial, delete it: it is unfinished.';
  }
  return ' No partial file was left.';
}

/**
 * Writes a new file `name` in `folder` without ever showing a half-written file under that name:
 * `produce` writes into a hidden temp file beside it (`.name.XXXX.partial`), which is flushed to
 * disk, renamed into place and its folder flushed. A file already named `name` is never replaced:
 * the new one becomes `name-2.csv`, `name-3.csv`, ... Resolves with the path written.
 *
 * On failure the temp file is removed where possible, and the error is an ExportError whose
 * message says what happened, what to do, and whether a partial file was left (an ExportError
 * from `produce` keeps its message).
 */
export async function writeFileAtomically(
  folder: string,
  name: string,
  produce: (out: WriteStream) => Promise<void>,
  steps: WriteSteps = {},
): Promise<string> {
  const temp = join(folder, `.${name}.${randomBytes(4).toString('hex')}.partial`);
  let out: WriteStream | null = null;
  try {
    // `wx`: never open someone else's file; `flush`: fsync before close, so the rename that
    // follows names data that is on the disk.
    const stream = createWriteStream(temp, { flags: 'wx', mode: 0o600, flush: true });
    await new Promise<void>((resolve, reject) => {
      stream.once('open', () => resolve());
      stream.once('error', reject);
    });
    out = stream;
    await produce(stream);
    await closed(stream);
    await steps.beforeRename?.(temp);
    const file = await claimName(temp, folder, name, steps);
    await flushFolder(folder);
    return file;
  } catch (error) {
    let left = '';
    if (out) {
      out.destroy();
      await closed(out);
      left = await cleanUp(temp, folder);
    }
    if (error instanceof ExportError) {
      // Kept as it is (an InputRefused keeps its file and line), with what was left said.
      error.message += left;
      throw error;
    }
    throw new ExportError(
      `${explainWriteError(error, folder, out !== null)}${left}`,
      errorCode(error) || 'UNKNOWN',
    );
  }
}

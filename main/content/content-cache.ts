import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { openRegularFile } from '../regular-file';
import { replaceFile } from '../replace-file';
import type { ContentState } from './types';

/**
 * The last content the kiosk loaded, kept in its data folder with a digest of the files it came
 * from. A kiosk that starts on an unchanged folder shows it at once, instead of first parsing and
 * checking every file again (most of a start's time); any change to any file, or another build
 * of the kiosk, means a full load.
 */
export interface ContentCache {
  /** The cached content, if it was made by `build` from files whose digest is `digest` (see `digest()`). */
  read(digest: string): Promise<Pick<ContentState, 'content' | 'problems'> | null>;
  /** Keeps `state` for the next start, with the digest of the files it was loaded from. */
  write(state: Pick<ContentState, 'content' | 'problems'>, digest: string): Promise<void>;
  /** The digest of the content folder's files as they are now. */
  digest(): Promise<string>;
}

interface CacheFile {
  key: string;
  content: ContentState['content'];
  problems: ContentState['problems'];
}

/** The cache of content folder `dir` in `file`, valid only for the kiosk build named `build`. */
export function contentCache(dir: string, file: string, build: string): ContentCache {
  const key = (digest: string) => JSON.stringify({ build, dir, digest });
  const digest = () => folderDigest(dir);
  return {
    digest,
    async read(now) {
      try {
        const cached = JSON.parse(await readFile(file, 'utf8')) as CacheFile;
        return cached.key === key(now) && cached.content
          ? { content: cached.content, problems: cached.problems }
          : null;
      } catch {
        // No cache yet, or one cut short: the full load makes a new one.
        return null;
      }
    },
    async write(state, folder) {
      const cached: CacheFile = { key: key(folder), content: state.content, problems: state.problems };
      await replaceFile(file, JSON.stringify(cached));
    },
  };
}

// Files larger than this (pictures) count by length and modification time, not bytes: a start
// should not read a folder of large photos through. Words and settings are far smaller.
const READ_WHOLE = 1024 * 1024;

/**
 * A digest of every file in `dir` and its sub-folders: names and bytes. Bytes, not modification
 * times, for the organizer's files: a USB stick's clock ticks every two seconds, and a quick
 * second save of the same length would look unchanged.
 */
async function folderDigest(dir: string): Promise<string> {
  const hash = createHash('sha256');
  const walk = async (relative: string): Promise<void> => {
    const entries = await readdir(join(dir, relative), { withFileTypes: true });
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const name = join(relative, entry.name);
      if (entry.isDirectory()) {
        await walk(name);
        continue;
      }
      // Opened as the loader opens files: a FIFO or device left there never blocks the start.
      const file = await openRegularFile(join(dir, name));
      if (!file.ok) {
        hash.update(`${name}\0${file.reason}\0`);
        continue;
      }
      try {
        hash.update(`${name}\0${file.size}\0`);
        hash.update(file.size > READ_WHOLE ? String(file.mtimeMs) : await file.handle.readFile());
      } finally {
        await file.handle.close();
      }
    }
  };
  await walk('');
  return hash.digest('hex');
}

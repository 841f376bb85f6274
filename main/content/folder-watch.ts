import { watch, type FSWatcher } from 'node:fs';
import { join } from 'node:path';

/** Watches a content folder for changes the file system reports. */
export interface FolderWatch {
  /** Watches the folders anew: one removed and made again, or a media/ made since, is watched too. */
  refresh(): void;
  close(): void;
}

/**
 * Calls `changed` when the file system reports a change in `dir` or in its `media/` folder: the
 * folders themselves are watched, not their files, so an editor's save by renaming a new file over
 * the old one is seen too. Where the file system reports nothing (USB sticks, network folders) or
 * a watch cannot be made (no inotify watches left), nothing is called and the caller's poll of the
 * folder notices the change instead; a watch that fails is dropped, and `refresh` makes it again.
 */
export function watchFolder(dir: string, changed: () => void, log: (line: string) => void): FolderWatch {
  const watchers = new Map<string, FSWatcher>();
  let closed = false;
  let complained = false;

  const start = (folder: string) => {
    if (closed || watchers.has(folder)) return;
    try {
      const watcher = watch(folder, { persistent: false }, () => changed());
      watcher.on('error', () => {
        watcher.close();
        watchers.delete(folder);
        changed(); // whatever went (the folder itself, perhaps), the poll's look says what it was
      });
      watchers.set(folder, watcher);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      // A folder not there (yet) is ordinary; running out of watches is worth a line, once.
      if (code !== 'ENOENT' && code !== 'ENOTDIR' && !complained) {
        complained = true;
        log(
          `cannot watch ${folder} (${code ?? String(error)}); its changes are seen at the next regular look`,
        );
      }
    }
  };
  const refresh = () => {
    // A watch follows the folder it was made on, even once it is gone: start over on the names.
    watchers.forEach((watcher) => watcher.close());
    watchers.clear();
    start(dir);
    start(join(dir, 'media'));
  };
  refresh();
  return {
    refresh,
    close() {
      closed = true;
      watchers.forEach((watcher) => watcher.close());
      watchers.clear();
    },
  };
}

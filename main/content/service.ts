import { contentCache } from './content-cache';
import { folderSignature } from './folder-signature';
import { watchFolder } from './folder-watch';
import { createContentLoader, type ContentLoaderOptions } from './load-in-worker';
import { formatProblem, locateProblem } from './problems';
import type { ContentState } from './types';

/** The content as the kiosk serves it: loaded once, reloaded when the folder changes. */
export interface ContentService {
  /** The current state. */
  current(): ContentState;
  /** Resolves with the state once its version passes `since`, or after `waitMs` with the current one. */
  next(since: number, waitMs: number): Promise<ContentState>;
  /** Loads the folder again now. */
  reload(): Promise<ContentState>;
  /** Stops watching the folder, and the worker that reads it. */
  close(): void;
}

export interface ContentServiceOptions {
  /**
   * How often to look for changes the file system does not report (changes it reports are seen at
   * once); 0 turns watching off.
   */
  pollMs?: number;
  log?: (line: string) => void;
  /** The built content worker; default: beside the running bundle (see `defaultWorkerUrl`). */
  workerUrl?: ContentLoaderOptions['workerUrl'];
  /** How long one load may take before the last good content stays and the file is reported. */
  loadBudgetMs?: ContentLoaderOptions['budgetMs'];
  /**
   * Where to keep the last good content between starts (`file`, in the data folder), for the kiosk
   * build named `build`: a start on unchanged files then shows it without loading them again.
   */
  cache?: { file: string; build: string };
}

/** Long polls answered per turn of the event loop, so waking thousands never stalls the host. */
const WAKE_BATCH = 64;

/** How long after the file system reports a change the folder is looked at. */
const SETTLE_MS = 30;

/**
 * Starts serving the content folder `dir`. A good load replaces the content; a bad one keeps the
 * last good content on screen and reports its problems, so an edit in progress never blanks the kiosk.
 */
export async function createContentService(
  dir: string,
  options: ContentServiceOptions = {},
): Promise<ContentService> {
  const { pollMs = 500, log = () => {} } = options;
  // Parsing runs in a worker with a time budget: a pathological file never freezes the host.
  const loader = createContentLoader({
    ...(options.workerUrl ? { workerUrl: options.workerUrl } : {}),
    ...(options.loadBudgetMs ? { budgetMs: options.loadBudgetMs } : {}),
  });
  // Frozen: a state is never changed, only replaced, so a host may serialise it once for every poll.
  let state: ContentState = Object.freeze({ version: 0, folder: dir, content: null, problems: [] });
  let signature = await folderSignature(dir);
  let waiters = new Set<() => void>();
  let loading: Promise<ContentState> | undefined;
  let queued: Promise<ContentState> | undefined;

  const cache = options.cache ? contentCache(dir, options.cache.file, options.cache.build) : undefined;

  const digestNow = () => cache?.digest().catch(() => undefined) ?? Promise.resolve(undefined);

  // `known`: the digest the start has just taken, so a start that misses the cache reads the
  // folder through once for it, not twice.
  const load = async (known?: string): Promise<ContentState> => {
    // Taken before the files are read: an edit during the load then only ever makes the cache miss.
    const digest = known ?? (await digestNow());
    const { content, problems } = await loader.load(dir);
    state = Object.freeze({
      version: state.version + 1,
      folder: dir,
      content: content ?? state.content,
      problems: problems.map(locateProblem),
    });
    if (content && cache && digest)
      cache
        .write(state, digest)
        .catch((error: unknown) => log(`could not keep the content for the next start: ${String(error)}`));
    const errors = problems.filter((problem) => problem.severity === 'error').length;
    log(
      content
        ? `content loaded from ${dir}${problems.length ? ` with ${problems.length} warning(s)` : ''}`
        : `content in ${dir} has ${errors} error(s)${state.content ? '; the last good content stays on screen' : ''}:\n${problems.map(formatProblem).join('\n')}`,
    );
    wakeAll();
    return state;
  };

  const wakeAll = () => {
    const woken = [...waiters];
    waiters = new Set();
    const wakeBatch = (from: number) => {
      woken.slice(from, from + WAKE_BATCH).forEach((wake) => wake());
      if (from + WAKE_BATCH < woken.length) setImmediate(wakeBatch, from + WAKE_BATCH);
    };
    wakeBatch(0);
  };

  // A reload asked for during a load waits for it and then loads again, so it always sees the
  // files as they are after the call; any number of such calls share that one extra load.
  const reload = (): Promise<ContentState> => {
    if (!loading) {
      loading = load().finally(() => {
        loading = undefined;
      });
      return loading;
    }
    queued ??= loading.then(() => {
      queued = undefined;
      return reload();
    });
    return queued;
  };

  // Nothing else loads yet: the first load needs none of reload()'s queueing.
  const startDigest = await digestNow();
  const cached = startDigest ? await cache?.read(startDigest) : null;
  if (cached) {
    state = Object.freeze({ version: 1, folder: dir, ...cached });
    log(`content from ${dir} is unchanged since the last start: shown as it was checked then`);
  } else await load(startDigest);

  let timer: NodeJS.Timeout | undefined;
  let settle: NodeJS.Timeout | undefined;
  let closed = false;
  let looking = false;
  let lookAgain = false;
  const schedule = () => {
    if (closed || pollMs <= 0) return;
    timer = setTimeout(() => void poll(), pollMs); // poll catches and logs its own errors
    timer.unref();
  };
  // A failed look at the folder must not stop the watching: log it, and look again next time.
  const poll = async () => {
    looking = true;
    try {
      const now = await folderSignature(dir);
      if (now !== signature) {
        signature = now;
        watch?.refresh();
        await reload();
      }
    } catch (error) {
      log(`could not look for changes in ${dir}: ${String(error)}`);
    } finally {
      looking = false;
      // A change reported while this look was under way gets a look of its own, at once.
      if (lookAgain && !closed) {
        lookAgain = false;
        void poll();
      } else schedule();
    }
  };
  // Where the file system reports changes, they are looked at at once, not at the next poll; the
  // poll stays for folders that report nothing (USB sticks, network folders). A short pause first
  // lets a save's few writes (truncate and write, or a new file renamed over the old) all land.
  const changed = () => {
    if (closed) return;
    clearTimeout(settle);
    settle = setTimeout(() => {
      if (looking) {
        lookAgain = true;
        return;
      }
      clearTimeout(timer);
      void poll();
    }, SETTLE_MS);
    settle.unref();
  };
  const watch = pollMs > 0 ? watchFolder(dir, changed, log) : undefined;
  schedule();

  return {
    current: () => state,
    reload,
    next(since, waitMs) {
      if (state.version > since || waitMs === 0) return Promise.resolve(state);
      return new Promise((resolve) => {
        const wake = () => {
          clearTimeout(timeout);
          resolve(state);
        };
        const timeout = setTimeout(() => {
          waiters.delete(wake);
          resolve(state);
        }, waitMs);
        waiters.add(wake);
      });
    },
    close() {
      closed = true;
      clearTimeout(timer);
      clearTimeout(settle);
      watch?.close();
      void loader.close();
      waiters.forEach((wake) => wake());
      waiters = new Set();
    },
  };
}

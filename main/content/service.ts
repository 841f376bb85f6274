import { folderSignature } from './folder-signature';
import { loadContent } from './load';
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
  /** Stops watching the folder. */
  close(): void;
}

export interface ContentServiceOptions {
  /** How often to look for changes; 0 turns watching off. */
  pollMs?: number;
  log?: (line: string) => void;
}

/**
 * Starts serving the content folder `dir`. A good load replaces the content; a bad one keeps the
 * last good content on screen and reports its problems, so an edit in progress never blanks the kiosk.
 */
export async function createContentService(
  dir: string,
  options: ContentServiceOptions = {},
): Promise<ContentService> {
  const { pollMs = 500, log = () => {} } = options;
  let state: ContentState = { version: 0, folder: dir, content: null, problems: [] };
  let signature = await folderSignature(dir);
  let waiters: (() => void)[] = [];
  let loading: Promise<ContentState> | undefined;
  let queued: Promise<ContentState> | undefined;

  const load = async (): Promise<ContentState> => {
    const { content, problems } = await loadContent(dir).catch((cause: unknown) => ({
      content: null,
      problems: [
        {
          severity: 'error' as const,
          file: dir,
          message: `the kiosk could not load this folder (${String(cause)}).`,
        },
      ],
    }));
    state = {
      version: state.version + 1,
      folder: dir,
      content: content ?? state.content,
      problems: problems.map(locateProblem),
    };
    const errors = problems.filter((problem) => problem.severity === 'error').length;
    log(
      content
        ? `content loaded from ${dir}${problems.length ? ` with ${problems.length} warning(s)` : ''}`
        : `content in ${dir} has ${errors} error(s)${state.content ? '; the last good content stays on screen' : ''}:\n${problems.map(formatProblem).join('\n')}`,
    );
    const woken = waiters;
    waiters = [];
    woken.forEach((wake) => wake());
    return state;
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

  await reload();

  let timer: NodeJS.Timeout | undefined;
  let closed = false;
  const schedule = () => {
    if (closed || pollMs <= 0) return;
    timer = setTimeout(() => void poll(), pollMs); // poll catches and logs its own errors
    timer.unref();
  };
  // A failed look at the folder must not stop the watching: log it, and look again next time.
  const poll = async () => {
    try {
      const now = await folderSignature(dir);
      if (now !== signature) {
        signature = now;
        await reload();
      }
    } catch (error) {
      log(`could not look for changes in ${dir}: ${String(error)}`);
    } finally {
      schedule();
    }
  };
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
          waiters = waiters.filter((waiter) => waiter !== wake);
          resolve(state);
        }, waitMs);
        waiters.push(wake);
      });
    },
    close() {
      closed = true;
      clearTimeout(timer);
      waiters.forEach((wake) => wake());
      waiters = [];
    },
  };
}

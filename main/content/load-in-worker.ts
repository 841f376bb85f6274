import { setPriority } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { LoadResult } from './load';
import type { Problem } from './types';

/** How long one load of the content folder may take before it is stopped and reported. */
export const LOAD_BUDGET_MS = 10_000;

/** What the service asks its worker: load this folder. */
export interface LoadRequest {
  dir: string;
}

/**
 * What the worker answers: that it has started on the request (with its thread's id on Linux), each
 * file it is on (null: the checks across files), then the result.
 */
export type LoadReply =
  | { type: 'started'; thread?: number }
  | { type: 'file'; name: string | null }
  | { type: 'done'; result: LoadResult };

// An idle worker is stopped after this long, and its memory (some 25 MB) goes back to the machine.
// Ten minutes, so an organizer's edits, seconds or minutes apart, each find it ready: a new worker
// needs a few hundred milliseconds before it reads a file, more than a saved edit may take to reach
// the screen (300 ms). The first edit after ten quiet minutes starts a new one.
const IDLE_MS = 10 * 60_000;

// A new worker first loads its code, which a busy laptop may take seconds for; the budget is the
// load's own, so it starts once the worker has the request.
const START_MS = 30_000;

// A load still running after this long is no ordinary one (the default content loads in a tenth of
// that): its thread's nice value is raised (Linux), so a pathological parse gives way to the host
// answering the visitor's page when the laptop has no core to spare. An ordinary load keeps the
// normal priority, since the kiosk is waiting for it, at start often beside Chromium starting up.
// A lowered thread is never raised again (that needs privileges): it is retired once its load is
// done, and the next load starts a new worker at the normal priority.
const LOWER_PRIORITY_AFTER_MS = 500;

/** Raises the nice value of the thread `thread`; true when it did. */
function lowerPriority(thread: number): boolean {
  try {
    setPriority(thread, 10);
    return true;
  } catch {
    // Gone already, or not allowed: it keeps its priority, and its time budget still holds.
    return false;
  }
}

/** Loads content folders in a worker thread, one at a time, each within a time budget. */
export interface ContentLoader {
  /** Never rejects: a load that runs over its budget or crashes the worker comes back as a problem. */
  load(dir: string): Promise<LoadResult>;
  /** Stops the worker, and any load in progress with it. */
  close(): Promise<void>;
}

export interface ContentLoaderOptions {
  /** The built worker; default: `content-worker.mjs` beside the bundle that runs this. */
  workerUrl?: URL;
  /** Default: LOAD_BUDGET_MS. */
  budgetMs?: number;
}

/**
 * Where the built worker is: in dist/main/, beside the Electron bundle and one folder over from
 * the host's and the tools' bundles. Run from source (the tests), this file is a .ts file in
 * main/content/, and the worker is the one `npm run build` made.
 */
export function defaultWorkerUrl(moduleUrl = import.meta.url): URL {
  return new URL(
    moduleUrl.endsWith('.ts') ? '../../dist/main/content-worker.mjs' : '../main/content-worker.mjs',
    moduleUrl,
  );
}

/**
 * Starts a loader whose parsing runs off the caller's event loop, so a pathological file can
 * never freeze the kiosk host: past `budgetMs` (or if the worker runs out of memory) the worker
 * is stopped, the load answers a problem naming the file it was on, and the next load starts a
 * fresh worker.
 */
export function createContentLoader(options: ContentLoaderOptions = {}): ContentLoader {
  const { workerUrl = defaultWorkerUrl(), budgetMs = LOAD_BUDGET_MS } = options;
  let worker: Worker | undefined;
  let idle: NodeJS.Timeout | undefined;
  let closed = false;
  const seconds = Math.round(budgetMs / 100) / 10;

  const startWorker = () => {
    // At most 512 MB large: a worker that needs more is stopped, not the kiosk with it.
    const started = new Worker(workerUrl, { resourceLimits: { maxOldGenerationSizeMb: 512 } });
    // Between loads nobody else listens: an 'error' with no listener would end the whole process.
    started
      .on('error', () => {})
      .on('exit', () => {
        if (worker === started) worker = undefined;
      });
    return started;
  };

  const load = (dir: string) =>
    new Promise<LoadResult>((resolve) => {
      if (closed) return resolve(failed(dir, null, 'the kiosk is stopping; this folder was not loaded.'));
      clearTimeout(idle);
      worker ??= startWorker();
      const current = worker;
      // Held only during a load, so an idle worker never keeps content:check or the host running.
      current.ref();
      let file: string | null = null;
      let slow: NodeJS.Timeout | undefined;
      let lowered = false;
      const finish = (result: LoadResult) => {
        clearTimeout(timer);
        clearTimeout(slow);
        current.off('message', onMessage).off('error', onError).off('exit', onExit);
        current.unref();
        const retire = () => {
          if (worker === current) worker = undefined;
          void current.terminate();
        };
        // Kept ready only after an ordinary load: one that failed or ran long (an edit in
        // progress, a hostile file) may have left the worker's heap large, and is rare enough
        // that the next load can pay for a new worker.
        if (lowered || !result.content) retire();
        else idle = setTimeout(retire, IDLE_MS).unref();
        resolve(result);
      };
      const stop = (message: string) => {
        if (worker === current) worker = undefined;
        void current.terminate();
        finish(failed(dir, file, message));
      };
      const onMessage = (reply: LoadReply) => {
        if (reply.type === 'started') {
          clearTimeout(timer);
          timer = setTimeout(overBudget, budgetMs);
          const { thread } = reply;
          if (thread !== undefined)
            slow = setTimeout(() => (lowered = lowerPriority(thread)), LOWER_PRIORITY_AFTER_MS);
        } else if (reply.type === 'file') file = reply.name;
        else finish(reply.result);
      };
      const onError = (error: Error & { code?: string }) =>
        stop(
          error.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? `the kiosk ran out of memory reading ${file ? 'this file' : 'this folder'}; it is too large or too complicated. Undo the last change, or simplify it.`
            : `the kiosk's content reader failed (${error.message}).`,
        );
      const onExit = (code: number) => stop(`the kiosk's content reader stopped (exit code ${code}).`);
      const overBudget = () =>
        stop(
          `the kiosk gave up reading ${file ? 'this file' : 'this folder'} after ${seconds} seconds: it is too long or too complicated (very long paragraphs of bold and italic, or lists and quotes nested deep). Undo the last change, or simplify it.`,
        );
      let timer = setTimeout(
        () => stop("the kiosk's content reader did not start; restart the kiosk."),
        Math.max(START_MS, budgetMs),
      );
      current.on('message', onMessage).on('error', onError).on('exit', onExit);
      current.postMessage({ dir } satisfies LoadRequest);
    });

  return {
    load,
    async close() {
      closed = true;
      clearTimeout(idle);
      await worker?.terminate();
      worker = undefined;
    },
  };
}

function failed(dir: string, file: string | null, message: string): LoadResult {
  const problem: Problem = { severity: 'error', file: file ?? dir, message };
  return { content: null, problems: [problem] };
}

import { readlinkSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import type { LoadRequest, LoadReply } from './load-in-worker';
import { loadContent } from './load';

// The worker thread behind `load-in-worker.ts` (built as dist/main/content-worker.mjs): it runs
// one load per message and says which file it is on, so the service's event loop never parses.
const port = parentPort;
if (!port) throw new Error('content-worker runs as a worker thread, started by load-in-worker.ts');

// This thread's id, on Linux, where each thread has its own nice value: the loader lowers it when
// a load runs long (see load-in-worker.ts). Elsewhere (no /proc/thread-self) the thread keeps its own.
let thread: number | undefined;
try {
  thread = Number(readlinkSync('/proc/thread-self').split('/').pop());
} catch {
  thread = undefined;
}

port.on('message', ({ dir }: LoadRequest) => {
  const post = (reply: LoadReply) => port.postMessage(reply);
  post({ type: 'started', ...(thread === undefined ? {} : { thread }) });
  loadContent(dir, { onFile: (name) => post({ type: 'file', name }) })
    .then((result) => post({ type: 'done', result }))
    .catch((error: unknown) =>
      post({
        type: 'done',
        result: {
          content: null,
          problems: [
            {
              severity: 'error',
              file: dir,
              message: `the kiosk could not load this folder (${String(error)}).`,
            },
          ],
        },
      }),
    );
});

import { readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';
import { parentPort } from 'node:worker_threads';
import type { LoadRequest, LoadReply } from './load-in-worker';
import { loadContent } from './load';

// The worker thread behind `load-in-worker.ts` (built as dist/main/content-worker.mjs): it runs
// one load per message and says which file it is on, so the service's event loop never parses.
const port = parentPort;
if (!port) throw new Error('content-worker runs as a worker thread, started by load-in-worker.ts');

// On Linux each thread has its own nice value: a long parse gives way to the host answering the
// visitor's page when the laptop has no core to spare. Elsewhere the thread keeps the normal one.
try {
  setPriority(Number(readlinkSync('/proc/thread-self').split('/').pop()), 10);
} catch {
  // No /proc/thread-self (macOS, Windows): nothing to lower.
}

port.on('message', ({ dir }: LoadRequest) => {
  const post = (reply: LoadReply) => port.postMessage(reply);
  post({ type: 'started' });
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

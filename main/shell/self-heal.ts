import type { WebContents } from 'electron';
import { afterCrash } from '../crash-back-off';
import { HANG_MS, watchForHang } from './hang-watch';

/** Where the page comes back, and where incidents go. */
export interface SelfHealOptions {
  /** The kiosk's entry page: a fresh load starts on the attract loop. */
  entryUrl: string;
  /** The calm "restarting" screen shown while crashes keep coming. */
  restartingUrl: string;
  log: (line: string) => void;
  hangMs?: number;
  now?: () => number;
}

/**
 * Brings the page back when its process crashes or is killed (`render-process-gone`), or hangs
 * for ten seconds (ended, then treated as a crash): after the back-off of `afterCrash`, on the
 * attract loop; from the third crash in five minutes with the "restarting" screen meanwhile. It
 * never gives up. Each incident is logged.
 */
export function keepRendererAlive(contents: WebContents, options: SelfHealOptions): void {
  const { entryUrl, restartingUrl, log, hangMs = HANG_MS, now = Date.now } = options;
  let history: number[] = [];
  let retry: ReturnType<typeof setTimeout> | undefined;

  const load = (url: string) => {
    if (contents.isDestroyed()) return;
    contents.loadURL(url).catch((error: unknown) => log(`could not load ${describe(url)}: ${String(error)}`));
  };

  contents.on('render-process-gone', (_event, details) => {
    if (contents.isDestroyed()) return;
    const recovery = afterCrash(history, now());
    history = recovery.history;
    log(
      `page gone (${details.reason}, exit code ${details.exitCode}); ${history.length} in 5 min; ` +
        `reloading the attract loop in ${recovery.delayMs} ms${recovery.restarting ? ', showing "restarting"' : ''}`,
    );
    clearTimeout(retry);
    if (recovery.restarting) load(restartingUrl);
    retry = setTimeout(() => load(entryUrl), recovery.delayMs);
  });
  contents.once('destroyed', () => clearTimeout(retry));

  watchForHang(
    contents,
    () => {
      log(`page unresponsive for ${hangMs / 1000} s: ending it to reload`);
      contents.forcefullyCrashRenderer();
    },
    hangMs,
  );
}

/** A URL short enough for a log line (the restarting screen is a long data: URL). */
function describe(url: string): string {
  return url.startsWith('data:') ? 'the restarting screen' : url;
}

import { join } from 'node:path';
import { afterCrash } from '../crash-back-off';
import { createRotatingLog } from '../log/rotating-log';
import { openChromium } from './open-chromium';

/** What `--open` needs; `open` and `now` are the seams a test replaces. */
export interface KeepOpenOptions {
  url: string;
  dataDir: string;
  /** The host's console log; incidents also go to `<data-dir>/logs/kiosk.log`. */
  log: (line: string) => void;
  /** Launches the browser; what it returns is closed by `stop()` when it has a `kill()` (a process). */
  open?: (url: string, dataDir: string, onExit: () => void) => unknown;
  now?: () => number;
}

/**
 * The running browser of `--open`; `stop()` before the host stops, so its exit is expected: it
 * closes the browser too (staff mode's "quit kiosk" runs inside it, and nothing else would).
 */
export interface KeptBrowser {
  stop(): void;
}

const killable = (value: unknown): value is { kill(): unknown } =>
  typeof value === 'object' && value !== null && typeof (value as { kill?: unknown }).kill === 'function';

/**
 * Opens the kiosk in Chromium and opens it again whenever it exits without staff asking (a
 * crash, a visitor's Alt+F4), after the same back-off as the Electron kiosk's page. Staff stop
 * the kiosk (Ctrl+C in the host's terminal, or staff mode's "quit kiosk") with `stop()`.
 */
export function keepChromiumOpen(options: KeepOpenOptions): KeptBrowser {
  const { url, dataDir, open = openChromium, now = Date.now } = options;
  const file = createRotatingLog({ dir: join(dataDir, 'logs') });
  const log = (line: string) => {
    options.log(line);
    file(line);
  };
  let stopped = false;
  let history: number[] = [];
  let retry: ReturnType<typeof setTimeout> | undefined;
  let running: unknown = null;

  const launch = () => {
    if (!stopped) running = open(url, dataDir, exited);
  };
  function exited() {
    if (stopped) return;
    const recovery = afterCrash(history, now());
    history = recovery.history;
    log(
      `Chromium closed without staff asking; ${history.length} in 5 min; reopening in ${recovery.delayMs} ms`,
    );
    retry = setTimeout(launch, recovery.delayMs);
  }

  launch();
  return {
    stop() {
      stopped = true;
      clearTimeout(retry);
      if (killable(running)) running.kill();
    },
  };
}

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { KeptBrowser } from './keep-chromium-open';
import { openChromium } from './open-chromium';

/** The data folder `npm run serve` uses, and whether it is a preview's temporary one. */
export interface DataFolder {
  dir: string;
  temporary: boolean;
  /** Deletes a temporary folder now (it also goes when the process exits); nothing otherwise. */
  remove(): void;
}

/**
 * The folder asked for with --data-dir (or the default), or, for a preview without --data-dir
 * (`dataDir` null), a fresh folder in the system's temporary folder, deleted when the host stops:
 * signups an organizer types into the preview are tests, never mixed with real ones.
 */
export function dataFolder(dataDir: string | null): DataFolder {
  if (dataDir !== null) return { dir: dataDir, temporary: false, remove: () => {} };
  const dir = mkdtempSync(join(tmpdir(), 'kiosk-preview-'));
  // Retried: a Chromium just told to close may still be writing its profile inside.
  const remove = () => rmSync(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
  // Whichever way the host ends (Ctrl+C, staff's "quit kiosk", a failed start), the folder goes.
  process.once('exit', remove);
  return { dir, temporary: true, remove };
}

/**
 * `--open` with `--preview`: the preview page in an ordinary Chromium window, opened once. Closing
 * it is the organizer's choice, not a crash to recover from: the host keeps running, and says so.
 */
export function openPreviewWindow(
  url: string,
  dataDir: string,
  log: (line: string) => void,
  open: typeof openChromium = openChromium,
): KeptBrowser {
  let stopped = false;
  const browser = open(
    url,
    dataDir,
    () => {
      if (!stopped)
        log('The preview window was closed. Open the address above to see it again, or stop with Ctrl+C.');
    },
    { windowed: true },
  );
  return {
    stop() {
      stopped = true;
      browser?.kill();
    },
  };
}

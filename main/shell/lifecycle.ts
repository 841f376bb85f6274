import { app, type BrowserWindow } from 'electron';

/**
 * Keeps one kiosk per machine: a second start focuses the first window instead. Returns false
 * when this process is the second one and is quitting.
 */
export function setupSingleInstance(): boolean {
  if (app.requestSingleInstanceLock()) return true;
  app.quit();
  return false;
}

/** Focuses the kiosk window when someone starts the app again. */
export function focusOnSecondInstance(window: BrowserWindow): void {
  app.on('second-instance', () => window.focus());
}

/** Quits when the window closes, after `close` has finished (the journal is flushed first). */
export function quitWhenClosed(close: () => Promise<void>): void {
  app.on('window-all-closed', () => {
    close()
      .catch((error: unknown) => console.error('[kiosk] closing failed:', error))
      .finally(() => app.quit());
  });
}

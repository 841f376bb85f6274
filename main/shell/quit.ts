import { powerMonitor, type BrowserWindow } from 'electron';
import { createCloseGate, type QuitReason } from './close-gate';

/**
 * Refuses to close the kiosk window unless staff ask, and returns how they ask: `quitKiosk(reason)`
 * opens the gate and closes the window (the app then quits once the journal is flushed, see
 * `quitWhenClosed`). It needs no IPC: the key chord calls it today, and staff mode's "quit kiosk"
 * will call it with `'staff'`, handed to it by main/app.ts.
 */
export function guardWindowClose(
  window: BrowserWindow,
  log: (line: string) => void,
): (reason: QuitReason) => void {
  const gate = createCloseGate();
  window.on('close', (event) => {
    if (gate.reason) return;
    event.preventDefault();
    log('refused to close the kiosk window (only staff can quit)');
  });
  // A shutdown, restart or log-off must not be held up by the kiosk.
  const letSystemEnd = () => gate.open('system-shutdown');
  window.on('session-end', letSystemEnd);
  powerMonitor.on('shutdown', letSystemEnd);

  return (reason) => {
    gate.open(reason);
    log(`quitting the kiosk (${reason})`);
    if (!window.isDestroyed()) window.close();
  };
}

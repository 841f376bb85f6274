import { app, powerSaveBlocker } from 'electron';

/**
 * Keeps the display on while the kiosk runs: no screen saver, no display sleep, for as long as the
 * event lasts. The OS power settings still apply once the kiosk quits.
 */
export function keepDisplayAwake(): void {
  const id = powerSaveBlocker.start('prevent-display-sleep');
  app.once('will-quit', () => powerSaveBlocker.stop(id));
}

import { BrowserWindow } from 'electron';
import { lockNavigation } from './navigation';
import { APP_ENTRY } from './origin';
import { kioskWebPreferences } from './web-preferences';

/** Opens the full-screen kiosk window on the kiosk's entry page. */
export function createKioskWindow(preload: string, options: { kiosk: boolean }): BrowserWindow {
  const window = new BrowserWindow({
    show: false,
    kiosk: options.kiosk,
    fullscreen: options.kiosk,
    autoHideMenuBar: true,
    backgroundColor: '#f7f5ef',
    webPreferences: kioskWebPreferences(preload),
  });
  lockNavigation(window.webContents);
  window.once('ready-to-show', () => window.show());
  window
    .loadURL(APP_ENTRY)
    .catch((error: unknown) => console.error(`[kiosk] could not load ${APP_ENTRY}:`, error));
  return window;
}

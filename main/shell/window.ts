import { BrowserWindow } from 'electron';
import { lockNavigation } from './navigation';
import { APP_ENTRY } from './origin';

/** The locked-down web preferences of the kiosk window; exported so a test can read them. */
export function kioskWebPreferences(preload: string): Electron.WebPreferences {
  return {
    preload,
    sandbox: true,
    contextIsolation: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    spellcheck: false,
    devTools: false,
  };
}

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
  void window.loadURL(APP_ENTRY);
  return window;
}

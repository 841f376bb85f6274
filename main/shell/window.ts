import { BrowserWindow } from 'electron';
import { lockNavigation } from './navigation';
import { APP_ENTRY } from './origin';

/** How the kiosk window opens; see `windowMode` for where it comes from. */
export interface KioskWindowOptions {
  /** Full screen with no way out (production); false opens a normal window (`--windowed`). */
  kiosk: boolean;
  /** Only ever true in an unpackaged `--windowed` run, for development. */
  devTools: boolean;
  /** The theme's background, painted before the page so the window never flashes white. */
  background: string;
}

/**
 * Opens the kiosk window on the kiosk's entry page, hidden until its first paint is ready. The
 * web preferences are written out here, where the window is made, so a reviewer (and
 * Electronegativity) reads every security setting in one place.
 */
export function createKioskWindow(preload: string, options: KioskWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    show: false,
    kiosk: options.kiosk,
    fullscreen: options.kiosk,
    autoHideMenuBar: true,
    backgroundColor: options.background,
    webPreferences: {
      preload,
      // The page is untrusted: no Node, its own JavaScript world, the OS sandbox.
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      // A middle click would open a link in a new window; the kiosk has no other windows.
      disableBlinkFeatures: 'Auxclick',
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: false,
      devTools: options.devTools,
    },
  });
  lockNavigation(window.webContents);
  window.once('ready-to-show', () => window.show());
  window
    .loadURL(APP_ENTRY)
    .catch((error: unknown) => console.error(`[kiosk] could not load ${APP_ENTRY}:`, error));
  return window;
}
